import { addMonths, IsoDate } from './dates';
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
 * the calendar). None for a one-off obligation or one without a date.
 */
export function followingDueDate(dueDate: IsoDate | null, recurrence: Recurrence): IsoDate | null {
  const months = RECURRENCE_MONTHS[recurrence];
  return dueDate && months !== null ? addMonths(dueDate, months) : null;
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
