import type { PreparedData } from '../normalize/prepare';

/** Bounds of the correction, in bits: a frequent full name may cost up to a common name's penalty. */
const MAX_PENALTY = 5;
const MAX_BONUS = 2;
/** Corrections smaller than this are left out: they change no decision, and would clutter explanations. */
const NEGLIGIBLE = 0.05;
const YEAR_BASE = 1800;
const YEAR_SPAN = 256;

/** Birth year of each record as a slot 1…YEAR_SPAN, 0 when absent or out of range. */
function yearSlots(data: PreparedData): Uint16Array {
  const slots = new Uint16Array(data.size);
  for (let i = 0; i < data.size; i++) {
    const offset = data.year[i] - YEAR_BASE;
    if (data.year[i] > 0 && offset >= 0 && offset < YEAR_SPAN) slots[i] = offset + 1;
  }
  return slots;
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
 * Pairs of dated records born more than a year apart among `order[start…end)`, sorted by year slot
 * (undated records first): all pairs of dated records, less those within a year (by a window).
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

/** Per value of `key`, the pairs of its records born more than a year apart (`order` sorted by key, then year). */
function apartByValue(
  order: Int32Array,
  key: Int32Array,
  slots: Uint16Array,
  keyCount: number,
): Float64Array {
  const apart = new Float64Array(keyCount);
  runs(
    order,
    key,
    undefined,
    (start, end) => (apart[key[order[start]]] = pairsYearsApart(order, slots, start, end)),
  );
  return apart;
}

/**
 * Names run in origins and families (Mamadou with Diallo, Jean with Martin), so two distinct persons
 * share a full name more often than the two names' frequencies multiplied say, and an exact
 * agreement on both is weaker evidence than the sum of the two adjustments.
 *
 * Measured on the pairs of dated records born more than a year apart, nearly all of them distinct
 * persons: for each full name, the pairs sharing it (observed) against the pairs sharing its given
 * name times those sharing its surname, over all such pairs (expected if independent). Pairs share a
 * value with probability p², so the ratio is the square of the one on frequencies and half its log
 * is the correction. Shrunk towards independence by one pair on each side, so that a rare full name,
 * seen on one person only, keeps the weight of its two names.
 *
 * Returns, for each record, the bits added to an exact agreement on its given name and surname
 * (records without a date get the correction of their full name too).
 */
export function fullNameCorrections(data: PreparedData): Float32Array {
  const keyCount = data.strings.length;
  const first = data.first.compact;
  const last = data.last.compact;
  const slots = yearSlots(data);
  const records = new Int32Array(data.size);
  for (let i = 0; i < data.size; i++) records[i] = i;
  const byYear = sortedBy(records, slots, YEAR_SPAN + 1);
  const byLast = sortedBy(byYear, last, keyCount);
  const byFullName = sortedBy(byLast, first, keyCount);
  const lastApart = apartByValue(byLast, last, slots, keyCount);
  const firstApart = apartByValue(sortedBy(byYear, first, keyCount), first, slots, keyCount);
  const allApart = pairsYearsApart(byYear, slots, 0, byYear.length);

  const corrections = new Float32Array(data.size);
  if (allApart <= 0) return corrections;
  runs(byFullName, first, last, (start, end) => {
    const record = byFullName[start];
    const observed = pairsYearsApart(byFullName, slots, start, end);
    const expected = (firstApart[first[record]] * lastApart[last[record]]) / allApart;
    const bits = -0.5 * Math.log2((observed + 1) / (expected + 1));
    const bounded = Math.abs(bits) < NEGLIGIBLE ? 0 : Math.min(MAX_BONUS, Math.max(-MAX_PENALTY, bits));
    for (let k = start; k < end; k++) corrections[byFullName[k]] = bounded;
  });
  return corrections;
}
