import {
  consentEventProblem,
  decisionInForceAt,
  decisionInForceOn,
  DomainError,
  frenchDay,
  parisDay,
  versionInForceOn,
  type ConsentDecision,
  type LedgerEvent,
} from '@pacte/domain';
import { EntityManager } from 'typeorm';
import type { RequestContext, SessionUser } from '../auth/session-user';
import { CrudService, Row } from '../common/crud/crud.service';
import { Params } from '../common/crud/sql';
import { ApiError } from '../common/errors/api-error';
import type { CreateConsentDto } from './dtos/consent.dto';
import { auditRefusedResident, residenceCondition, visibleResident } from './scope';
import type { CheckedScan } from './uploads';

export const LEDGER_IS_APPEND_ONLY =
  'Le registre des consentements est en ajout seul : enregistrez un nouvel événement qui corrige le précédent.';

interface PurposeRow {
  id: string;
  code: string;
  label: string;
  description: string | null;
  recipient_id: string | null;
  recipient_name: string | null;
  active: boolean;
}

interface HistoryRow extends LedgerEvent {
  residentId: string;
  purposeId: string;
  decidedAt: Date;
}

export interface ActiveResident {
  id: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: string;
  residenceId: string;
  residenceName: string;
  entryDate: string;
  exitDate: string | null;
  consent: { eventId: string; decidedAt: string; noticeVersion: string };
}

/** Which residents' consents a user may list in the active-consent query: the SIAO sees every residence. */
function activeScope(user: SessionUser, column: string) {
  return user.role === 'siao_operator' ? null : residenceCondition(user, column);
}

/**
 * The consent ledger: append-only events, status always derived from them by the rules of
 * `@pacte/domain` (never stored twice), the active-consent query for the SIAO integration, receipts.
 */
export class ConsentsService extends CrudService {
  // ---- recording -----------------------------------------------------------------------------

