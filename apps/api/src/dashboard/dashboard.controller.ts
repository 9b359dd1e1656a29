import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { hasPermission, Resource } from '@pacte/domain';
import { Authenticated, Ctx } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { serviceToken } from '../common/crud/crud.controller';
import type { CrudService } from '../common/crud/crud.service';

export const DASHBOARD_COUNTED: Resource[] = ['organisations', 'contacts', 'users', 'audit-events'];

/** The home page's figures: only what the user's role may read, within his scope. */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  private readonly services: CrudService[];

  constructor(
    @Inject(serviceToken('organisations')) organisations: CrudService,
    @Inject(serviceToken('contacts')) contacts: CrudService,
    @Inject(serviceToken('users')) users: CrudService,
    @Inject(serviceToken('audit-events')) auditEvents: CrudService,
  ) {
    this.services = [organisations, contacts, users, auditEvents];
  }

  @Get()
  @Authenticated()
  async summary(@Ctx() ctx: RequestContext): Promise<{ counts: Partial<Record<Resource, number>> }> {
    const readable = this.services.filter((service) =>
      hasPermission(ctx.user.role, `${service.name as Resource}:read`),
    );
    const counts = await Promise.all(
      readable.map(async (service) => [service.name, await service.count(ctx)] as const),
    );
    return { counts: Object.fromEntries(counts) };
  }
}
