import {
  Body,
  Controller,
  Delete,
  Get,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  Type,
} from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Resource } from '@pacte/domain';
import type { HttpReply } from '../http/http-types';
import { Ctx, RequirePermission } from '../../auth/access.decorator';
import type { RequestContext } from '../../auth/session-user';
import { ApiError } from '../errors/api-error';
import { validationPipe } from '../errors/validation';
import type { CrudService, Row } from './crud.service';
import type { ResourceDefinition } from './resource-definition';

export type CrudRoute = 'list' | 'get' | 'create' | 'update' | 'delete';

export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new ApiError('VALIDATION_FAILED', 'Identifiant invalide.', [
      { field: 'id', message: 'Identifiant invalide (UUID attendu).' },
    ]),
});

const bigintPipe = {
  transform(value: string): string {
    if (!/^[1-9][0-9]{0,17}$/.test(value)) {
      throw new ApiError('VALIDATION_FAILED', 'Identifiant invalide.', [
        { field: 'id', message: 'Identifiant invalide (nombre entier attendu).' },
      ]);
    }
    return value;
  },
};

export function serviceToken(resource: string): string {
  return `CrudService:${resource}`;
}

/**
 * Builds the simple-rest controller of a resource: list, get, create, update, delete, each routed
 * only when enabled and each declaring its permission (`<resource>:read` or `<resource>:write`).
 */
export function crudController(
  definition: ResourceDefinition,
  dtos: { create?: Type<object>; update?: Type<object> },
  routes: readonly CrudRoute[] = ['list', 'get', 'create', 'update', 'delete'],
): Type<unknown> {
  const idPipe = definition.idType === 'bigint' ? bigintPipe : uuidPipe;
  const guardedBy = definition.permission ?? (definition.name as Resource);
  const read = RequirePermission(`${guardedBy}:read`);
  const write = RequirePermission(`${guardedBy}:write`);

  class ResourceController {
    constructor(@Inject(serviceToken(definition.name)) readonly service: CrudService) {}

    async list(
      @Query() query: Record<string, string>,
      @Res({ passthrough: true }) reply: HttpReply,
      @Ctx() ctx: RequestContext,
    ): Promise<Row[]> {
      const { rows, contentRange } = await this.service.list(query, ctx);
      reply.header('Content-Range', contentRange);
      return rows;
    }

    get(@Param('id', idPipe) id: string, @Ctx() ctx: RequestContext): Promise<Row> {
      return this.service.get(id, ctx);
    }

    create(@Body(validationPipe(dtos.create)) body: object, @Ctx() ctx: RequestContext): Promise<Row> {
      return this.service.create(body, ctx);
    }

    update(
      @Param('id', idPipe) id: string,
      @Body(validationPipe(dtos.update)) body: object,
      @Ctx() ctx: RequestContext,
    ): Promise<Row> {
      return this.service.update(id, body, ctx);
    }

    remove(@Param('id', idPipe) id: string, @Ctx() ctx: RequestContext): Promise<Row> {
      return this.service.remove(id, ctx);
    }
  }

  const decorate = (method: keyof ResourceController, decorators: MethodDecorator[]): void => {
    const descriptor = Object.getOwnPropertyDescriptor(
      ResourceController.prototype,
      method,
    ) as PropertyDescriptor;
    for (const decorator of decorators) decorator(ResourceController.prototype, method, descriptor);
  };
  const table: Record<CrudRoute, [keyof ResourceController, MethodDecorator[]]> = {
    list: ['list', [Get(), read]],
    get: ['get', [Get(':id'), read]],
    create: ['create', [Post(), write, ...(dtos.create ? [ApiBody({ type: dtos.create })] : [])]],
    update: ['update', [Put(':id'), write, ...(dtos.update ? [ApiBody({ type: dtos.update })] : [])]],
    delete: ['remove', [Delete(':id'), write]],
  };
  for (const route of routes) decorate(...table[route]);
  Object.defineProperty(ResourceController, 'name', { value: `${pascal(definition.name)}Controller` });
  ApiTags(definition.name)(ResourceController);
  Controller(definition.name)(ResourceController);
  return ResourceController;
}

function pascal(name: string): string {
  return name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}
