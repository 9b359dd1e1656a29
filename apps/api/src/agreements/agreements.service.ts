import {
  AGREEMENT_KINDS,
  AGREEMENT_STATES,
  agreementProblems,
  agreementSituation,
  AgreementSituation,
  AgreementState,
  AgreementTermsInput,
  assertTransition,
  contentRange,
  DomainError,
  FieldError,
  initialTermEnd,
  effectiveStartOf,
  addDays,
  ListQuery,
  ParsedFilter,
  PARIS,
  periodOf,
  proposedRenewalEnd,
  RecordedTransition,
  RENEWAL_MODES,
  todayIn,
} from '@pacte/domain';
import { EntityManager } from 'typeorm';
import { diffChanges } from '../audit/audit.service';
import type { RequestContext } from '../auth/session-user';
import { CrudService, ListResult, Row, Values } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import { ApiError } from '../common/errors/api-error';
import { Agreement, AgreementParty } from './entities/agreement.entity';

registerConstraintMessages({
  uq_agreements_reference: {
    field: 'reference',
    message: 'Une autre convention porte déjà cette référence.',
  },
  fk_agreements_supersedes: { field: 'supersedesId', message: 'Convention remplacée inconnue.' },
  ck_agreements_tacit_period: {
    field: 'renewalPeriodValue',
    message: 'Une tacite reconduction exige une période de renouvellement.',
  },
  ck_agreements_amount: { field: 'totalAmountCents', message: 'Le montant ne peut être négatif.' },
  ck_agreements_end_after_signature: { field: 'endDate', message: 'La date de fin précède la signature.' },
  ck_agreements_not_own_predecessor: {
    field: 'supersedesId',
    message: 'Une convention ne peut se remplacer elle-même.',
  },
  fk_agreement_transitions_deliberation: { field: 'deliberationId', message: 'Délibération inconnue.' },
  fk_agreement_renewals_deliberation: { field: 'deliberationId', message: 'Délibération inconnue.' },
  uq_agreement_renewals_term: { field: 'termEnd', message: 'Ce renouvellement est déjà enregistré.' },
});

/** The derived values, computed as of the read date by the pure rules of `@pacte/domain`. */
const DERIVED_FILTERS = new Set([
  'status',
  'endingWithinDays',
  'noticeWithinDays',
  'currentTermEnd',
  'terminationNoticeDeadline',
  'daysToTermEnd',
]);
const DERIVED_SORTS = new Set(['status', 'currentTermEnd', 'terminationNoticeDeadline', 'daysToTermEnd']);
/** Internal computed columns feeding the rules, never returned. */
const INTERNAL = ['transitionLog', 'renewalTerms'] as const;

export const agreementsResource: ResourceDefinition = {
  name: 'agreements',
  label: 'Convention',
  entity: Agreement,
  softDelete: true,
  // `q` finds an agreement by its reference, title, object and the names of its parties ("adoma").
  search: `f_unaccent(r.reference || ' ' || r.title || ' ' || coalesce(r.object, '') || ' ' || coalesce((SELECT string_agg(o.name || ' ' || coalesce(o.short_name, ''), ' ') FROM organisations o WHERE o.id = ANY(r.partner_ids)), ''))`,
  list: {
    sortable: [
      'reference',
      'title',
      'kind',
      'signatureDate',
      'endDate',
      'lifecycleState',
      'createdAt',
      'updatedAt',
      ...DERIVED_SORTS,
    ],
    defaultSort: ['reference', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      kind: { type: 'enum', values: AGREEMENT_KINDS },
      renewal: { type: 'enum', values: RENEWAL_MODES },
      lifecycleState: { type: 'enum', values: AGREEMENT_STATES },
      partnerIds: { type: 'uuid' },
      reference: { type: 'string' },
      supersedesId: { type: 'uuid' },
      signatureDate: { type: 'date', range: true },
      status: { type: 'enum', values: AGREEMENT_STATES },
      endingWithinDays: { type: 'integer' },
      noticeWithinDays: { type: 'integer' },
      currentTermEnd: { type: 'date', range: true },
      terminationNoticeDeadline: { type: 'date', range: true },
      daysToTermEnd: { type: 'integer', range: true },
    },
  },
  computed: {
    transitionLog: `(SELECT coalesce(jsonb_agg(jsonb_build_object('to', t.to_state, 'date', t.effective_date) ORDER BY t.seq), '[]'::jsonb) FROM agreement_transitions t WHERE t.agreement_id = r.id)`,
    renewalTerms: `(SELECT coalesce(jsonb_agg(x.term_end ORDER BY x.term_end), '[]'::jsonb) FROM agreement_renewals x WHERE x.agreement_id = r.id)`,
    deliberationIds: `ARRAY(SELECT d.id FROM deliberations d WHERE r.id = ANY(d.agreement_ids) AND d.deleted_at IS NULL ORDER BY d.session_date)`,
  },
};

