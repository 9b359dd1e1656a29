import { checkDocument, DOCUMENT_MEDIA_TYPES, DocumentKind, DomainError } from '@pacte/domain';
import { sha256Hex } from '../common/http/files';
import { tooLarge, type UploadedFile } from '../common/http/file-upload';
import { DataSource } from 'typeorm';
import { AuditService, diffChanges } from '../audit/audit.service';
import type { RequestContext } from '../auth/session-user';
import { CrudService, Row } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { ApiError } from '../common/errors/api-error';
import type { Env } from '../config/env';
import { AgreementsService } from './agreements.service';
import { AgreementDocument } from './entities/children.entity';

/** Browsers send UTF-8 file names; multipart parsing reads them as latin1. */
function fileNameOf(raw: string): string {
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
  const name = utf8.includes('\uFFFD') ? raw : utf8;
  return name.replace(/[\\/\r\n"]/g, '_').slice(0, 200);
}

/**
 * Documents are stored in PostgreSQL: the metadata in `agreement_documents`, the bytes in
 * `agreement_document_contents` (never read by lists). One backup holds everything, and the upload,
 * its bytes and its audit event commit together or not at all.
 */
export class DocumentsService extends CrudService {
  constructor(
    definition: ResourceDefinition,
    dataSource: DataSource,
    audit: AuditService,
    private readonly agreements: AgreementsService,
    private readonly env: Env,
  ) {
    super(definition, dataSource, audit);
  }

  async upload(
    file: UploadedFile | undefined,
    input: { agreementId: string; title?: string | null; kind?: DocumentKind },
    ctx: RequestContext,
  ): Promise<Row> {
    if (!file || !file.buffer)
      throw DomainError.invalid('file', 'Joignez un fichier (champ « file » d’un envoi multipart).');
    if (file.size > this.env.documentsMaxBytes || file.buffer.length > this.env.documentsMaxBytes)
      throw tooLarge(this.env.documentsMaxBytes);
    const fileName = fileNameOf(file.originalname || 'document');
    const checked = checkDocument(new Uint8Array(file.buffer), fileName, file.mimetype || null);
    if ('problem' in checked) throw DomainError.invalid('file', checked.problem);
    const sha256 = sha256Hex(file.buffer);
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.agreements.loadForPart(input.agreementId, ctx, manager);
      const values = {
        agreementId: agreement.id,
        kind: input.kind ?? 'other',
        title: input.title ?? fileName.replace(/\.[^.]+$/, ''),
        fileName,
        mediaType: DOCUMENT_MEDIA_TYPES[checked.format],
        sizeBytes: file.buffer.length,
        sha256,
        uploadedBy: ctx.user.id,
      };
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(AgreementDocument)
        .values(values)
        .execute();
      const id = String(result.identifiers[0].id);
      await manager.query(`INSERT INTO agreement_document_contents (document_id, content) VALUES ($1, $2)`, [
        id,
        file.buffer,
      ]);
      await this.audit.recordFor(
        ctx,
        { action: 'create', entityType: this.name, entityId: id, changes: diffChanges(null, values) },
        manager,
      );
      return this.load(id, ctx, manager);
    });
  }

  /** The bytes, for a user allowed to read documents; each download is an audited read. */
  async content(id: string, ctx: RequestContext): Promise<{ document: Row; content: Buffer }> {
    const document = await this.load(id, ctx);
    const rows: Array<{ content: Buffer }> = await this.dataSource.query(
      `SELECT content FROM agreement_document_contents WHERE document_id = $1`,
      [id],
    );
    if (!rows[0]) throw ApiError.notFound('Document');
    await this.audit.recordFor(ctx, {
      action: 'read',
      entityType: this.name,
      entityId: id,
      details: { download: true, sha256: document.sha256 },
    });
    return { document, content: rows[0].content };
  }
}
