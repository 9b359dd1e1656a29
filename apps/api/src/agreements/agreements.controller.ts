import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HttpReply } from '../common/http/http-types';
import { Ctx, RequirePermission } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { serviceToken, uuidPipe } from '../common/crud/crud.controller';
import type { Row } from '../common/crud/crud.service';
import { validationPipe } from '../common/errors/validation';
import { AgreementsService, todayInParis } from './agreements.service';
import { CreateAgreementDto, RenewalDto, TransitionDto, UpdateAgreementDto } from './dto/agreement.dto';
import { parseAsOf } from './dto/common';

/**
 * The agreements resource: the simple-rest contract (as the generic controller) plus `asOf` on reads,
 * lifecycle transitions, express renewals and the timeline.
 */
@ApiTags('agreements')
@Controller('agreements')
export class AgreementsController {
  constructor(@Inject(serviceToken('agreements')) private readonly agreements: AgreementsService) {}

  @Get()
  @RequirePermission('agreements:read')
  async list(
    @Query() query: Record<string, string>,
    @Res({ passthrough: true }) reply: HttpReply,
    @Ctx() ctx: RequestContext,
  ): Promise<Row[]> {
    const { rows, contentRange } = await this.agreements.listAsOf(
      query,
      parseAsOf(query.asOf) ?? todayInParis(),
      ctx,
    );
    reply.header('Content-Range', contentRange);
    return rows;
  }

  @Get(':id')
  @RequirePermission('agreements:read')
  get(
    @Param('id', uuidPipe) id: string,
    @Query('asOf') asOf: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.agreements.getAsOf(id, parseAsOf(asOf) ?? todayInParis(), ctx);
  }

  @Post()
  @RequirePermission('agreements:write')
  create(
    @Body(validationPipe(CreateAgreementDto)) body: CreateAgreementDto,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.agreements.create(body, ctx);
  }

  @Put(':id')
  @RequirePermission('agreements:write')
  update(
    @Param('id', uuidPipe) id: string,
    @Body(validationPipe(UpdateAgreementDto)) body: UpdateAgreementDto,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.agreements.update(id, body, ctx);
  }

  @Delete(':id')
  @RequirePermission('agreements:write')
  remove(@Param('id', uuidPipe) id: string, @Ctx() ctx: RequestContext): Promise<Row> {
    return this.agreements.remove(id, ctx);
  }

  @Post(':id/transitions')
  @RequirePermission('agreements:write')
  @HttpCode(200)
  transition(
    @Param('id', uuidPipe) id: string,
    @Body(validationPipe(TransitionDto)) body: TransitionDto,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.agreements.transition(id, body, ctx);
  }

  @Post(':id/renewals')
  @RequirePermission('agreements:write')
  renew(
    @Param('id', uuidPipe) id: string,
    @Body(validationPipe(RenewalDto)) body: RenewalDto,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.agreements.renew(id, body, ctx);
  }

  @Get(':id/renewals')
  @RequirePermission('agreements:read')
  renewals(@Param('id', uuidPipe) id: string, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return this.agreements.renewals(id, ctx);
  }

  @Get(':id/history')
  @RequirePermission('agreements:read')
  history(@Param('id', uuidPipe) id: string, @Ctx() ctx: RequestContext): Promise<Row[]> {
    return this.agreements.history(id, ctx);
  }
}