export function todayInParis(): string {
  return todayIn(PARIS);
}

export function termsInputOf(row: Values): AgreementTermsInput {
  return {
    signatureDate: (row.signatureDate as string | null) ?? null,
    effectiveFrom: (row.effectiveFrom as AgreementTermsInput['effectiveFrom']) ?? 'signature',
    effectiveDate: (row.effectiveDate as string | null) ?? null,
    prefectureDepositDate: (row.prefectureDepositDate as string | null) ?? null,
    endDate: (row.endDate as string | null) ?? null,
    duration: periodOf(row.durationValue as number | null, row.durationUnit as string | null),
    renewal: (row.renewal as AgreementTermsInput['renewal']) ?? 'none',
    renewalPeriod: periodOf(row.renewalPeriodValue as number | null, row.renewalPeriodUnit as string | null),
    noticePeriod: periodOf(row.noticePeriodValue as number | null, row.noticePeriodUnit as string | null),
  };
}

function situationOf(row: Row, asOf: string): AgreementSituation {
  const transitions = (row.transitionLog as RecordedTransition[] | undefined) ?? [];
  const renewals = ((row.renewalTerms as string[] | undefined) ?? []).map((termEnd) => ({ termEnd }));
  return agreementSituation(termsInputOf(row), transitions, renewals, asOf);
}

const PERIOD_PAIRS: Array<[string, string, string]> = [
  ['durationValue', 'durationUnit', 'la durée'],
  ['renewalPeriodValue', 'renewalPeriodUnit', 'la période de renouvellement'],
  ['noticePeriodValue', 'noticePeriodUnit', 'le préavis'],
  ['breachNoticeValue', 'breachNoticeUnit', 'le délai après mise en demeure'],
];

export function invalid(problems: FieldError[]): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    problems.length === 1
      ? problems[0].message
      : `${problems[0].message} (et ${problems.length - 1} autre(s) problème(s))`,
    problems,
  );
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

function matches(filter: ParsedFilter, row: Row): boolean {
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  switch (filter.field) {
    case 'endingWithinDays': {
      const days = n(row.daysToTermEnd);
      return row.status === 'in_force' && days !== null && days >= 0 && days <= Number(filter.value);
    }
    case 'noticeWithinDays': {
      const days = n(row.daysToNoticeDeadline);
      return days !== null && days >= 0 && days <= Number(filter.value);
    }
  }
  const value = row[filter.field];
  switch (filter.op) {
    case 'eq':
      return value === filter.value;
    case 'in':
      return (filter.value as unknown[]).includes(value);
    case 'gte':
      return value !== null && value !== undefined && compareValues(value, filter.value) >= 0;
    case 'lte':
      return value !== null && value !== undefined && compareValues(value, filter.value) <= 0;
  }
}

