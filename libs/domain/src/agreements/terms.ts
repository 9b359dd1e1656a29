import type { FieldError } from '../errors';
import { addDays, daysBetween, frenchDate, IsoDate, minDate } from './dates';
import type { EffectiveFrom, PartyRole, RenewalMode } from './enums';
import { PARTY_ROLE_LABELS } from './enums';
import { AgreementState, stateAt } from './lifecycle';
import { addPeriod, describePeriod, monthsOf, Period, periodEnd, subtractPeriod } from './periods';

/** What the dates of an agreement depend on. */
export interface AgreementTermsInput {
  signatureDate: IsoDate | null;
  effectiveFrom: EffectiveFrom;
  effectiveDate: IsoDate | null;
  prefectureDepositDate: IsoDate | null;
  endDate: IsoDate | null;
  duration: Period | null;
  renewal: RenewalMode;
  renewalPeriod: Period | null;
  noticePeriod: Period | null;
}

/** A recorded renewal decision (required for an express renewal; optional, for the record, for a tacit one). */
export interface RecordedRenewal {
  termEnd: IsoDate;
}

/** A recorded lifecycle transition with its effective date (null: date unknown, in effect from the start). */
export interface RecordedTransition {
  to: AgreementState;
  date: IsoDate | null;
}

export interface AgreementSituation {
  status: AgreementState;
  effectiveStart: IsoDate | null;
  /** 1 for the initial term, 2 after the first renewal… */
  termNumber: number | null;
  currentTermStart: IsoDate | null;
  currentTermEnd: IsoDate | null;
  /** Last day to give notice so the agreement is not renewed; only for tacit renewal with a notice period. */
  terminationNoticeDeadline: IsoDate | null;
  daysToTermEnd: number | null;
  daysToNoticeDeadline: number | null;
  /** The day the next term would start, when one follows. */
  nextRenewalDate: IsoDate | null;
}

/** The day the agreement takes effect, when known. */
export function effectiveStartOf(
  input: Pick<
    AgreementTermsInput,
    'effectiveFrom' | 'signatureDate' | 'effectiveDate' | 'prefectureDepositDate'
  >,
): IsoDate | null {
  switch (input.effectiveFrom) {
    case 'signature':
      return input.signatureDate;
    case 'date':
      return input.effectiveDate;
    case 'executory':
      // Executory once deposited at the prefecture (and signed: a deposit precedes no signature).
      return input.prefectureDepositDate &&
        input.signatureDate &&
        input.signatureDate > input.prefectureDepositDate
        ? input.signatureDate
        : input.prefectureDepositDate;
  }
}

/** Last day of the initial term: the stated end date, else start + duration − 1 day. */
export function initialTermEnd(
  input: AgreementTermsInput,
  start: IsoDate | null = effectiveStartOf(input),
): IsoDate | null {
  if (input.endDate) return input.endDate;
  if (start && input.duration) return periodEnd(start, input.duration);
  return null;
}

interface Term {
  start: IsoDate | null;
  end: IsoDate | null;
  number: number;
}

/**
 * The term in effect on `asOf`. Recorded renewals extend the initial term one after another; a tacit
 * renewal then rolls terms forward, each `renewalPeriod` long. Boundaries are computed from a fixed
 * anchor (not term by term) so that month-end clamping never drifts: 31/01 + 1, 2, 3 months gives
 * 28/02, 31/03, 30/04 — not 28/02, 28/03, 28/04.
 */
function termAt(
  input: AgreementTermsInput,
  renewals: readonly RecordedRenewal[],
  asOf: IsoDate,
  stopRollingAt: IsoDate | null,
): Term {
  const start = effectiveStartOf(input);
  const firstEnd = initialTermEnd(input, start);
  let term: Term = { start, end: firstEnd, number: 1 };
  if (!firstEnd) return term;
  for (const renewal of renewals) {
    if (term.end && renewal.termEnd > term.end && asOf > term.end) {
      term = { start: addDays(term.end, 1), end: renewal.termEnd, number: term.number + 1 };
    }
  }
  if (input.renewal !== 'tacit' || !input.renewalPeriod || !term.end || asOf <= term.end) return term;
  if (stopRollingAt && stopRollingAt <= addDays(term.end, 1)) return term;

  const period = input.renewalPeriod;
  const durationMonths = input.duration ? monthsOf(input.duration) : null;
  const periodMonths = monthsOf(period);
  // Anchor on the start when the whole schedule is in months from a duration; otherwise on the first renewal day.
  const anchoredOnStart =
    renewals.length === 0 &&
    !input.endDate &&
    start !== null &&
    durationMonths !== null &&
    periodMonths !== null;
  const base = term;
  const firstRenewalDay = addDays(base.end as IsoDate, 1);
  const boundary = (j: number): IsoDate =>
    anchoredOnStart
      ? addPeriod(start as IsoDate, {
          value: (durationMonths as number) + j * (periodMonths as number),
          unit: 'months',
        })
      : addPeriod(firstRenewalDay, period, j);
  let j = 1;
  let termStart = firstRenewalDay;
  let termEnd = addDays(boundary(j), -1);
  // A 1-day tacit period over a century is 36 500 steps: bounded, and never reached in practice.
  while (asOf > termEnd && j < 100_000) {
    if (stopRollingAt && stopRollingAt <= addDays(termEnd, 1)) break;
    j += 1;
    termStart = addDays(termEnd, 1);
    termEnd = addDays(boundary(j), -1);
  }
  return { start: termStart, end: termEnd, number: base.number + j };
}

