import { parisDay } from './calendar';
import type { ConsentDecision } from './enums';
import { decisionInForceOn, effectiveEvents, type LedgerEvent } from './point-in-time';

export interface PurposeEvent extends LedgerEvent {
  residentId: string;
  purposeId: string;
}

export interface PurposeSummary {
  purposeId: string;
  /** Present residents without any recorded decision for the purpose. */
  withoutDecision: string[];
  /** Present residents whose consent is in force today. */
  active: number;
  present: number;
  /** active / present, or null when nobody is present. */
  rate: number | null;
  /** Effective events decided this month (Paris), by decision. */
  thisMonth: Record<ConsentDecision, number>;
}

/** The residence dashboard as the API serves it (`GET /api/residence-dashboard`) and the admin reads it. */
export interface ResidenceDashboard {
  today: string;
  residences: Array<{
    id: string;
    name: string;
    present: number;
    purposes: Array<
      Omit<PurposeSummary, 'withoutDecision'> & {
        code: string;
        label: string;
        withoutDecision: Array<{ id: string; fullName: string }>;
      }
    >;
  }>;
  recentWithdrawals: Array<{
    id: string;
    residentId: string;
    residentName: string;
    residenceName: string;
    purposeLabel: string;
    decidedAt: string;
    channel: string | null;
    collectedByName: string;
  }>;
}

/**
 * The residence dashboard's figures for each purpose, from the ledger itself (status is derived,
 * never stored): who has not decided yet, the month's decisions, and the consent rate today.
 */
export function summariseConsents(input: {
  presentResidentIds: readonly string[];
  purposeIds: readonly string[];
  events: readonly PurposeEvent[];
  today: string;
}): PurposeSummary[] {
  const month = input.today.slice(0, 7);
  return input.purposeIds.map((purposeId) => {
    const events = input.events.filter((e) => e.purposeId === purposeId);
    const byResident = new Map<string, PurposeEvent[]>();
    for (const event of events)
      byResident.set(event.residentId, [...(byResident.get(event.residentId) ?? []), event]);
    const withoutDecision = input.presentResidentIds.filter(
      (id) => effectiveEvents(byResident.get(id) ?? []).length === 0,
    );
    const active = input.presentResidentIds.filter(
      (id) => decisionInForceOn(byResident.get(id) ?? [], input.today)?.decision === 'given',
    ).length;
    const thisMonth: Record<ConsentDecision, number> = { given: 0, refused: 0, withdrawn: 0 };
    for (const [, history] of byResident) {
      for (const event of effectiveEvents(history))
        if (parisDay(event.decidedAt).slice(0, 7) === month) thisMonth[event.decision] += 1;
    }
    const present = input.presentResidentIds.length;
    return {
      purposeId,
      withoutDecision,
      active,
      present,
      rate: present > 0 ? active / present : null,
      thisMonth,
    };
  });
}