/**
 * Agreements: the generic resource plus the derived dates. Status, current term and notice deadline
 * depend on the read date, so they are computed at read time by the pure rules of `@pacte/domain`
 * (one implementation, unit-tested) rather than stored and refreshed daily or duplicated in SQL.
 * Lists filtered or sorted on a derived value compute them over the rows matching the SQL part of
 * the query (a registry of hundreds of agreements), then page in memory; other lists page in SQL.
 */
export class AgreementsService extends CrudService {
  present(row: Row, asOf: string): Row {
    const situation = situationOf(row, asOf);
    const out: Row = { ...row, ...situation, asOf };
    for (const key of INTERNAL) delete out[key];
    if (out.totalAmountCents !== null && out.totalAmountCents !== undefined)
      out.totalAmountCents = Number(out.totalAmountCents);
    return out;
  }

  protected override toResponse(row: Row): Row {
    return row;
  }

  async listAsOf(
    rawParams: { sort?: string; range?: string; filter?: string },
    asOf: string,
    ctx: RequestContext,
  ): Promise<ListResult> {
    const query = this.parseQuery(rawParams);
    const derived = query.filters.filter((f) => DERIVED_FILTERS.has(f.field));
    if (derived.length === 0 && !DERIVED_SORTS.has(query.sort.field)) {
      const statement = this.listStatement(query, ctx);
      const raw: Array<Row & { __total: string }> = await this.dataSource.query(
        statement.sql,
        statement.params,
      );
      const total =
        raw.length > 0 ? Number(raw[0].__total) : query.offset > 0 ? await this.count(ctx, query) : 0;
      const rows = raw.map(({ __total: _ignored, ...row }) => this.present(row as Row, asOf));
      return { rows, total, contentRange: contentRange(this.name, query.offset, rows.length, total) };
    }
    const sqlQuery: ListQuery = {
      ...query,
      filters: query.filters.filter((f) => !DERIVED_FILTERS.has(f.field)),
      sort: DERIVED_SORTS.has(query.sort.field) ? { field: 'reference', order: 'ASC' } : query.sort,
      offset: 0,
      limit: 100_000,
    };
    const statement = this.listStatement(sqlQuery, ctx);
    const raw: Array<Row & { __total: string }> = await this.dataSource.query(
      statement.sql,
      statement.params,
    );
    let rows = raw
      .map(({ __total: _ignored, ...row }) => this.present(row as Row, asOf))
      .filter((row) => derived.every((f) => matches(f, row)));
    if (DERIVED_SORTS.has(query.sort.field)) {
      const sign = query.sort.order === 'ASC' ? 1 : -1;
      const field = query.sort.field;
      rows = [...rows].sort((a, b) => {
        const nullsLast = compareValues(a[field], b[field]);
        if (a[field] === null || a[field] === undefined || b[field] === null || b[field] === undefined)
          return nullsLast;
        return sign * nullsLast || sign * compareValues(a.reference, b.reference);
      });
    }
    const page = rows.slice(query.offset, query.offset + query.limit);
    return {
      rows: page,
      total: rows.length,
      contentRange: contentRange(this.name, query.offset, page.length, rows.length),
    };
  }

  /** Ids of the agreements that have ended (expired or terminated) on a date, by the domain's rules. */
  async endedIds(asOf: string, ctx: RequestContext): Promise<string[]> {
    const all: ListQuery = {
      sort: { field: 'reference', order: 'ASC' },
      offset: 0,
      limit: 100_000,
      filters: [],
    };
    const statement = this.listStatement(all, ctx);
    const raw: Row[] = await this.dataSource.query(statement.sql, statement.params);
    return raw
      .map((row) => this.present(row, asOf))
      .filter((row) => row.status === 'expired' || row.status === 'terminated')
      .map((row) => String(row.id));
  }

  async getAsOf(id: string, asOf: string, ctx: RequestContext): Promise<Row> {
    return this.present(await this.load(id, ctx), asOf);
  }

  // ---- writes -------------------------------------------------------------------------------

