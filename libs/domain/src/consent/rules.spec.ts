import { birthDateProblem, frenchDay, isCalendarDay, parisDay } from './calendar';
import { detectEvidenceType } from './evidence';
import { versionInForceOn } from './notices';
import { summariseConsents, type PurposeEvent } from './summary';

describe('calendar rules of the residence', () => {
  it('recognises real calendar days only', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-13-01')).toBe(false);
    expect(isCalendarDay('10/11/2026')).toBe(false);
  });

  it('refuses a birth date in the future or before 1900', () => {
    expect(birthDateProblem('1899-12-31', '2026-11-23')).toMatch(/1900/);
    expect(birthDateProblem('2026-11-24', '2026-11-23')).toMatch(/futur/);
    expect(birthDateProblem('1900-01-01', '2026-11-23')).toBeNull();
    expect(birthDateProblem('2026-11-23', '2026-11-23')).toBeNull();
  });

  it('gives the Paris day of an instant, across daylight saving time', () => {
    expect(parisDay('2026-07-10T22:30:00Z')).toBe('2026-07-11');
    expect(parisDay('2026-01-10T22:30:00Z')).toBe('2026-01-10');
  });

  it('writes days the French way', () => {
    expect(frenchDay('2024-07-03')).toBe('03/07/2024');
  });
});

describe('evidence scans', () => {
  const bytes = (...values: Array<number | string>) =>
    Uint8Array.from(
      values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])),
    );

  it('recognises PDF, PNG, JPEG, TIFF and WebP from their first bytes', () => {
    expect(detectEvidenceType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectEvidenceType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(detectEvidenceType(bytes('II', 0x2a, 0))).toBe('image/tiff');
    expect(detectEvidenceType(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('image/webp');
  });

  it('refuses anything else, whatever its name would say', () => {
    expect(detectEvidenceType(bytes('<html>%PDF-'))).toBeNull();
    expect(detectEvidenceType(bytes('MZ', 0x90, 0))).toBeNull();
    expect(detectEvidenceType(bytes('%PD'))).toBeNull();
    expect(detectEvidenceType(new Uint8Array())).toBeNull();
  });
});

describe('versioned notices and templates', () => {
  const versions = [
    { id: 'a', versionLabel: '2024-07', effectiveFrom: '2024-07-03' },
    { id: 'b', versionLabel: '2026-01', effectiveFrom: '2026-01-01' },
  ];

  it('picks the latest version already effective on the day', () => {
    expect(versionInForceOn(versions, '2024-07-02')).toBeNull();
    expect(versionInForceOn(versions, '2024-07-03')?.id).toBe('a');
    expect(versionInForceOn(versions, '2025-12-31')?.id).toBe('a');
    expect(versionInForceOn(versions, '2026-01-01')?.id).toBe('b');
  });
});

describe('residence dashboard figures', () => {
  const event = (
    id: string,
    residentId: string,
    decision: PurposeEvent['decision'],
    decidedAt: string,
    seq: number,
  ): PurposeEvent => ({
    id,
    residentId,
    purposeId: 'siao',
    decision,
    decidedAt,
    seq,
  });

  it('counts undecided residents, this month’s decisions and the consent rate from the ledger', () => {
    const events = [
      event('1', 'anne', 'given', '2026-10-05T10:00:00Z', 1),
      event('2', 'anne', 'withdrawn', '2026-11-02T10:00:00Z', 2),
      event('3', 'bruno', 'given', '2026-11-03T10:00:00Z', 3),
      event('4', 'chloe', 'refused', '2026-11-04T10:00:00Z', 4),
      event('5', 'gone', 'given', '2026-11-05T10:00:00Z', 5),
    ];
    const [summary] = summariseConsents({
      presentResidentIds: ['anne', 'bruno', 'chloe', 'david'],
      purposeIds: ['siao'],
      events,
      today: '2026-11-23',
    });
    expect(summary.withoutDecision).toEqual(['david']);
    expect(summary.active).toBe(1);
    expect(summary.rate).toBeCloseTo(0.25);
    expect(summary.thisMonth).toEqual({ given: 2, refused: 1, withdrawn: 1 });
  });
});
