import { DatePrecision } from '../normalize/dates';
import type { PreparedData } from '../normalize/prepare';

/** Bounds of the correction, in bits: a frequent full name may cost up to a common name's penalty. */
const MAX_PENALTY = 5;
const MAX_BONUS = 2;
/** Corrections smaller than this are left out: they change no decision, and would clutter explanations. */
const NEGLIGIBLE = 0.05;
/**
 * Pairs added on each side of the ratio, shrinking it towards independence: a full name borne by a
 * few persons, or by many lines of one person whose dates hold slips, keeps the weight of its two
 * names. With one pair, FEBRL 3 and Splink's fake_1000 lost true pairs; with four they do not, and
 * Mamadou Diallo still loses 1.6 bits at 100k records.
 */
const SHRINK = 4;
const YEAR_BASE = 1800;
const YEAR_SPAN = 256;

/** Day of the year as month * 32 + day: its count of values. */
const DAYS = 13 * 32;

/**
 * Birth year of each record as a slot 1…YEAR_SPAN and day of the year as `month * 32 + day`, for
 * full dates only (0 otherwise): a year alone or a conventional 01/01 cannot tell two persons apart.
 */
function dateKeys(data: PreparedData): { slots: Uint16Array; days: Uint16Array } {
  const slots = new Uint16Array(data.size);
  const days = new Uint16Array(data.size);
  for (let i = 0; i < data.size; i++) {
    const offset = data.year[i] - YEAR_BASE;
    if (data.precision[i] !== DatePrecision.Full || offset < 0 || offset >= YEAR_SPAN) continue;
    slots[i] = offset + 1;
    days[i] = data.month[i] * 32 + data.day[i];
  }
  return { slots, days };
}

/** The values of `column` (string ids, -1: absent) renumbered 0…count-1 in order of appearance, and their count. */
function denseIds(column: Int32Array, stringCount: number): [Int32Array, number] {
  const renumbered = new Int32Array(stringCount).fill(-1);
  const ids = new Int32Array(column.length);
  let count = 0;
  for (let i = 0; i < column.length; i++) {
    const value = column[i];
    if (value < 0) ids[i] = -1;
    else {
      if (renumbered[value] < 0) renumbered[value] = count++;
      ids[i] = renumbered[value];
    }
  }
  return [ids, count];
}

/** `order` sorted (stably) by `keys[i] + 1`, from 0 (key -1: absent) to `keyCount`. */
function sortedBy(order: Int32Array, keys: ArrayLike<number>, keyCount: number): Int32Array {
  const starts = new Int32Array(keyCount + 2);
  for (let k = 0; k < order.length; k++) starts[keys[order[k]] + 2]++;
  for (let key = 1; key < starts.length; key++) starts[key] += starts[key - 1];
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) sorted[starts[keys[order[k]] + 1]++] = order[k];
  return sorted;
}

/**
 * Calls `visit(start, end)` for each run of `order` whose records share their value of `key` (and of
 * `second`, when given), skipping the records where one is absent (-1).
 */
function runs(
  order: Int32Array,
  key: Int32Array,
  second: Int32Array | undefined,
  visit: (start: number, end: number) => void,
): void {
  for (let start = 0; start < order.length;) {
    const value = key[order[start]];
    const other = second ? second[order[start]] : 0;
    let end = start + 1;
    while (end < order.length && key[order[end]] === value && (!second || second[order[end]] === other))
      end++;
    if (value >= 0 && other >= 0) visit(start, end);
    start = end;
  }
}

/**
 * Pairs of records with a year slot born more than a year apart among `order[start…end)`, sorted by
 * year slot (records without one first): all their pairs, less those within a year (by a window).
 */
function pairsYearsApart(order: Int32Array, slots: Uint16Array, start: number, end: number): number {
  let first = start;
  while (first < end && slots[order[first]] === 0) first++;
  let near = 0;
  for (let k = first, low = first; k < end; k++) {
    while (slots[order[k]] - slots[order[low]] > 1) low++;
    near += k - low;
  }
  const n = end - first;
  return (n * (n - 1)) / 2 - near;
}

/**
 * The records in two orders whose runs of keys are the same (both sorted by the same keys first):
 * then by year, and then by day of the year and year.
 */
