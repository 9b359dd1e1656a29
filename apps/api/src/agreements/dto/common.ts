import { DomainError, isIsoDate } from '@pacte/domain';
import { Rule } from '../../common/crud/dto-helpers';

/** A calendar date 'YYYY-MM-DD' that exists (29/02 only in leap years). */
export const IsCalendarDate = () =>
  Rule('isCalendarDate', (v) => isIsoDate(v), 'Date invalide (AAAA-MM-JJ).');

/** Money in integer cents, never negative nor fractional. */
export const IsCents = () =>
  Rule(
    'isCents',
    (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
    'Montant invalide : un nombre entier de centimes, positif ou nul, est attendu (13 250 € = 1325000).',
  );

/** The `?asOf=YYYY-MM-DD` query parameter, for reproducible reads. */
export function parseAsOf(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!isIsoDate(raw)) throw DomainError.invalid('asOf', 'Date de référence invalide (AAAA-MM-JJ).');
  return raw;
}