  override async create(input: object, ctx: RequestContext): Promise<Row> {
    const { lifecycleState, ...fields } = input as Values & { lifecycleState?: AgreementState };
    return this.dataSource.transaction(async (manager) => {
      const values = await this.prepareCreate(
        Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        ctx,
        manager,
      );
      const result = await manager.createQueryBuilder().insert().into(Agreement).values(values).execute();
      const id = String(result.identifiers[0].id);
      await this.audit.recordFor(
        ctx,
        { action: 'create', entityType: this.name, entityId: id, changes: diffChanges(null, values) },
        manager,
      );
      if (lifecycleState === 'signed') {
        const date = (values.signatureDate as string | undefined) ?? null;
        await this.recordTransition(
          manager,
          ctx,
          id,
          'draft',
          'signed',
          date,
          'Enregistrement d’une convention déjà signée',
          null,
        );
      }
      return this.present(await this.load(id, ctx, manager), todayInParis());
    });
  }

  override async update(id: string, input: object & { version?: number }, ctx: RequestContext): Promise<Row> {
    return this.present(await super.update(id, input, ctx), todayInParis());
  }

  /** Validates the agreement as it will be (current + changes); returns the values to write. */
  override async checked(values: Values, current: Values, manager: EntityManager): Promise<Values> {
    const out: Values = { ...values };
    if (out.renewal === 'none') {
      out.renewalPeriodValue = null;
      out.renewalPeriodUnit = null;
    }
    const merged: Values = { ...current, ...out };
    const problems: FieldError[] = [];
    for (const [valueField, unitField, label] of PERIOD_PAIRS) {
      const hasValue = merged[valueField] !== null && merged[valueField] !== undefined;
      const hasUnit = merged[unitField] !== null && merged[unitField] !== undefined;
      if (hasValue !== hasUnit)
        problems.push({
          field: hasValue ? unitField : valueField,
          message: `Indiquez à la fois la valeur et l’unité pour ${label}.`,
        });
    }
    let parties = (merged.parties as AgreementParty[] | undefined) ?? [];
    if (out.parties !== undefined) {
      parties = (out.parties as AgreementParty[]).map((p) => ({
        organisationId: p.organisationId,
        role: p.role,
        representedBy: p.representedBy ?? null,
        capacity: p.capacity ?? null,
        contributionCents: p.contributionCents ?? null,
      }));
      out.parties = parties;
      out.partnerIds = [...new Set(parties.map((p) => p.organisationId))];
    }
    const ids = [...new Set(parties.map((p) => p.organisationId))];
    const names = new Map<string, string>();
    if (ids.length > 0) {
      const found: Array<{ id: string; name: string }> = await manager.query(
        `SELECT id, coalesce(short_name, name) AS name FROM organisations WHERE id = ANY($1) AND deleted_at IS NULL`,
        [ids],
      );
      for (const o of found) names.set(o.id, o.name);
      parties.forEach((p, index) => {
        if (!names.has(p.organisationId))
          problems.push({ field: `parties.${index}.organisationId`, message: 'Organisation inconnue.' });
      });
    }
    problems.push(
      ...agreementProblems({
        ...termsInputOf(merged),
        parties: parties.map((p) => ({
          organisationId: p.organisationId,
          role: p.role,
          organisationName: names.get(p.organisationId),
        })),
      }),
    );
    if (typeof out.supersedesId === 'string') {
      if (out.supersedesId === current.id)
        problems.push({ field: 'supersedesId', message: 'Une convention ne peut se remplacer elle-même.' });
      else {
        const found: unknown[] = await manager.query(
          `SELECT 1 FROM agreements WHERE id = $1 AND deleted_at IS NULL`,
          [out.supersedesId],
        );
        if (found.length === 0)
          problems.push({ field: 'supersedesId', message: 'Convention remplacée inconnue.' });
      }
    }
    if (problems.length > 0) throw invalid(problems);
    return out;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  async transition(
    id: string,
    input: { to: string; reason: string; date?: string | null; deliberationId?: string | null },
    ctx: RequestContext,
  ): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(id, ctx, manager, true);
      const from = current.lifecycleState as AgreementState;
      const to = input.to as AgreementState;
      const log = (current.transitionLog as RecordedTransition[]) ?? [];
      const previousDate = [...log].reverse().find((t) => t.date !== null)?.date ?? null;
      const date = input.date ?? todayInParis();
      assertTransition({
        from,
        to,
        reason: input.reason,
        deliberationId: input.deliberationId,
        date,
        previousDate,
      });
      if (input.deliberationId) {
        const found: unknown[] = await manager.query(
          `SELECT 1 FROM deliberations WHERE id = $1 AND deleted_at IS NULL`,
          [input.deliberationId],
        );
        if (found.length === 0) throw DomainError.invalid('deliberationId', 'Délibération inconnue.');
      }
      await this.recordTransition(
        manager,
        ctx,
        id,
        from,
        to,
        date,
        input.reason,
        input.deliberationId ?? null,
      );
      if (to === 'approved' && input.deliberationId) {
        // The deliberation approves this agreement: link them both ways.
        await manager.query(
          `UPDATE deliberations SET agreement_ids = array_append(agreement_ids, $2::uuid), version = version + 1, updated_at = now()
           WHERE id = $1 AND NOT ($2::uuid = ANY(agreement_ids))`,
          [input.deliberationId, id],
        );
      }
      return this.present(await this.load(id, ctx, manager), todayInParis());
    });
  }

  async recordTransition(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
    from: AgreementState,
    to: AgreementState,
    date: string | null,
    reason: string,
    deliberationId: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO agreement_transitions (agreement_id, from_state, to_state, effective_date, reason, deliberation_id, actor_id, actor_email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, from, to, date, reason, deliberationId, ctx.user.id, ctx.user.email],
    );
    await manager.query(
      `UPDATE agreements SET lifecycle_state = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, to],
    );
    await this.audit.recordFor(
      ctx,
      {
        action: 'transition',
        entityType: this.name,
        entityId: id,
        changes: { lifecycleState: { before: from, after: to } },
        details: { from, to, reason, date, deliberationId },
      },
      manager,
    );
  }

  /**
   * Records an express renewal decision: the new term follows the last one. A tacit renewal needs
   * no decision (terms roll by themselves) and an agreement without renewal cannot be renewed.
   */
  async renew(
    id: string,
    input: {
      decisionDate: string;
      termEnd?: string | null;
      deliberationId?: string | null;
      note?: string | null;
    },
    ctx: RequestContext,
  ): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(id, ctx, manager, true);
      const terms = termsInputOf(current);
      if (terms.renewal === 'none')
        throw DomainError.invalid('renewal', 'Cette convention ne prévoit pas de renouvellement.');
      if (terms.renewal === 'tacit') {
        throw DomainError.invalid(
          'renewal',
          'Cette convention se renouvelle par tacite reconduction : les nouvelles périodes sont calculées sans décision à enregistrer.',
        );
      }
      const at = situationOf(current, input.decisionDate);
      if (at.status !== 'in_force' && at.status !== 'signed') {
        throw DomainError.invalid(
          'decisionDate',
          'Le renouvellement doit être décidé pendant que la convention est signée ou en vigueur.',
        );
      }
      const recorded = (current.renewalTerms as string[]) ?? [];
      const lastEnd = [initialTermEnd(terms, effectiveStartOf(terms)), ...recorded]
        .filter((d): d is string => Boolean(d))
        .sort()
        .pop();
      if (!lastEnd)
        throw DomainError.invalid(
          'termEnd',
          'La fin de la période en cours est inconnue : indiquez la durée ou la date de fin de la convention.',
        );
      const termEnd = input.termEnd ?? proposedRenewalEnd(terms, lastEnd);
      if (!termEnd) throw DomainError.invalid('termEnd', 'Indiquez la fin de la nouvelle période.');
      if (termEnd <= lastEnd)
        throw DomainError.invalid('termEnd', 'La nouvelle période doit finir après la période en cours.');
      const termStart = addDays(lastEnd, 1);
      await manager.query(
        `INSERT INTO agreement_renewals (agreement_id, decision_date, term_start, term_end, deliberation_id, note, actor_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [
          id,
          input.decisionDate,
          termStart,
          termEnd,
          input.deliberationId ?? null,
          input.note ?? null,
          ctx.user.id,
        ],
      );
      await manager.query(`UPDATE agreements SET version = version + 1, updated_at = now() WHERE id = $1`, [
        id,
      ]);
      await this.audit.recordFor(
        ctx,
        {
          action: 'update',
          entityType: this.name,
          entityId: id,
          details: {
            renewal: {
              decisionDate: input.decisionDate,
              termStart,
              termEnd,
              deliberationId: input.deliberationId ?? null,
            },
          },
        },
        manager,
      );
      return this.present(await this.load(id, ctx, manager), todayInParis());
    });
  }

  async renewals(id: string, ctx: RequestContext): Promise<Row[]> {
    await this.load(id, ctx);
    return this.dataSource.query(
      `SELECT id, decision_date AS "decisionDate", term_start AS "termStart", term_end AS "termEnd", deliberation_id AS "deliberationId", note, created_at AS "createdAt"
       FROM agreement_renewals WHERE agreement_id = $1 ORDER BY term_end`,
      [id],
    );
  }

  /** The agreement's life in one timeline: registration, transitions, renewals, amendments (before/after), documents. */
  async history(id: string, ctx: RequestContext): Promise<Row[]> {
    const agreement = await this.load(id, ctx);
    const events: Row[] = [];
    events.push({
      id: `created-${id}`,
      kind: 'created',
      date: null,
      at: agreement.createdAt,
      title: 'Enregistrement dans Pacte',
    });
    const transitions: Row[] = await this.dataSource.query(
      `SELECT id, from_state AS "from", to_state AS "to", effective_date AS date, reason, deliberation_id AS "deliberationId", actor_email AS "actorEmail", created_at AS at
       FROM agreement_transitions WHERE agreement_id = $1 ORDER BY seq`,
      [id],
    );
    for (const t of transitions) events.push({ ...t, kind: 'transition' });
    for (const r of await this.renewals(id, ctx))
      events.push({ ...r, kind: 'renewal', date: r.decisionDate, at: r.createdAt });
    const amendments: Row[] = await this.dataSource.query(
      `SELECT id, number, date, summary, changes, before_snapshot AS "before", after_snapshot AS "after", created_at AS at
       FROM agreement_amendments WHERE agreement_id = $1 ORDER BY number`,
      [id],
    );
    for (const a of amendments) events.push({ ...a, kind: 'amendment' });
    const documents: Row[] = await this.dataSource.query(
      `SELECT id, title, kind AS "documentKind", file_name AS "fileName", created_at AS at FROM agreement_documents WHERE agreement_id = $1 AND deleted_at IS NULL ORDER BY created_at`,
      [id],
    );
    for (const d of documents) events.push({ ...d, kind: 'document', date: null });
    // In the order things happened: the effective date when there is one, else the day it was recorded.
    const key = (e: Row) => {
      const at = e.at ? new Date(e.at as string).toISOString() : '';
      return `${(e.date as string | null) ?? at.slice(0, 10)}|${at}`;
    };
    return events.sort((a, b) => key(a).localeCompare(key(b)));
  }

  /** Loads an agreement for a write of one of its parts (amendment…), locked, or fails with a field error. */
  async loadForPart(agreementId: string, ctx: RequestContext, manager: EntityManager): Promise<Row> {
    try {
      return await this.load(agreementId, ctx, manager, true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND')
        throw DomainError.invalid('agreementId', 'Convention inconnue.');
      throw error;
    }
  }
}
