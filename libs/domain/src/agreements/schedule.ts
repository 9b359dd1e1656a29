import { addMonths, daysInMonth, IsoDate } from './dates';
import { ObligationStatus, RecordedObligationStatus, Recurrence, RECURRENCE_MONTHS } from './enums';

/**
 * The next occurrence of a recurring meeting or obligation on or after `asOf`: the recorded date,
 * rolled forward by whole recurrences from that anchor (month ends clamped). A one-off date in the
 * past has no next occurrence.
 */
export function nextOccurrence(date: IsoDate | null, recurrence: Recurrence, asOf: IsoDate): IsoDate | null {
  if (!date) return null;
  if (date >= asOf) return date;
  const months = RECURRENCE_MONTHS[recurrence];
  if (months === null) return null;
  let k = 1;
  let next = addMonths(date, months);
  while (next < asOf) {
    k += 1;
    next = addMonths(date, months * k);
  }
  return next;
}

/**
 * The due date of the occurrence that follows a recurring obligation's, once that one is done: one
 * recurrence after its own due date (not after the day it was done, so a late report does not shift
 * the calendar). A due date at the end of its month stays at month end (the half-year report of
 * 30 June is due next on 31 December, a monthly one of 31 January on 28 February then 31 March):
 * without that, each short month would move the series a few days earlier for good. None for a
 * one-off obligation or one without a date.
 */
export function followingDueDate(dueDate: IsoDate | null, recurrence: Recurrence): IsoDate | null {
  const months = RECURRENCE_MONTHS[recurrence];
  if (!dueDate || months === null) return null;
  const next = addMonths(dueDate, months);
  if (dueDate !== endOfMonth(dueDate)) return next;
  return endOfMonth(next);
}

function endOfMonth(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number);
  return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** « en retard » is not recorded: it is an obligation not done whose due date has passed. */
export function obligationStatus(
  recorded: RecordedObligationStatus,
  dueDate: IsoDate | null,
  asOf: IsoDate,
): ObligationStatus {
  if (recorded === 'done') return 'done';
  return dueDate && dueDate < asOf ? 'overdue' : 'todo';
}
