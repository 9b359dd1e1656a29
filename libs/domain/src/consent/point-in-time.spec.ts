import {
  consentEventProblem,
  decisionInForceAt,
  decisionInForceOn,
  effectiveEvents,
  isConsentActiveOn,
  type LedgerEvent,
} from './point-in-time';

const given = (id: string, decidedAt: string, seq: number, correctsId?: string): LedgerEvent => ({
  id,
  decision: 'given',
  decidedAt,
  seq,
  correctsId,
});
const withdrawn = (id: string, decidedAt: string, seq: number, correctsId?: string): LedgerEvent => ({
  id,
  decision: 'withdrawn',
  decidedAt,
  seq,
  correctsId,
});
const refused = (id: string, decidedAt: string, seq: number, correctsId?: string): LedgerEvent => ({
  id,
  decision: 'refused',
  decidedAt,
  seq,
  correctsId,
});

describe('consent in force on a day (point in time)', () => {
  const giveWithdrawGive = [
    given('g1', '2026-11-10T10:00:00+01:00', 1),
    withdrawn('w1', '2026-11-11T10:00:00+01:00', 2),
    given('g2', '2026-11-20T09:00:00+01:00', 3),
  ];

  it('is inactive before any decision', () => {
    expect(isConsentActiveOn(giveWithdrawGive, '2026-11-09')).toBe(false);
    expect(decisionInForceOn(giveWithdrawGive, '2026-11-09')).toBeNull();
  });

  it('follows give → withdraw → give again day by day', () => {
    expect(isConsentActiveOn(giveWithdrawGive, '2026-11-10')).toBe(true);
    expect(isConsentActiveOn(giveWithdrawGive, '2026-11-11')).toBe(false);
    expect(isConsentActiveOn(giveWithdrawGive, '2026-11-19')).toBe(false);
    expect(isConsentActiveOn(giveWithdrawGive, '2026-11-20')).toBe(true);
    expect(isConsentActiveOn(giveWithdrawGive, '2027-01-01')).toBe(true);
  });

  it('does not depend on the order events are listed in', () => {
    const shuffled = [giveWithdrawGive[2], giveWithdrawGive[0], giveWithdrawGive[1]];
    expect(decisionInForceOn(shuffled, '2026-11-15')?.id).toBe('w1');
  });

  it('counts days in Paris time: a withdrawal at 23:30 in Dijon (22:30 UTC) ends consent that very day', () => {
    const events = [given('g', '2026-11-01T09:00:00Z', 1), withdrawn('w', '2026-11-10T22:30:00Z', 2)];
    expect(isConsentActiveOn(events, '2026-11-10')).toBe(false);
    // 23:30 UTC on 10 November is already 11 November in Paris.
    const late = [given('g', '2026-11-10T23:30:00Z', 1)];
    expect(isConsentActiveOn(late, '2026-11-10')).toBe(false);
    expect(isConsentActiveOn(late, '2026-11-11')).toBe(true);
  });

  it('lets the last decision of a day win, and the recording order break a tie at the same instant', () => {
    const sameDay = [
      given('g', '2026-11-10T09:00:00+01:00', 1),
      withdrawn('w', '2026-11-10T17:00:00+01:00', 2),
    ];
    expect(isConsentActiveOn(sameDay, '2026-11-10')).toBe(false);
    const sameInstant = [
      withdrawn('w', '2026-11-10T09:00:00+01:00', 5),
      given('g', '2026-11-10T09:00:00+01:00', 4),
    ];
    expect(decisionInForceOn(sameInstant, '2026-11-10')?.id).toBe('w');
  });

  it('treats refusal like no consent', () => {
    expect(isConsentActiveOn([refused('r', '2026-11-10T09:00:00+01:00', 1)], '2026-11-12')).toBe(false);
  });

  it('ignores an event once a later event corrects it, for every date', () => {
    // Recorded as given on the 10th by mistake; the correction says he refused that day.
    const events = [
      given('g', '2026-11-10T09:00:00+01:00', 1),
      refused('r', '2026-11-10T09:00:00+01:00', 2, 'g'),
    ];
    expect(effectiveEvents(events).map((e) => e.id)).toEqual(['r']);
    expect(isConsentActiveOn(events, '2026-11-10')).toBe(false);
    // A wrong date corrected: the consent starts on the 12th, not the 10th.
    const redated = [
      given('g', '2026-11-10T09:00:00+01:00', 1),
      given('g2', '2026-11-12T09:00:00+01:00', 2, 'g'),
    ];
    expect(isConsentActiveOn(redated, '2026-11-11')).toBe(false);
    expect(isConsentActiveOn(redated, '2026-11-12')).toBe(true);
  });

  it('finds the decision in force at an instant, to the minute', () => {
    const events = [
      given('g', '2026-11-10T09:00:00+01:00', 1),
      withdrawn('w', '2026-11-10T17:00:00+01:00', 2),
    ];
    expect(decisionInForceAt(events, '2026-11-10T16:59:00+01:00')?.id).toBe('g');
    expect(decisionInForceAt(events, '2026-11-10T17:00:00+01:00')?.id).toBe('w');
  });
});

