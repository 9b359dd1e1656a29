import {
  DOCUMENT_KINDS,
  DomainError,
  nextOccurrence,
  OBLIGATION_STATUSES,
  RECORDED_OBLIGATION_STATUSES,
  Recurrence,
  RECURRENCES,
} from '@pacte/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diffChanges } from '../audit/audit.service';
import type { RequestContext } from '../auth/session-user';
import { CrudService, Row, Values } from '../common/crud/crud.service';
import type { ResourceDefinition, SqlFragment } from '../common/crud/resource-definition';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import { AgreementsService, invalid, termsInputOf, todayInParis } from './agreements.service';
import {
  AgreementAmendment,
  AgreementDocument,
  AgreementMeeting,
  AgreementObligation,
} from './entities/children.entity';
import { agreementSituation, followingDueDate, ParsedFilter, RecordedTransition } from '@pacte/domain';

registerConstraintMessages({
  uq_agreement_amendments_number: {
    field: 'number',
    message: 'Ce numéro d’avenant existe déjà pour cette convention.',
  },
  fk_agreement_amendments_agreement: { field: 'agreementId', message: 'Convention inconnue.' },
  fk_agreement_obligations_agreement: { field: 'agreementId', message: 'Convention inconnue.' },
  fk_agreement_obligations_party: { field: 'partyOrganisationId', message: 'Organisation inconnue.' },
  fk_agreement_obligations_evidence: { field: 'evidenceDocumentId', message: 'Document inconnu.' },
  fk_agreement_meetings_agreement: { field: 'agreementId', message: 'Convention inconnue.' },
  fk_agreement_documents_agreement: { field: 'agreementId', message: 'Convention inconnue.' },
});

/**
 * Amendments, obligations and meetings are parts of an agreement: simple-rest resources of their own
 * (react-admin's ReferenceManyField lists them by `agreementId`), guarded by `agreements:read|write`.
 */

const agreementReference = `(SELECT a.reference FROM agreements a WHERE a.id = r.agreement_id)`;

export const amendmentsResource: ResourceDefinition = {
  name: 'agreement-amendments',
  permission: 'agreements',
  label: 'Avenant',
  entity: AgreementAmendment,
  list: {
    sortable: ['number', 'date', 'createdAt'],
    defaultSort: ['number', 'ASC'],
    filters: { id: { type: 'uuid' }, agreementId: { type: 'uuid' }, number: { type: 'integer' } },
  },
  computed: { agreementReference },
};

export const obligationsResource: ResourceDefinition = {
  name: 'agreement-obligations',
  permission: 'agreements',
  label: 'Engagement',
  entity: AgreementObligation,
  search: `f_unaccent(r.description || ' ' || coalesce(r.notes, ''))`,
  list: {
    sortable: ['dueDate', 'status', 'effectiveStatus', 'createdAt'],
    defaultSort: ['dueDate', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      agreementId: { type: 'uuid' },
      partyOrganisationId: { type: 'uuid' },
      status: { type: 'enum', values: RECORDED_OBLIGATION_STATUSES },
      effectiveStatus: { type: 'enum', values: OBLIGATION_STATUSES },
      dueDate: { type: 'date', range: true },
      // true: only the obligations of agreements that have not ended (expired or terminated) today.
      agreementCurrent: { type: 'boolean' },
    },
  },
  computed: {
    // « en retard » as of today in Paris (the connection's time zone), filterable in SQL.
    effectiveStatus: `CASE WHEN r.status = 'done' THEN 'done' WHEN r.due_date < current_date THEN 'overdue' ELSE 'todo' END`,
    agreementReference,
  },
};

export const meetingsResource: ResourceDefinition = {
  name: 'agreement-meetings',
  permission: 'agreements',
  label: 'Réunion de suivi',
  entity: AgreementMeeting,
  list: {
    sortable: ['nextDate', 'title', 'recurrence', 'createdAt'],
    defaultSort: ['nextDate', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      agreementId: { type: 'uuid' },
      recurrence: { type: 'enum', values: RECURRENCES },
      nextDate: { type: 'date', range: true },
    },
  },
  computed: { agreementReference },
};

