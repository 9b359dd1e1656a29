/**
 * A growable list of record pairs (i < j) with the blocking rule that produced each, turned into
 * sorted distinct pairs while remembering which rules produced each pair. The pairs are grouped by
 * their first record with a counting sort, then each (small) group is sorted by second record: no
 * global sort of floating-point codes. Second record and rule are packed as j * 8 + rule.
 */
export class PairBuffer {
  private first = new Uint32Array(1 << 16);
  private packed = new Uint32Array(1 << 16);
  length = 0;

  constructor(readonly size: number) {
    if (size > 2 ** 29) throw new Error('too many records for the pair buffer');
  }

  push(i: number, j: number, rule: number): void {
    if (this.length === this.first.length) {
      const grownFirst = new Uint32Array(this.first.length * 2);
      grownFirst.set(this.first);
      this.first = grownFirst;
      const grownPacked = new Uint32Array(this.packed.length * 2);
      grownPacked.set(this.packed);
      this.packed = grownPacked;
    }
    const low = i < j ? i : j;
    const high = i < j ? j : i;
    this.first[this.length] = low;
    this.packed[this.length++] = high * 8 + rule;
  }

  /** Sorted distinct pairs as two index columns, with the bit mask of the rules that produced each. */
  distinctPairs(): { left: Uint32Array; right: Uint32Array; rules: Uint8Array } {
    const { size, length, first, packed } = this;
    const starts = new Uint32Array(size + 1);
    for (let k = 0; k < length; k++) starts[first[k] + 1]++;
    for (let i = 0; i < size; i++) starts[i + 1] += starts[i];
    const cursor = starts.slice(0, size);
    const grouped = new Uint32Array(length);
    for (let k = 0; k < length; k++) grouped[cursor[first[k]]++] = packed[k];
    this.first = new Uint32Array(0);
    this.packed = new Uint32Array(0);
    this.length = 0;

    let distinct = 0;
    for (let i = 0; i < size; i++) {
      const from = starts[i];
      const to = starts[i + 1];
      if (to - from > 1) sortRange(grouped, from, to);
      for (let k = from; k < to; k++) if (k === from || grouped[k] >>> 3 !== grouped[k - 1] >>> 3) distinct++;
    }
    const left = new Uint32Array(distinct);
    const right = new Uint32Array(distinct);
    const rules = new Uint8Array(distinct);
    let index = -1;
    for (let i = 0; i < size; i++) {
      const to = starts[i + 1];
      let previous = -1;
      for (let k = starts[i]; k < to; k++) {
        const j = grouped[k] >>> 3;
        if (j !== previous) {
          index++;
          previous = j;
          left[index] = i;
          right[index] = j;
        }
        rules[index] |= 1 << (grouped[k] & 7);
      }
    }
    return { left, right, rules };
  }
}

/** Ascending sort of values[from, to): insertion sort for the usual small groups. */
function sortRange(values: Uint32Array, from: number, to: number): void {
  if (to - from > 48) {
    values.subarray(from, to).sort();
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const value = values[k];
    let m = k - 1;
    while (m >= from && values[m] > value) {
      values[m + 1] = values[m];
      m--;
    }
    values[m + 1] = value;
  }
}
