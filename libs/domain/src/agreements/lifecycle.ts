import { DomainError } from '../errors';

/**
 * An agreement's life: draft → approved (by deliberation) → signed → in_force → expired | terminated.
 * A renewal keeps it in force and records a new term (see terms.ts), it is not a transition.
 */
export const AGREEMENT_STATES = ['draft', 'approved', 'signed', 'in_force', 'expired', 'terminated'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];
export const AGREEMENT_STATE_LABELS: Record<AgreementState, string> = {
  draft: 'Projet',
  approved: 'Approuvée',
  signed: 'Signée',
  in_force: 'En vigueur',
  expired: 'Expirée',
  terminated: 'Résiliée',
};

/**
 * Allowed transitions. An agreement signed under a standing delegation (CCAS–ADOMA: signed by the
 * vice-president on the board's general delegation) needs no deliberation of its own, hence draft → signed.
 * A signed agreement may be terminated before it takes effect.
 */
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementState, readonly AgreementState[]>> = {
  draft: ['approved', 'signed'],
  approved: ['signed'],
  signed: ['in_force', 'terminated'],
  in_force: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

export function isAgreementState(value: unknown): value is AgreementState {
  return typeof value === 'string' && (AGREEMENT_STATES as readonly string[]).includes(value);
}

export function canTransition(from: AgreementState, to: AgreementState): boolean {
  return AGREEMENT_TRANSITIONS[from].includes(to);
}

export interface TransitionRequest {
  from: AgreementState;
  to: AgreementState;
  reason: string | null | undefined;
  deliberationId?: string | null;
  /** Effective date of the new state. */
  date: string;
  /** Effective date of the current state, if dated: a transition cannot take effect before it. */
  previousDate?: string | null;
}

/** Refuses a transition the state machine does not allow, with a French message. */
export function assertTransition(request: TransitionRequest): void {
  const { from, to } = request;
  if (!canTransition(from, to)) {
    const allowed = AGREEMENT_TRANSITIONS[from].map((s) => `« ${AGREEMENT_STATE_LABELS[s]} »`).join(', ');
    throw new DomainError(
      'INVALID_TRANSITION',
      `Passage impossible de « ${AGREEMENT_STATE_LABELS[from]} » à « ${AGREEMENT_STATE_LABELS[to]} »${allowed ? ` ; possible : ${allowed}` : ' : état final'}.`,
      [{ field: 'to', message: 'Transition non autorisée.' }],
    );
  }
  if (!request.reason || !request.reason.trim())
    throw DomainError.invalid('reason', 'Indiquez le motif du changement d’état.');
  if (to === 'approved' && !request.deliberationId) {
    throw DomainError.invalid(
      'deliberationId',
      'Une approbation se fait par délibération : indiquez laquelle.',
    );
  }
  if (request.previousDate && request.date < request.previousDate) {
    throw DomainError.invalid('date', 'La date d’effet précède celle de l’état actuel.');
  }
}

/** The recorded state at a date: the last transition in effect on that day (undated ones count from the start). */
export function stateAt(
  transitions: ReadonlyArray<{ to: AgreementState; date: string | null }>,
  asOf: string,
): AgreementState {
  let state: AgreementState = 'draft';
  for (const t of transitions) {
    if (t.date !== null && t.date > asOf) break;
    state = t.to;
  }
  return state;
}