export const documentsResource: ResourceDefinition = {
  name: 'agreement-documents',
  label: 'Document',
  entity: AgreementDocument,
  softDelete: true,
  search: `f_unaccent(r.title || ' ' || r.file_name)`,
  list: {
    sortable: ['title', 'kind', 'createdAt', 'sizeBytes'],
    defaultSort: ['createdAt', 'DESC'],
    filters: {
      id: { type: 'uuid' },
      agreementId: { type: 'uuid' },
      kind: { type: 'enum', values: DOCUMENT_KINDS },
    },
  },
  computed: { agreementReference },
};

/** What an amendment may change, and what its before/after snapshots show. */
const AMENDABLE = [
  'effectiveDate',
  'endDate',
  'durationValue',
  'durationUnit',
  'renewal',
  'renewalPeriodValue',
  'renewalPeriodUnit',
  'noticePeriodValue',
  'noticePeriodUnit',
  'totalAmountCents',
  'paymentSchedule',
] as const;

function snapshot(agreement: Row, asOf: string): Record<string, unknown> {
  const fields = Object.fromEntries(
    AMENDABLE.map((f) => [f, agreement[f] === undefined ? null : agreement[f]]),
  );
  if (fields.totalAmountCents !== null) fields.totalAmountCents = Number(fields.totalAmountCents);
  const s = agreementSituation(
    termsInputOf(agreement),
    (agreement.transitionLog as RecordedTransition[]) ?? [],
    ((agreement.renewalTerms as string[]) ?? []).map((termEnd) => ({ termEnd })),
    asOf,
  );
  return {
    ...fields,
    currentTermEnd: s.currentTermEnd,
    terminationNoticeDeadline: s.terminationNoticeDeadline,
    status: s.status,
  };
}

/** A part of an agreement whose rules read the agreement itself (its terms, its status today). */
abstract class AgreementPartService extends CrudService {
  constructor(
    definition: ResourceDefinition,
    dataSource: DataSource,
    audit: AuditService,
    protected readonly agreements: AgreementsService,
  ) {
    super(definition, dataSource, audit);
  }
}

/**
 * An amendment that changes dates or amounts changes the agreement in the same transaction (the
 * agreement's rules are checked on the result; nothing is saved if they fail) and keeps the agreement's
 * terms before and after.
 */
export class AmendmentsService extends AgreementPartService {
  protected override async prepareCreate(
    values: Values,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    const agreement = await this.agreements.loadForPart(String(values.agreementId), ctx, manager);
    const taken: unknown[] = await manager.query(
      `SELECT 1 FROM agreement_amendments WHERE agreement_id = $1 AND number = $2`,
      [agreement.id, values.number],
    );
    if (taken.length > 0)
      throw DomainError.invalid(
        'number',
        `L’avenant n° ${String(values.number)} existe déjà pour la convention ${String(agreement.reference)}.`,
      );
    const changes = Object.fromEntries(
      Object.entries((values.changes as Values | null) ?? {}).filter(([, v]) => v !== undefined),
    );
    if (Object.keys(changes).length === 0)
      return { ...values, changes: null, beforeSnapshot: null, afterSnapshot: null };

    const today = todayInParis();
    const before = snapshot(agreement, today);
    let checked: Values;
    try {
      checked = await this.agreements.checked(changes, agreement, manager);
    } catch (error) {
      // The agreement's rule broken by the amendment, reported on the amendment's field.
      if (error instanceof DomainError)
        throw invalid(error.fields.map((f) => ({ ...f, field: `changes.${f.field}` })));
      throw error;
    }
    const diff = diffChanges(agreement, checked);
    if (Object.keys(diff).length > 0) {
      await manager
        .createQueryBuilder()
        .update('agreements')
        .set(checked)
        .where('id = :id', { id: agreement.id })
        .execute();
      await this.audit.recordFor(
        ctx,
        {
          action: 'update',
          entityType: 'agreements',
          entityId: String(agreement.id),
          changes: diff,
          details: { amendment: values.number },
        },
        manager,
      );
    }
    const after = snapshot(await this.agreements.load(String(agreement.id), ctx, manager), today);
    return { ...values, changes, beforeSnapshot: before, afterSnapshot: after };
  }
}

