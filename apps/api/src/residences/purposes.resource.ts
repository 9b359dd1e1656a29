import { DomainError, LEGAL_BASES, parisDay } from '@pacte/domain';
import type { RequestContext } from '../auth/session-user';
import { CrudService } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import type { CreateNoticeDto } from './dtos/purpose.dto';
import { Purpose } from './entities/consent.entity';

registerConstraintMessages({
  uq_purposes_code: { field: 'code', message: 'Une autre finalité porte déjà ce code.' },
  fk_purposes_recipient: { field: 'recipientId', message: 'Destinataire inconnu.' },
  uq_purpose_notices_version: { field: 'versionLabel', message: 'Cette version de la notice existe déjà.' },
  uq_purpose_notices_effective: {
    field: 'effectiveFrom',
    message: 'Une autre version de la notice prend déjà effet ce jour-là.',
  },
});

export const purposesResource: ResourceDefinition = {
  name: 'purposes',
  label: 'Finalité',
  entity: Purpose,
  search: `f_unaccent(r.code || ' ' || r.label)`,
  computed: {
    recipientName: `(SELECT coalesce(o.short_name, o.name) FROM organisations o WHERE o.id = r.recipient_id)`,
    currentNoticeVersion: `(SELECT n.version_label FROM purpose_notices n WHERE n.purpose_id = r.id AND n.effective_from <= current_date ORDER BY n.effective_from DESC LIMIT 1)`,
  },
  list: {
    sortable: ['code', 'label', 'createdAt'],
    defaultSort: ['code', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      code: { type: 'string' },
      legalBasis: { type: 'enum', values: LEGAL_BASES },
      active: { type: 'boolean' },
    },
  },
};

export interface NoticeRow {
  id: string;
  purposeId: string;
  versionLabel: string;
  effectiveFrom: string;
  body: string;
  bodySha256: string;
  createdAt: Date;
}

const NOTICE_COLUMNS = `n.id, n.purpose_id AS "purposeId", n.version_label AS "versionLabel", n.effective_from AS "effectiveFrom", n.body, n.body_sha256 AS "bodySha256", n.created_at AS "createdAt"`;

export class PurposesService extends CrudService {
  async notices(purposeId: string, ctx: RequestContext): Promise<NoticeRow[]> {
    await this.load(purposeId, ctx);
    return this.dataSource.query(
      `SELECT ${NOTICE_COLUMNS} FROM purpose_notices n WHERE n.purpose_id = $1 ORDER BY n.effective_from`,
      [purposeId],
    );
  }

  /**
   * Adds a version of the information notice. Versions only move forward, from today on: a version
   * effective in the past would change which text was "in force" when consents were already recorded.
   */
  async addNotice(purposeId: string, input: CreateNoticeDto, ctx: RequestContext): Promise<NoticeRow> {
    return this.dataSource.transaction(async (manager) => {
      await this.load(purposeId, ctx, manager, true);
      const [last]: Array<{ effective_from: string }> = await manager.query(
        `SELECT effective_from FROM purpose_notices WHERE purpose_id = $1 ORDER BY effective_from DESC LIMIT 1`,
        [purposeId],
      );
      const today = parisDay(new Date());
      if (last && input.effectiveFrom <= last.effective_from) {
        throw DomainError.invalid(
          'effectiveFrom',
          'Une nouvelle version doit prendre effet après la version précédente.',
        );
      }
      if (last && input.effectiveFrom < today)
        throw DomainError.invalid(
          'effectiveFrom',
          'Une nouvelle version ne peut pas prendre effet dans le passé.',
        );
      const [row]: NoticeRow[] = await manager.query(
        `INSERT INTO purpose_notices AS n (purpose_id, version_label, effective_from, body, body_sha256, created_by)
         VALUES ($1, $2, $3, $4, '', $5) RETURNING ${NOTICE_COLUMNS}`,
        [purposeId, input.versionLabel, input.effectiveFrom, input.body, ctx.user.id],
      );
      await this.audit.recordFor(
        ctx,
        {
          action: 'create',
          entityType: 'purpose-notices',
          entityId: row.id,
          details: { purposeId, versionLabel: row.versionLabel, bodySha256: row.bodySha256 },
        },
        manager,
      );
      return row;
    });
  }
}
