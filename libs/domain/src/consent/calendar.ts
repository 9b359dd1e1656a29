/** Calendar rules of the residence area. Days are Paris days: a consent given at 23:30 in Dijon counts for that day. */

export const PARIS_TIME_ZONE = 'Europe/Paris';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const parisDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Paris calendar day ('YYYY-MM-DD') an instant falls on. */
export function parisDay(instant: Date | string): string {
  return parisDayFormat.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Whether a 'YYYY-MM-DD' string is a real calendar day (no 31 February). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Why a birth date is not plausible, in French, or null when it is (not before 1900, not after today). */
export function birthDateProblem(birthDate: string, today: string): string | null {
  if (!isCalendarDay(birthDate)) return 'Date invalide (AAAA-MM-JJ).';
  if (birthDate < EARLIEST_BIRTH_DATE)
    return 'La date de naissance ne peut pas être antérieure au 1er janvier 1900.';
  if (birthDate > today) return 'La date de naissance ne peut pas être dans le futur.';
  return null;
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as French readers expect. */
export function frenchDay(day: string): string {
  const match = ISO_DAY.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}