interface Orders {
  byYear: Int32Array;
  byDay: Int32Array;
}

function sortedOrders(orders: Orders, key: Int32Array, keyCount: number): Orders {
  return { byYear: sortedBy(orders.byYear, key, keyCount), byDay: sortedBy(orders.byDay, key, keyCount) };
}

/**
 * Pairs of the run [start, end) born more than a year apart on another day of the year. A person
 * whose date has one slip differs in the year or in the day, seldom in both: these are distinct
 * persons, even when files hold several lines of each.
 */
function distinctPairs(
  orders: Orders,
  dates: ReturnType<typeof dateKeys>,
  start: number,
  end: number,
): number {
  let pairs = pairsYearsApart(orders.byYear, dates.slots, start, end);
  // Less those born on the same day and month.
  for (let from = start; from < end;) {
    const day = dates.days[orders.byDay[from]];
    let to = from + 1;
    while (to < end && dates.days[orders.byDay[to]] === day) to++;
    if (day > 0) pairs -= pairsYearsApart(orders.byDay, dates.slots, from, to);
    from = to;
  }
  return pairs;
}

/** Per value of `key`, its distinct pairs (`orders` sorted by key first). */
function distinctPairsByValue(
  orders: Orders,
  key: Int32Array,
  dates: ReturnType<typeof dateKeys>,
  keyCount: number,
): Float64Array {
  const pairs = new Float64Array(keyCount);
  runs(orders.byYear, key, undefined, (start, end) => {
    pairs[key[orders.byYear[start]]] = distinctPairs(orders, dates, start, end);
  });
  return pairs;
}

/**
 * Names run in origins and families (Mamadou with Diallo, Jean with Martin), so two distinct persons
 * share a full name more often than the two names' frequencies multiplied say, and an exact
 * agreement on both is weaker evidence than the sum of the two adjustments.
 *
 * Measured on the pairs of records with full dates born more than a year apart and on another day
 * of the year, nearly all of them distinct persons (one slip in a date changes one or the other, and
 * a file may hold many lines of one person): for each full name, the pairs sharing it (observed)
 * against the pairs sharing its given name times those sharing its surname, over all such pairs
 * (expected if independent). Pairs share a value with probability p², so the ratio is the square of
 * the one on frequencies and half its log is the correction, shrunk towards independence (`SHRINK`).
 *
 * Returns, for each record, the bits added to an exact agreement on its given name and surname
 * (records without a full date get the correction of their full name too).
 */
export function fullNameCorrections(data: PreparedData): Float32Array {
  // Dense ids: counting sorts over the few thousand given names and surnames, not every string.
  const [first, givenNames] = denseIds(data.first.compact, data.strings.length);
  const [last, surnames] = denseIds(data.last.compact, data.strings.length);
  const dates = dateKeys(data);
  const records = new Int32Array(data.size);
  for (let i = 0; i < data.size; i++) records[i] = i;
  const byYear = sortedBy(records, dates.slots, YEAR_SPAN + 1);
  const all: Orders = { byYear, byDay: sortedBy(byYear, dates.days, DAYS) };
  const bySurname = sortedOrders(all, last, surnames);
  const byFullName = sortedOrders(bySurname, first, givenNames);
  const surnamePairs = distinctPairsByValue(bySurname, last, dates, surnames);
  const givenNamePairs = distinctPairsByValue(sortedOrders(all, first, givenNames), first, dates, givenNames);
  const allPairs = distinctPairs(all, dates, 0, data.size);

  const corrections = new Float32Array(data.size);
  if (allPairs <= 0) return corrections;
  const order = byFullName.byYear;
  runs(order, first, last, (start, end) => {
    const record = order[start];
    const observed = distinctPairs(byFullName, dates, start, end);
    const expected = (givenNamePairs[first[record]] * surnamePairs[last[record]]) / allPairs;
    const bits = -0.5 * Math.log2((observed + SHRINK) / (expected + SHRINK));
    const bounded = Math.abs(bits) < NEGLIGIBLE ? 0 : Math.min(MAX_BONUS, Math.max(-MAX_PENALTY, bits));
    for (let k = start; k < end; k++) corrections[order[k]] = bounded;
  });
  return corrections;
}
