import { addDays, addMonths, IsoDate } from './dates';

/** A duration as agreements state it: « 1 an », « 2 mois », « 15 jours ». */
export const PERIOD_UNITS = ['days', 'months', 'years'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const PERIOD_UNIT_LABELS: Record<PeriodUnit, string> = {
  days: 'jour(s)',
  months: 'mois',
  years: 'an(s)',
};

export interface Period {
  value: number;
  unit: PeriodUnit;
}

export function isPeriodUnit(value: unknown): value is PeriodUnit {
  return typeof value === 'string' && (PERIOD_UNITS as readonly string[]).includes(value);
}

/** Builds a period from two nullable columns; null when either is missing. */
export function periodOf(value: number | null | undefined, unit: string | null | undefined): Period | null {
  return typeof value === 'number' && isPeriodUnit(unit) ? { value, unit } : null;
}

/** Whole months of a month-based period, null for a period in days. */
export function monthsOf(period: Period): number | null {
  return period.unit === 'months' ? period.value : period.unit === 'years' ? period.value * 12 : null;
}

/** `date` + `times` × `period` (calendar arithmetic, month ends clamped). */
export function addPeriod(date: IsoDate, period: Period, times = 1): IsoDate {
  const months = monthsOf(period);
  return months === null ? addDays(date, period.value * times) : addMonths(date, months * times);
}

export function subtractPeriod(date: IsoDate, period: Period): IsoDate {
  return addPeriod(date, period, -1);
}

/** The last day of a period starting on `start`: 24/05/2023 + 1 an → 23/05/2024. */
export function periodEnd(start: IsoDate, period: Period): IsoDate {
  return addDays(addPeriod(start, period), -1);
}

export function describePeriod(period: Period): string {
  if (period.unit === 'months') return `${period.value} mois`;
  if (period.unit === 'years') return `${period.value} ${period.value > 1 ? 'ans' : 'an'}`;
  return `${period.value} ${period.value > 1 ? 'jours' : 'jour'}`;
}