describe('appending an event to the ledger', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('refuses a decision dated in the future', () => {
    expect(consentEventProblem([], { decision: 'given', decidedAt: '2026-11-24T09:00:00Z' }, now)).toEqual({
      field: 'decidedAt',
      message: expect.stringContaining('futur'),
    });
  });

  it('refuses a withdrawal without a consent given in force at that moment', () => {
    expect(
      consentEventProblem([], { decision: 'withdrawn', decidedAt: '2026-11-10T09:00:00Z' }, now)?.field,
    ).toBe('decision');
    const refusedOnly = [refused('r', '2026-11-01T09:00:00Z', 1)];
    expect(
      consentEventProblem(refusedOnly, { decision: 'withdrawn', decidedAt: '2026-11-10T09:00:00Z' }, now)
        ?.field,
    ).toBe('decision');
    const givenLater = [given('g', '2026-11-12T09:00:00Z', 1)];
    expect(
      consentEventProblem(givenLater, { decision: 'withdrawn', decidedAt: '2026-11-10T09:00:00Z' }, now)
        ?.field,
    ).toBe('decision');
    const alreadyWithdrawn = [
      given('g', '2026-11-01T09:00:00Z', 1),
      withdrawn('w', '2026-11-05T09:00:00Z', 2),
    ];
    expect(
      consentEventProblem(alreadyWithdrawn, { decision: 'withdrawn', decidedAt: '2026-11-10T09:00:00Z' }, now)
        ?.field,
    ).toBe('decision');
  });

  it('accepts a withdrawal of a consent in force, and giving again after it', () => {
    const history = [given('g', '2026-11-01T09:00:00Z', 1)];
    expect(
      consentEventProblem(history, { decision: 'withdrawn', decidedAt: '2026-11-10T09:00:00Z' }, now),
    ).toBeNull();
    const afterWithdrawal = [...history, withdrawn('w', '2026-11-10T09:00:00Z', 2)];
    expect(
      consentEventProblem(afterWithdrawal, { decision: 'given', decidedAt: '2026-11-20T09:00:00Z' }, now),
    ).toBeNull();
  });

  it('refuses a correction of an event outside the history or already corrected', () => {
    const history = [given('g', '2026-11-01T09:00:00Z', 1), refused('r', '2026-11-01T09:00:00Z', 2, 'g')];
    expect(
      consentEventProblem(
        history,
        { decision: 'refused', decidedAt: '2026-11-01T09:00:00Z', correctsId: 'elsewhere' },
        now,
      )?.field,
    ).toBe('correctsId');
    expect(
      consentEventProblem(
        history,
        { decision: 'given', decidedAt: '2026-11-01T09:00:00Z', correctsId: 'g' },
        now,
      )?.message,
    ).toMatch(/déjà été corrigé/);
  });

  it('judges a corrective withdrawal without the event it corrects', () => {
    // The only "given" is the mistaken one being corrected: a withdrawal cannot replace it.
    const history = [given('g', '2026-11-01T09:00:00Z', 1)];
    expect(
      consentEventProblem(
        history,
        { decision: 'withdrawn', decidedAt: '2026-11-02T09:00:00Z', correctsId: 'g' },
        now,
      )?.field,
    ).toBe('decision');
  });

  it('refuses an unreadable date', () => {
    expect(consentEventProblem([], { decision: 'given', decidedAt: 'hier' }, now)?.field).toBe('decidedAt');
  });
});
