import type { FieldError } from '../errors';
import { parisDay } from './calendar';
import type { ConsentDecision } from './enums';

/**
 * One event of the consent ledger for one resident × purpose × recipient. The ledger is append-only:
 * a mistaken event is not edited but superseded by a later event that names it in `correctsId`.
 */
export interface LedgerEvent {
  id: string;
  decision: ConsentDecision;
  /** When the person decided (an instant), not when the agent typed it. */
  decidedAt: string | Date;
  /** Recording order in the ledger: breaks ties between decisions taken at the same instant. */
  seq: number;
  correctsId?: string | null;
}

const instant = (value: string | Date): number =>
  typeof value === 'string' ? Date.parse(value) : value.getTime();

function byDecisionThenRecording(a: LedgerEvent, b: LedgerEvent): number {
  return instant(a.decidedAt) - instant(b.decidedAt) || a.seq - b.seq;
}

/** The events that still count: those no later event corrects. */
export function effectiveEvents<E extends LedgerEvent>(events: readonly E[]): E[] {
  const corrected = new Set(events.map((e) => e.correctsId).filter((id): id is string => Boolean(id)));
  return events.filter((e) => !corrected.has(e.id));
}

function latest<E extends LedgerEvent>(events: readonly E[], counts: (event: E) => boolean): E | null {
  let found: E | null = null;
  for (const event of effectiveEvents(events)) {
    if (counts(event) && (found === null || byDecisionThenRecording(event, found) > 0)) found = event;
  }
  return found;
}

/** The decision in force at an instant: the latest effective event decided at or before it. */
export function decisionInForceAt<E extends LedgerEvent>(events: readonly E[], at: string | Date): E | null {
  const limit = instant(at);
  return latest(events, (e) => instant(e.decidedAt) <= limit);
}

/** The decision in force on a Paris calendar day ('YYYY-MM-DD'): every decision of that day counts, the last one wins. */
export function decisionInForceOn<E extends LedgerEvent>(events: readonly E[], day: string): E | null {
  return latest(events, (e) => parisDay(e.decidedAt) <= day);
}

/** Consent is active on a day when the decision in force that day is `given` (not refused, not withdrawn). */
export function isConsentActiveOn(events: readonly LedgerEvent[], day: string): boolean {
  return decisionInForceOn(events, day)?.decision === 'given';
}

export interface CandidateEvent {
  decision: ConsentDecision;
  decidedAt: string | Date;
  correctsId?: string | null;
}

/**
 * Why a new event may not be appended to a resident × purpose × recipient history (French, with the
 * field at fault), or null. `now` bounds the decision date: nobody decides in the future.
 */
export function consentEventProblem(
  history: readonly LedgerEvent[],
  candidate: CandidateEvent,
  now: Date,
): FieldError | null {
  const decidedAt = instant(candidate.decidedAt);
  if (Number.isNaN(decidedAt))
    return { field: 'decidedAt', message: 'Date et heure invalides (format ISO 8601 attendu).' };
  if (decidedAt > now.getTime())
    return { field: 'decidedAt', message: 'La date de la décision ne peut pas être dans le futur.' };
  let base = history;
  if (candidate.correctsId) {
    const corrected = history.find((e) => e.id === candidate.correctsId);
    if (!corrected)
      return {
        field: 'correctsId',
        message: 'L’événement à corriger n’appartient pas à cet historique (même résident, même finalité).',
      };
    if (history.some((e) => e.correctsId === candidate.correctsId))
      return { field: 'correctsId', message: 'Cet événement a déjà été corrigé.' };
    base = history.filter((e) => e.id !== candidate.correctsId);
  }
  if (
    candidate.decision === 'withdrawn' &&
    decisionInForceAt(base, candidate.decidedAt)?.decision !== 'given'
  ) {
    return {
      field: 'decision',
      message:
        'Impossible d’enregistrer un retrait : aucun consentement donné n’était en vigueur à cette date.',
    };
  }
  return null;
}
