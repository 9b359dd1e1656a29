import { attachmentDisposition } from '../common/http/files';
import {
  Body,
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  Inject,
  Injectable,
  Param,
  PayloadTooLargeException,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { Ctx, RequirePermission } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { serviceToken, uuidPipe } from '../common/crud/crud.controller';
import type { Row } from '../common/crud/crud.service';
import { validationPipe } from '../common/errors/validation';
import { ENV } from '../config/env';
import type { Env } from '../config/env';
import { DocumentsService, tooLarge, UploadedFile as File } from './documents.service';
import { UploadDocumentDto } from './dto/children.dto';

/** Multer (memory storage, size limit from the module options) with its 413 given a French message. */
@Injectable()
export class DocumentUploadInterceptor extends FileInterceptor('file') {
  @Inject(ENV) private readonly env: Env;

  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw tooLarge(this.env.documentsMaxBytes);
      throw error;
    }
  }
}

/** Upload (multipart, field `file`) and download of agreement documents; list/show/edit/delete are simple-rest. */
@ApiTags('agreement-documents')
@Controller('agreement-documents')
export class DocumentsController {
  constructor(@Inject(serviceToken('agreement-documents')) private readonly documents: DocumentsService) {}

  @Post()
  @RequirePermission('agreement-documents:write')
  @UseInterceptors(DocumentUploadInterceptor)
  upload(
    @UploadedFile() file: File | undefined,
    @Body(validationPipe(UploadDocumentDto)) body: UploadDocumentDto,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.documents.upload(file, body, ctx);
  }

  @Get(':id/content')
  @RequirePermission('agreement-documents:read')
  async download(
    @Param('id', uuidPipe) id: string,
    @Res() response: Response,
    @Ctx() ctx: RequestContext,
  ): Promise<void> {
    const { document, content } = await this.documents.content(id, ctx);
    const name = String(document.fileName);
    response.setHeader('Content-Type', String(document.mediaType));
    response.setHeader('Content-Length', String(content.length));
    response.setHeader('Content-Disposition', attachmentDisposition(name));
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Digest', `sha-256=${Buffer.from(String(document.sha256), 'hex').toString('base64')}`);
    response.end(content);
  }
}
