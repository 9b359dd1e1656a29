import { attachmentDisposition } from '../common/http/files';
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
  UseInterceptors,
} from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Upload } from '../common/http/file-upload';
import type { HttpReply } from '../common/http/http-types';
import { Ctx, RequirePermission } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { serviceToken, uuidPipe } from '../common/crud/crud.controller';
import type { Row } from '../common/crud/crud.service';
import { validationPipe } from '../common/errors/validation';
import { ActiveConsentsQuery, CreateConsentDto } from './dtos/consent.dto';
import { ActiveResident, ConsentReceipt, ConsentsService } from './consents.service';
import { RECEIPT_CSP, renderReceipt } from './receipt.html';
import { checkScan, EvidenceScanUpload, type UploadedScan } from './uploads';

/**
 * The ledger's own routes. Registered before the generic list/show controller of `consents`, so that
 * `active` and `receipt` are never read as an event id. There is no edit and no delete: PUT and DELETE
 * are declared only to answer, whoever asks, that the ledger is append-only.
 */
@ApiTags('consents')
@Controller('consents')
export class ConsentsController {
  constructor(@Inject(serviceToken('consents')) private readonly consents: ConsentsService) {}

  /** The SIAO integration's query: residents whose consent to the purpose was in force on the day. */
  @Get('active')
  @RequirePermission('consents:read')
  active(
    @Query(validationPipe(ActiveConsentsQuery)) query: ActiveConsentsQuery,
    @Ctx() ctx: RequestContext,
  ): Promise<ActiveResident[]> {
    return this.consents.active(query.purpose, query.at, ctx);
  }

  @Get('receipt/:residentId')
  @RequirePermission('consents:read')
  receipt(
    @Param('residentId', uuidPipe) residentId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsentReceipt> {
    return this.consents.receipt(residentId, ctx);
  }

  /** The same receipt as a printable page in plain French. */
  @Get('receipt/:residentId/print')
  @RequirePermission('consents:read')
  async printableReceipt(
    @Param('residentId', uuidPipe) residentId: string,
    @Ctx() ctx: RequestContext,
    @Res() reply: HttpReply,
  ): Promise<void> {
    const html = renderReceipt(await this.consents.receipt(residentId, ctx));
    void reply
      .headers({ 'Content-Security-Policy': RECEIPT_CSP, 'Cache-Control': 'no-store' })
      .type('text/html; charset=utf-8')
      .send(html);
  }

  @Get(':id/evidence')
  @RequirePermission('consents:read')
  async evidence(
    @Param('id', uuidPipe) id: string,
    @Ctx() ctx: RequestContext,
    @Res() reply: HttpReply,
  ): Promise<void> {
    const file = await this.consents.evidence(id, ctx);
    void reply
      .headers({ 'Content-Disposition': attachmentDisposition(file.name), 'Cache-Control': 'no-store' })
      .type(file.type)
      .send(file.bytes);
  }

  /** JSON, or multipart/form-data with the same fields and an `evidence` scan (PDF or image). */
  @Post()
  @RequirePermission('consents:write')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(EvidenceScanUpload)
  create(
    @Body(validationPipe(CreateConsentDto)) body: CreateConsentDto,
    @Upload() file: UploadedScan | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.consents.record(body, file ? checkScan(file, 'evidence') : null, ctx);
  }

  @Put(':id')
  @RequirePermission('consents:write')
  @HttpCode(409)
  update(): never {
    return this.consents.refuseChange();
  }

  @Delete(':id')
  @RequirePermission('consents:write')
  @HttpCode(409)
  remove(): never {
    return this.consents.refuseChange();
  }
}