  async record(input: CreateConsentDto, scan: CheckedScan | null, ctx: RequestContext): Promise<Row> {
    let refusedResident = false;
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        // Locking the resident serialises the events of one person: the history we judge is the one we append to.
        const resident = await visibleResident(manager, ctx.user, input.residentId, true);
        if (!resident) {
          refusedResident = true;
          throw DomainError.invalid(
            'residentId',
            'Résident introuvable dans votre résidence : rien n’a été enregistré.',
          );
        }
        const purpose = await this.purposeByCode(input.purpose, manager);
        if (!purpose.active && input.decision === 'given')
          throw DomainError.invalid('purpose', 'Cette finalité n’est plus proposée aux résidents.');
        this.checkHow(input);
        // PostgreSQL reads the date in the session's time zone (Europe/Paris) when no offset is given.
        const [{ at }]: Array<{ at: Date }> = await manager.query(`SELECT $1::timestamptz AS at`, [
          input.decidedAt,
        ]);
        const history = await this.history(manager, [input.residentId], purpose);
        const problem = consentEventProblem(
          history,
          { decision: input.decision, decidedAt: at, correctsId: input.correctsId },
          new Date(),
        );
        if (problem) throw new DomainError('VALIDATION_FAILED', problem.message, [problem]);
        const noticeId = await this.noticeInForce(manager, purpose, at, input.noticeVersion ?? null);
        const [row]: Array<{ id: string }> = await manager.query(
          `INSERT INTO consents (resident_id, purpose_id, recipient_id, decision, decided_at, notice_id, method, channel, collected_by, corrects_id, note,
             evidence, evidence_name, evidence_type, evidence_size, evidence_sha256)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
          [
            input.residentId,
            purpose.id,
            purpose.recipient_id,
            input.decision,
            at,
            noticeId,
            input.method ?? null,
            input.channel ?? null,
            ctx.user.id,
            input.correctsId ?? null,
            input.note ?? null,
            scan?.bytes ?? null,
            scan?.name ?? null,
            scan?.type ?? null,
            scan?.size ?? null,
            scan?.sha256 ?? null,
          ],
        );
        await this.audit.recordFor(
          ctx,
          {
            action: 'create',
            entityType: 'consents',
            entityId: row.id,
            details: {
              residentId: input.residentId,
              purpose: purpose.code,
              decision: input.decision,
              decidedAt: at.toISOString(),
              correctsId: input.correctsId ?? null,
              evidenceSha256: scan?.sha256 ?? null,
            },
          },
          manager,
        );
        return row.id;
      });
      return this.load(id, ctx);
    } catch (error) {
      if (refusedResident)
        await auditRefusedResident(this.dataSource, this.audit, ctx, input.residentId, {
          attempted: 'consents:create',
        });
      throw error;
    }
  }

  private checkHow(input: CreateConsentDto): void {
    if (input.decision === 'withdrawn') {
      if (!input.channel && !input.method)
        throw DomainError.invalid(
          'channel',
          'Précisez par quel canal le résident a retiré son consentement (courriel, courrier, sur place).',
        );
      return;
    }
    if (!input.method)
      throw DomainError.invalid(
        'method',
        'Précisez comment la décision a été recueillie (signature papier, signature électronique, recueil oral attesté).',
      );
    if (input.channel) throw DomainError.invalid('channel', 'Le canal ne s’indique que pour un retrait.');
  }

  private async purposeByCode(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PurposeRow> {
    const [purpose]: PurposeRow[] = await manager.query(
      `SELECT p.id, p.code, p.label, p.description, p.recipient_id, p.active, (SELECT coalesce(o.short_name, o.name) FROM organisations o WHERE o.id = p.recipient_id) AS recipient_name
       FROM purposes p WHERE p.code = $1`,
      [code],
    );
    if (!purpose) throw DomainError.invalid('purpose', `Finalité inconnue : « ${code.slice(0, 60)} ».`);
    return purpose;
  }

  /** The notice version shown must be the one in force on the day of the decision. */
  private async noticeInForce(
    manager: EntityManager,
    purpose: PurposeRow,
    at: Date,
    requested: string | null,
  ): Promise<string> {
    const notices: Array<{ id: string; versionLabel: string; effectiveFrom: string }> = await manager.query(
      `SELECT id, version_label AS "versionLabel", effective_from AS "effectiveFrom" FROM purpose_notices WHERE purpose_id = $1`,
      [purpose.id],
    );
    const day = parisDay(at);
    const inForce = versionInForceOn(notices, day);
    if (requested !== null && !notices.some((n) => n.versionLabel === requested)) {
      throw DomainError.invalid(
        'noticeVersion',
        `La notice d’information « ${requested.slice(0, 40)} » n’existe pas pour cette finalité.`,
      );
    }
    if (!inForce)
      throw DomainError.invalid(
        'decidedAt',
        `Aucune notice d’information de cette finalité n’était en vigueur le ${frenchDay(day)}.`,
      );
    if (requested !== null && requested !== inForce.versionLabel) {
      throw DomainError.invalid(
        'noticeVersion',
        `La notice « ${requested} » n’était pas en vigueur le ${frenchDay(day)} : la version en vigueur était « ${inForce.versionLabel} ».`,
      );
    }
    return inForce.id;
  }

  /** The ledger events of residents for a purpose and its recipient, in the shape of the domain rules. */
  private async history(
    manager: EntityManager,
    residentIds: string[] | null,
    purpose: PurposeRow,
  ): Promise<HistoryRow[]> {
    const rows: Array<{
      id: string;
      residentId: string;
      purposeId: string;
      decision: ConsentDecision;
      decidedAt: Date;
      seq: string;
      correctsId: string | null;
    }> = await manager.query(
      `SELECT c.id, c.resident_id AS "residentId", c.purpose_id AS "purposeId", c.decision, c.decided_at AS "decidedAt", c.seq, c.corrects_id AS "correctsId"
         FROM consents c WHERE c.purpose_id = $1 AND c.recipient_id IS NOT DISTINCT FROM $2 ${residentIds ? 'AND c.resident_id = ANY($3)' : ''}`,
      residentIds ? [purpose.id, purpose.recipient_id, residentIds] : [purpose.id, purpose.recipient_id],
    );
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  // ---- the integration's query --------------------------------------------------------------

  /** Residents whose consent to the purpose was in force on the day (given on or before it, not withdrawn by then). */
  async active(purposeCode: string, day: string, ctx: RequestContext): Promise<ActiveResident[]> {
    const purpose = await this.purposeByCode(purposeCode);
    const params = new Params();
    const where = [
      `c.purpose_id = ${params.add(purpose.id)}`,
      `c.recipient_id IS NOT DISTINCT FROM ${params.add(purpose.recipient_id)}`,
    ];
    const scope = activeScope(ctx.user, 'v.residence_id');
    if (scope) where.push(`(${params.embed(scope)})`);
    const events: Array<HistoryRow & { seq: number; noticeVersion: string }> = (
      await this.dataSource.query(
        `SELECT c.id, c.resident_id AS "residentId", c.decision, c.decided_at AS "decidedAt", c.seq, c.corrects_id AS "correctsId", n.version_label AS "noticeVersion"
         FROM consents c JOIN residents v ON v.id = c.resident_id JOIN purpose_notices n ON n.id = c.notice_id WHERE ${where.join(' AND ')}`,
        params.values,
      )
    ).map((r: HistoryRow & { seq: string; noticeVersion: string }) => ({ ...r, seq: Number(r.seq) }));
    const inForce = new Map<string, HistoryRow & { noticeVersion: string }>();
    for (const residentId of new Set(events.map((e) => e.residentId))) {
      const decision = decisionInForceOn(
        events.filter((e) => e.residentId === residentId),
        day,
      );
      if (decision?.decision === 'given') inForce.set(residentId, decision);
    }
    if (inForce.size === 0) return [];
    const residents: Array<Omit<ActiveResident, 'consent'>> = await this.dataSource.query(
      `SELECT v.id, v.last_name AS "lastName", v.first_names AS "firstName", v.birth_date AS "birthDate", v.sex, v.residence_id AS "residenceId",
         x.name AS "residenceName", v.entry_date AS "entryDate", v.exit_date AS "exitDate"
       FROM residents v JOIN residences x ON x.id = v.residence_id WHERE v.id = ANY($1)
       ORDER BY v.last_name COLLATE "fr-FR-x-icu", v.first_names COLLATE "fr-FR-x-icu", v.id`,
      [[...inForce.keys()]],
    );
    const result = residents.map((r) => {
      const event = inForce.get(r.id) as HistoryRow & { noticeVersion: string };
      return {
        ...r,
        consent: {
          eventId: event.id,
          decidedAt: event.decidedAt.toISOString(),
          noticeVersion: event.noticeVersion,
        },
      };
    });
    await this.audit.recordFor(ctx, {
      action: 'read',
      entityType: 'residents',
      details: { query: 'consents/active', purpose: purpose.code, at: day, ids: result.map((r) => r.id) },
    });
    return result;
  }

  // ---- receipts ----------------------------------------------------------------------------

  async receipt(residentId: string, ctx: RequestContext): Promise<ConsentReceipt> {
    const resident = await visibleResident(this.dataSource.manager, ctx.user, residentId);
    if (!resident) {
      await auditRefusedResident(this.dataSource, this.audit, ctx, residentId, {
        attempted: 'consents:receipt',
      });
      throw ApiError.notFound('Résident');
    }
    const [residence]: Array<ConsentReceipt['residence']> = await this.dataSource.query(
      `SELECT x.name, x.address_line AS "addressLine", x.postcode, x.city, x.rights_email AS "rightsEmail", x.rights_postal_address AS "rightsPostalAddress",
         (SELECT o.name FROM organisations o WHERE o.id = x.operator_id) AS "operatorName"
       FROM residences x WHERE x.id = $1`,
      [resident.residence_id],
    );
    const events: ReceiptEvent[] = (
      await this.dataSource.query(
        `SELECT c.id, c.seq, c.purpose_id AS "purposeId", p.code AS "purposeCode", p.label AS "purposeLabel", coalesce(o.name, 'Résidence (usage interne)') AS "recipientName",
           o.short_name AS "recipientShortName", c.decision, c.decided_at AS "decidedAt", c.method, c.channel, n.version_label AS "noticeVersion",
           n.body_sha256 AS "noticeSha256", c.corrects_id AS "correctsId", c.evidence_sha256 AS "evidenceSha256", c.recorded_at AS "recordedAt"
         FROM consents c JOIN purposes p ON p.id = c.purpose_id JOIN purpose_notices n ON n.id = c.notice_id LEFT JOIN organisations o ON o.id = c.recipient_id
         WHERE c.resident_id = $1 ORDER BY c.decided_at, c.seq`,
        [residentId],
      )
    ).map((e: ReceiptEvent & { seq: string }) => ({ ...e, seq: Number(e.seq) }));
    const purposes: Array<{
      id: string;
      code: string;
      label: string;
      description: string | null;
      recipientName: string | null;
    }> = await this.dataSource.query(
      `SELECT p.id, p.code, p.label, p.description, (SELECT o.name FROM organisations o WHERE o.id = p.recipient_id) AS "recipientName"
       FROM purposes p WHERE p.active OR EXISTS (SELECT 1 FROM consents c WHERE c.purpose_id = p.id AND c.resident_id = $1) ORDER BY p.code`,
      [residentId],
    );
    const now = new Date();
    const decisions = purposes.map((p) => {
      const inForce = decisionInForceAt(
        events.filter((e) => e.purposeId === p.id),
        now,
      );
      return {
        purposeCode: p.code,
        purposeLabel: p.label,
        purposeDescription: p.description,
        recipientName: inForce?.recipientName ?? p.recipientName ?? 'Résidence (usage interne)',
        status: inForce?.decision ?? ('none' as const),
        since: inForce ? new Date(inForce.decidedAt).toISOString() : null,
        noticeVersion: inForce?.noticeVersion ?? null,
        noticeSha256: inForce?.noticeSha256 ?? null,
        eventId: inForce?.id ?? null,
      };
    });
    const corrected = new Set(events.map((e) => e.correctsId).filter(Boolean));
    await this.audit.recordFor(ctx, {
      action: 'export',
      entityType: 'residents',
      entityId: residentId,
      details: { document: 'consent-receipt' },
    });
    return {
      issuedAt: now.toISOString(),
      resident: {
        id: resident.id,
        lastName: resident.last_name,
        firstName: resident.first_names,
        birthDate: resident.birth_date,
      },
      residence,
      decisions,
      history: events.map(({ seq: _seq, ...e }) => ({
        ...e,
        decidedAt: new Date(e.decidedAt).toISOString(),
        corrected: corrected.has(e.id),
      })),
      withdrawal: {
        email: residence.rightsEmail,
        postalAddress: residence.rightsPostalAddress,
        inPerson: residence.name,
      },
    };
  }

  // ---- evidence ------------------------------------------------------------------------------

  async evidence(id: string, ctx: RequestContext): Promise<{ bytes: Buffer; name: string; type: string }> {
    await this.load(id, ctx);
    const [row]: Array<{ evidence: Buffer | null; evidence_name: string; evidence_type: string }> =
      await this.dataSource.query(
        `SELECT evidence, evidence_name, evidence_type FROM consents WHERE id = $1`,
        [id],
      );
    if (!row?.evidence) throw ApiError.notFound('Justificatif');
    await this.audit.recordFor(ctx, {
      action: 'export',
      entityType: 'consents',
      entityId: id,
      details: { document: row.evidence_name },
    });
    return { bytes: row.evidence, name: row.evidence_name, type: row.evidence_type };
  }

  refuseChange(): never {
    throw new DomainError('CONFLICT', LEDGER_IS_APPEND_ONLY);
  }
}

interface ReceiptEvent extends LedgerEvent {
  purposeId: string;
  purposeCode: string;
  purposeLabel: string;
  recipientName: string;
  recipientShortName: string | null;
  decidedAt: string;
  method: string | null;
  channel: string | null;
  noticeVersion: string;
  noticeSha256: string;
  evidenceSha256: string | null;
  recordedAt: string;
}

export interface ConsentReceipt {
  issuedAt: string;
  resident: { id: string; lastName: string; firstName: string; birthDate: string };
  residence: {
    name: string;
    addressLine: string | null;
    postcode: string | null;
    city: string | null;
    rightsEmail: string | null;
    rightsPostalAddress: string | null;
    operatorName: string;
  };
  decisions: Array<{
    purposeCode: string;
    purposeLabel: string;
    purposeDescription: string | null;
    recipientName: string;
    status: ConsentDecision | 'none';
    since: string | null;
    noticeVersion: string | null;
    noticeSha256: string | null;
    eventId: string | null;
  }>;
  history: Array<Omit<ReceiptEvent, 'seq'> & { corrected: boolean }>;
  withdrawal: { email: string | null; postalAddress: string | null; inPerson: string };
}
