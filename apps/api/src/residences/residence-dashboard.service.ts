import { Injectable } from '@nestjs/common';
import {
  parisDay,
  summariseConsents,
  type ConsentDecision,
  type PurposeEvent,
  type ResidenceDashboard,
} from '@pacte/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../auth/session-user';
import { Params } from '../common/crud/sql';
import { residenceCondition } from './scope';

/** The residence dashboard: who has not decided yet, this month's decisions, consent rates, recent withdrawals. */
@Injectable()
export class ResidenceDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async summary(ctx: RequestContext): Promise<ResidenceDashboard> {
    const today = parisDay(new Date());
    const params = new Params();
    const where = ['x.deleted_at IS NULL'];
    const scope = residenceCondition(ctx.user, 'x.id');
    if (scope) where.push(`(${params.embed(scope)})`);
    const residences: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT x.id, x.name FROM residences x WHERE ${where.join(' AND ')} ORDER BY x.name COLLATE "fr-FR-x-icu"`,
      params.values,
    );
    const ids = residences.map((r) => r.id);
    const purposes: Array<{ id: string; code: string; label: string }> = await this.dataSource.query(
      `SELECT id, code, label FROM purposes WHERE active ORDER BY code`,
    );
    const residents: Array<{ id: string; residenceId: string; fullName: string; present: boolean }> =
      await this.dataSource.query(
        `SELECT v.id, v.residence_id AS "residenceId", v.last_name || ' ' || v.first_names AS "fullName",
         (v.entry_date <= $2::date AND (v.exit_date IS NULL OR v.exit_date >= $2::date)) AS present
       FROM residents v WHERE v.residence_id = ANY($1) ORDER BY v.last_name COLLATE "fr-FR-x-icu", v.first_names`,
        [ids, today],
      );
    const events: Array<PurposeEvent & { residenceId: string }> = (
      await this.dataSource.query(
        `SELECT c.id, c.resident_id AS "residentId", c.purpose_id AS "purposeId", c.decision, c.decided_at AS "decidedAt", c.seq, c.corrects_id AS "correctsId",
           v.residence_id AS "residenceId"
         FROM consents c JOIN residents v ON v.id = c.resident_id JOIN purposes p ON p.id = c.purpose_id
         WHERE v.residence_id = ANY($1) AND c.recipient_id IS NOT DISTINCT FROM p.recipient_id`,
        [ids],
      )
    ).map((e: PurposeEvent & { residenceId: string; seq: string }) => ({ ...e, seq: Number(e.seq) }));
    const names = new Map(residents.map((r) => [r.id, r.fullName]));
    const result = residences.map((residence) => {
      const present = residents.filter((r) => r.residenceId === residence.id && r.present).map((r) => r.id);
      const summaries = summariseConsents({
        presentResidentIds: present,
        purposeIds: purposes.map((p) => p.id),
        events: events.filter((e) => e.residenceId === residence.id),
        today,
      });
      return {
        id: residence.id,
        name: residence.name,
        present: present.length,
        purposes: summaries.map((s) => {
          const purpose = purposes.find((p) => p.id === s.purposeId) as { code: string; label: string };
          return {
            ...s,
            code: purpose.code,
            label: purpose.label,
            withoutDecision: s.withoutDecision.map((id) => ({ id, fullName: names.get(id) ?? '' })),
          };
        }),
      };
    });
    const recentWithdrawals: ResidenceDashboard['recentWithdrawals'] = await this.dataSource.query(
      `SELECT c.id, c.resident_id AS "residentId", v.last_name || ' ' || v.first_names AS "residentName", x.name AS "residenceName", p.label AS "purposeLabel",
         c.decided_at AS "decidedAt", c.channel, u.display_name AS "collectedByName"
       FROM consents c JOIN residents v ON v.id = c.resident_id JOIN residences x ON x.id = v.residence_id JOIN purposes p ON p.id = c.purpose_id
       JOIN users u ON u.id = c.collected_by
       WHERE v.residence_id = ANY($1) AND c.decision = $2 AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.corrects_id = c.id)
       ORDER BY c.decided_at DESC, c.seq DESC LIMIT 10`,
      [ids, 'withdrawn' satisfies ConsentDecision],
    );
    const shown = new Set([
      ...result.flatMap((r) => r.purposes.flatMap((p) => p.withoutDecision.map((w) => w.id))),
      ...recentWithdrawals.map((w) => w.residentId),
    ]);
    if (shown.size > 0)
      await this.audit.recordFor(ctx, {
        action: 'read',
        entityType: 'residents',
        details: { query: 'residence-dashboard', ids: [...shown] },
      });
    return { today, residences: result, recentWithdrawals };
  }
}