export class ObligationsService extends AgreementPartService {
  /** `agreementCurrent`: whether the obligation's agreement is still running today (domain rules). */
  protected override async derivedFilter(
    filter: ParsedFilter,
    ctx: RequestContext,
  ): Promise<SqlFragment | null> {
    if (filter.field !== 'agreementCurrent') return null;
    if (filter.op !== 'eq')
      throw new DomainError('INVALID_QUERY', 'Le filtre « agreementCurrent » vaut true ou false.', [
        { field: 'agreementCurrent', message: 'true ou false.' },
      ]);
    const ended = await this.agreements.endedIds(todayInParis(), ctx);
    return { sql: `${filter.value ? 'NOT ' : ''}(r.agreement_id = ANY($1::uuid[]))`, params: [ended] };
  }

  protected override async prepareCreate(values: Values): Promise<Values> {
    return this.doneDate(values);
  }

  protected override async prepareUpdate(
    values: Values,
    current: Row,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    const updated = this.doneDate(values);
    if (updated.status === 'done' && current.status !== 'done')
      await this.scheduleFollowing({ ...current, ...updated }, ctx, manager);
    return updated;
  }

  /**
   * A recurring obligation done opens the next occurrence, in the same transaction, while the
   * agreement runs. Reopening and closing it again does not open a second one.
   */
  private async scheduleFollowing(
    obligation: Row,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<void> {
    const dueDate = followingDueDate(
      (obligation.dueDate as string | null) ?? null,
      obligation.recurrence as Recurrence,
    );
    if (!dueDate) return;
    const today = todayInParis();
    const agreement = this.agreements.present(
      await this.agreements.load(String(obligation.agreementId), ctx, manager),
      today,
    );
    if (agreement.status === 'expired' || agreement.status === 'terminated') return;
    const next = {
      agreementId: String(obligation.agreementId),
      partyOrganisationId: (obligation.partyOrganisationId as string | null) ?? null,
      description: String(obligation.description),
      recurrence: obligation.recurrence as Recurrence,
      dueDate,
    };
    const existing: unknown[] = await manager.query(
      `SELECT 1 FROM agreement_obligations
        WHERE agreement_id = $1 AND description = $2 AND recurrence = $3 AND due_date = $4`,
      [next.agreementId, next.description, next.recurrence, dueDate],
    );
    if (existing.length > 0) return;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AgreementObligation)
      .values(next)
      .execute();
    await this.audit.recordFor(
      ctx,
      {
        action: 'create',
        entityType: this.name,
        entityId: String(result.identifiers[0].id),
        changes: diffChanges(null, next),
        details: { followsObligation: obligation.id },
      },
      manager,
    );
  }

  /** Marking an obligation done dates it (today unless given); reopening it clears the date. */
  private doneDate(values: Values): Values {
    if (values.status === 'done' && !values.doneOn) return { ...values, doneOn: todayInParis() };
    if (values.status === 'todo') return { ...values, doneOn: null };
    return values;
  }
}

export class MeetingsService extends CrudService {
  protected override toResponse(row: Row): Row {
    return {
      ...row,
      nextOccurrence: nextOccurrence(
        (row.nextDate as string | null) ?? null,
        row.recurrence as Recurrence,
        todayInParis(),
      ),
    };
  }
}
