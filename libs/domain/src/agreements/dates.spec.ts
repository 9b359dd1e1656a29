import {
  addDays,
  addMonths,
  addPeriod,
  daysBetween,
  isIsoDate,
  periodEnd,
  subtractPeriod,
  todayIn,
} from '../index';

describe('calendar date arithmetic', () => {
  it('clamps 31 January + 1 month to the end of February, 28th in a common year and 29th in a leap year', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('clamps 31 March + 1 month to 30 April and 31 August − 6 months to 28/29 February', () => {
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', -6)).toBe('2025-02-28');
  });

  it('adds one year to 29 February 2024 giving 28 February 2025, and four years giving 29 February 2028', () => {
    expect(addPeriod('2024-02-29', { value: 1, unit: 'years' })).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', { value: 4, unit: 'years' })).toBe('2028-02-29');
  });

  it('crosses year boundaries in both directions', () => {
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('gives the last day of a period: 24/05/2023 + 1 year ends on 23/05/2024', () => {
    expect(periodEnd('2023-05-24', { value: 1, unit: 'years' })).toBe('2024-05-23');
    expect(periodEnd('2023-01-31', { value: 1, unit: 'months' })).toBe('2023-02-27');
    expect(periodEnd('2024-01-01', { value: 15, unit: 'days' })).toBe('2024-01-15');
  });

  it('subtracts a notice period of 2 months from a month end', () => {
    expect(subtractPeriod('2027-04-30', { value: 2, unit: 'months' })).toBe('2027-02-28');
    expect(subtractPeriod('2028-04-30', { value: 2, unit: 'months' })).toBe('2028-02-29');
  });

  it('counts days between dates across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-23', '2027-05-23')).toBe(181);
    expect(daysBetween('2027-05-23', '2026-11-23')).toBe(-181);
  });

  it('recognises real ISO dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('23/05/2027')).toBe(false);
  });

  it("takes today's date in Paris, which is already tomorrow at 23:30 UTC in summer", () => {
    expect(todayIn('Europe/Paris', new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayIn('Europe/Paris', new Date('2026-11-23T12:00:00Z'))).toBe('2026-11-23');
  });
});
