import { AGREEMENT_STATES, assertTransition, canTransition, DomainError, stateAt } from '../index';

describe('agreement lifecycle state machine', () => {
  it('follows draft → approved → signed → in force → expired or terminated', () => {
    expect(canTransition('draft', 'approved')).toBe(true);
    expect(canTransition('approved', 'signed')).toBe(true);
    expect(canTransition('signed', 'in_force')).toBe(true);
    expect(canTransition('in_force', 'expired')).toBe(true);
    expect(canTransition('in_force', 'terminated')).toBe(true);
  });

  it('refuses going back and leaving a final state', () => {
    expect(canTransition('signed', 'draft')).toBe(false);
    expect(canTransition('in_force', 'approved')).toBe(false);
    for (const to of AGREEMENT_STATES) {
      expect(canTransition('expired', to)).toBe(false);
      expect(canTransition('terminated', to)).toBe(false);
    }
  });

  it('refuses a forbidden transition with a French message naming the allowed ones', () => {
    const attempt = () =>
      assertTransition({ from: 'draft', to: 'in_force', reason: 'test', date: '2026-01-01' });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(
      /Passage impossible de « Projet » à « En vigueur » ; possible : « Approuvée », « Signée »/,
    );
  });

  it('requires a reason, and a deliberation for an approval', () => {
    expect(() => assertTransition({ from: 'draft', to: 'signed', reason: ' ', date: '2026-01-01' })).toThrow(
      /motif/,
    );
    expect(() =>
      assertTransition({ from: 'draft', to: 'approved', reason: 'CA', date: '2026-01-01' }),
    ).toThrow(/délibération/);
    expect(() =>
      assertTransition({
        from: 'draft',
        to: 'approved',
        reason: 'CA',
        date: '2026-01-01',
        deliberationId: 'x',
      }),
    ).not.toThrow();
  });

  it('refuses a transition taking effect before the current state', () => {
    expect(() =>
      assertTransition({
        from: 'signed',
        to: 'in_force',
        reason: 'exécutoire',
        date: '2009-07-01',
        previousDate: '2009-07-17',
      }),
    ).toThrow(/précède/);
  });

  it('reads the recorded state at a date from dated and undated transitions', () => {
    const transitions = [
      { to: 'signed' as const, date: null },
      { to: 'in_force' as const, date: '2023-06-01' },
      { to: 'terminated' as const, date: '2024-01-15' },
    ];
    expect(stateAt([], '2024-01-01')).toBe('draft');
    expect(stateAt(transitions, '2023-05-01')).toBe('signed');
    expect(stateAt(transitions, '2023-06-01')).toBe('in_force');
    expect(stateAt(transitions, '2024-01-15')).toBe('terminated');
  });
});