/**
 * Status and dates of an agreement as of a day. The recorded state (transitions) says how far the
 * agreement went; the dates say the rest: a signed agreement is in force from its effective start,
 * an agreement in force expires after its current term unless renewed, a scheduled termination
 * (or non-renewal) takes effect on its date.
 */
export function agreementSituation(
  input: AgreementTermsInput,
  transitions: readonly RecordedTransition[],
  renewals: readonly RecordedRenewal[],
  asOf: IsoDate,
): AgreementSituation {
  const recorded = stateAt(transitions, asOf);
  // A termination or non-renewal recorded with a later effective date: the agreement ends then.
  const scheduledEnd =
    transitions.find((t) => (t.to === 'terminated' || t.to === 'expired') && t.date !== null && t.date > asOf)
      ?.date ?? null;
  const start = effectiveStartOf(input);
  const term = termAt(input, renewals, asOf, scheduledEnd);
  const currentTermEnd = term.end && scheduledEnd ? minDate(term.end, addDays(scheduledEnd, -1)) : term.end;

  let status: AgreementState = recorded;
  if (recorded === 'signed' || recorded === 'in_force') {
    if (currentTermEnd && asOf > currentTermEnd) status = 'expired';
    else if (recorded === 'signed') status = start && start <= asOf ? 'in_force' : 'signed';
  }

  const live = status === 'signed' || status === 'in_force';
  const renewsNext =
    live &&
    !scheduledEnd &&
    input.renewal === 'tacit' &&
    input.renewalPeriod !== null &&
    currentTermEnd !== null;
  const deadline =
    renewsNext && input.noticePeriod ? subtractPeriod(currentTermEnd as IsoDate, input.noticePeriod) : null;
  return {
    status,
    effectiveStart: start,
    termNumber: term.end || term.start ? term.number : null,
    currentTermStart: term.start,
    currentTermEnd,
    terminationNoticeDeadline: deadline,
    daysToTermEnd: live && currentTermEnd ? daysBetween(asOf, currentTermEnd) : null,
    daysToNoticeDeadline: deadline ? daysBetween(asOf, deadline) : null,
    nextRenewalDate: renewsNext ? addDays(currentTermEnd as IsoDate, 1) : null,
  };
}

/** The default end of an express renewal being recorded: one renewal period (else the initial duration) after the current term. */
export function proposedRenewalEnd(input: AgreementTermsInput, currentTermEnd: IsoDate): IsoDate | null {
  const period = input.renewalPeriod ?? input.duration;
  return period ? periodEnd(addDays(currentTermEnd, 1), period) : null;
}

export interface PartyInput {
  organisationId: string;
  role: PartyRole;
  organisationName?: string;
}

/** Every rule an agreement's dates, renewal and parties must satisfy; empty when valid. Messages in French. */
export function agreementProblems(
  input: AgreementTermsInput & { parties?: readonly PartyInput[] | null },
): FieldError[] {
  const problems: FieldError[] = [];
  const start = effectiveStartOf(input);
  if (input.effectiveFrom === 'date' && !input.effectiveDate) {
    problems.push({ field: 'effectiveDate', message: 'Indiquez la date de prise d’effet.' });
  }
  if (input.endDate && start && input.endDate < start) {
    problems.push({
      field: 'endDate',
      message: `La date de fin (${frenchDate(input.endDate)}) précède la date de début (${frenchDate(start)}).`,
    });
  }
  if (
    input.endDate &&
    input.signatureDate &&
    input.endDate < input.signatureDate &&
    !(start && input.endDate < start)
  ) {
    problems.push({
      field: 'endDate',
      message: `La date de fin (${frenchDate(input.endDate)}) précède la signature (${frenchDate(input.signatureDate)}).`,
    });
  }
  if (input.duration && input.duration.value <= 0)
    problems.push({ field: 'durationValue', message: 'La durée doit être positive.' });
  if (input.endDate && input.duration && input.duration.value > 0) {
    if (!start) {
      problems.push({
        field: 'durationValue',
        message:
          'Indiquez soit une durée, soit une date de fin : sans date de début connue, les deux ne peuvent être vérifiées.',
      });
    } else {
      const expected = periodEnd(start, input.duration);
      if (expected !== input.endDate) {
        problems.push({
          field: 'endDate',
          message: `Durée et date de fin incohérentes : ${describePeriod(input.duration)} à compter du ${frenchDate(start)} mènent au ${frenchDate(expected)}, pas au ${frenchDate(input.endDate)}.`,
        });
      }
    }
  }
  if (input.renewal === 'tacit' && !input.renewalPeriod) {
    problems.push({
      field: 'renewalPeriodValue',
      message: 'Une tacite reconduction exige une période de renouvellement (par exemple 1 an).',
    });
  }
  if (input.renewalPeriod && input.renewalPeriod.value <= 0)
    problems.push({
      field: 'renewalPeriodValue',
      message: 'La période de renouvellement doit être positive.',
    });
  if (input.renewal !== 'none' && !input.endDate && !input.duration) {
    problems.push({
      field: 'durationValue',
      message: 'Un renouvellement suppose une durée ou une date de fin.',
    });
  }
  if (input.noticePeriod && input.noticePeriod.value < 0)
    problems.push({ field: 'noticePeriodValue', message: 'Le préavis ne peut être négatif.' });
  const seen = new Set<string>();
  for (const [index, party] of (input.parties ?? []).entries()) {
    const key = `${party.organisationId}|${party.role}`;
    if (seen.has(key)) {
      problems.push({
        field: `parties.${index}.role`,
        message: `${party.organisationName ?? 'Cette organisation'} figure déjà avec le rôle « ${PARTY_ROLE_LABELS[party.role]} ».`,
      });
    }
    seen.add(key);
  }
  return problems;
}
