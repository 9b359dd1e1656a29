import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  AGREEMENT_STATE_LABELS,
  AGREEMENT_STATES,
  DELIBERATION_BODIES,
  DELIBERATION_BODY_LABELS,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  EFFECTIVE_FROM,
  EFFECTIVE_FROM_LABELS,
  OBLIGATION_STATUS_LABELS,
  OBLIGATION_STATUSES,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  PERIOD_UNIT_LABELS,
  PERIOD_UNITS,
  RECURRENCE_LABELS,
  RECURRENCES,
  RENEWAL_MODE_LABELS,
  RENEWAL_MODES,
  VOTE_KIND_LABELS,
  VOTE_KINDS,
} from '@pacte/domain';
import { toChoices } from '../common/choices';

export const kindChoices = toChoices(AGREEMENT_KINDS, AGREEMENT_KIND_LABELS);
export const stateChoices = toChoices(AGREEMENT_STATES, AGREEMENT_STATE_LABELS);
export const roleChoices = toChoices(PARTY_ROLES, PARTY_ROLE_LABELS);
export const renewalChoices = toChoices(RENEWAL_MODES, RENEWAL_MODE_LABELS);
export const effectiveFromChoices = toChoices(EFFECTIVE_FROM, EFFECTIVE_FROM_LABELS);
export const unitChoices = toChoices(PERIOD_UNITS, PERIOD_UNIT_LABELS);
export const recurrenceChoices = toChoices(RECURRENCES, RECURRENCE_LABELS);
export const obligationStatusChoices = toChoices(OBLIGATION_STATUSES, OBLIGATION_STATUS_LABELS);
export const documentKindChoices = toChoices(DOCUMENT_KINDS, DOCUMENT_KIND_LABELS);
export const bodyChoices = toChoices(DELIBERATION_BODIES, DELIBERATION_BODY_LABELS);
export const voteChoices = toChoices(VOTE_KINDS, VOTE_KIND_LABELS);
export const withinDaysChoices = [30, 60, 90, 180].map((n) => ({ id: n, name: `${n} jours` }));
