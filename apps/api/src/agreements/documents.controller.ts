import { attachmentDisposition } from '../common/http/files';
import { Body, Controller, Get, Inject, Param, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Ctx, RequirePermission } from '../auth/access.decorator';
import type { RequestContext } from '../auth/session-user';
import { serviceToken, uuidPipe } from '../common/crud/crud.controller';
import type { Row } from '../common/crud/crud.service';
import { validationPipe } from '../common/errors/validation';
import { FileUpload, Upload, type UploadedFile as File } from '../common/http/file-upload';
import type { HttpReply } from '../common/http/http-types';
import { DocumentsService } from './documents.service';
import { UploadDocumentDto } from './dto/children.dto';

/** Documents are read in memory (they go to PostgreSQL), cut at the configured size. */
const DocumentUpload = FileUpload('file', (env) => ({
  fileSize: env.documentsMaxBytes,
  fields: 10,
  fieldSize: 10_000,
}));

/** Upload (multipart, field `file`) and download of agreement documents; list/show/edit/delete are simple-rest. */
@ApiTags('agreement-documents')
@Controller('agreement-documents')
export class DocumentsController {
  constructor(@Inject(serviceToken('agreement-documents')) private readonly documents: DocumentsService) {}

  @Post()
  @RequirePermission('agreement-documents:write')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(DocumentUpload)
  upload(
    @Upload() file: File | undefined,
    @Body(validationPipe(UploadDocumentDto)) body: UploadDocumentDto,
    @Ctx() ctx: RequestContext,
  ): Promise<Row> {
    return this.documents.upload(file, body, ctx);
  }

  @Get(':id/content')
  @RequirePermission('agreement-documents:read')
  async download(
    @Param('id', uuidPipe) id: string,
    @Res() reply: HttpReply,
    @Ctx() ctx: RequestContext,
  ): Promise<void> {
    const { document, content } = await this.documents.content(id, ctx);
    const name = String(document.fileName);
    void reply
      .headers({
        'Content-Type': String(document.mediaType),
        'Content-Disposition': attachmentDisposition(name),
        'Cache-Control': 'private, no-store',
        Digest: `sha-256=${Buffer.from(String(document.sha256), 'hex').toString('base64')}`,
      })
      .send(content);
  }
}
