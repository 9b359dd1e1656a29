/** Pairs per chunk of a `PairBuffer` (8 MB per chunk and column pair). */
const CHUNK_BITS = 20;
const CHUNK_SIZE = 1 << CHUNK_BITS;

/**
 * A growable list of record pairs (i < j) with the blocking rule that produced each, turned into
 * sorted distinct pairs while remembering which rules produced each pair. The pairs are grouped by
 * their first record with a counting sort, then each (small) group is sorted by second record: no
 * global sort of floating-point codes. Second record and rule are packed as j * 16 + rule (16 rules at most).
 * Pairs are stored in fixed-size chunks rather than in arrays doubled and copied as they fill: half
 * the off-heap allocation, and the external memory pressure that made V8 collect garbage in full.
 */
export class PairBuffer {
  private readonly firstChunks: Uint32Array[] = [];
  private readonly packedChunks: Uint32Array[] = [];
  private first = new Uint32Array(0);
  private packed = new Uint32Array(0);
  /** Pairs in the current (last) chunk. */
  private fill = 0;
  length = 0;

  constructor(readonly size: number) {
    if (size > 2 ** 28) throw new Error('too many records for the pair buffer');
  }

  push(i: number, j: number, rule: number): void {
    if (this.fill === this.first.length) {
      this.first = new Uint32Array(CHUNK_SIZE);
      this.packed = new Uint32Array(CHUNK_SIZE);
      this.firstChunks.push(this.first);
      this.packedChunks.push(this.packed);
      this.fill = 0;
    }
    const low = i < j ? i : j;
    const high = i < j ? j : i;
    this.first[this.fill] = low;
    this.packed[this.fill++] = high * 16 + rule;
    this.length++;
  }

  /** Sorted distinct pairs as two index columns, with the bit mask of the rules that produced each. */
  distinctPairs(): { left: Uint32Array; right: Uint32Array; rules: Uint16Array } {
    const { size, length, firstChunks, packedChunks } = this;
    const chunkLength = (c: number) => (c === firstChunks.length - 1 ? this.fill : CHUNK_SIZE);
    const starts = new Uint32Array(size + 1);
    for (let c = 0; c < firstChunks.length; c++) {
      const first = firstChunks[c];
      const to = chunkLength(c);
      for (let k = 0; k < to; k++) starts[first[k] + 1]++;
    }
    for (let i = 0; i < size; i++) starts[i + 1] += starts[i];
    // starts[i] serves as the cursor of group i, then is shifted back to its beginning.
    const grouped = new Uint32Array(length);
    for (let c = 0; c < firstChunks.length; c++) {
      const first = firstChunks[c];
      const packed = packedChunks[c];
      const to = chunkLength(c);
      for (let k = 0; k < to; k++) grouped[starts[first[k]]++] = packed[k];
    }
    starts.copyWithin(1, 0, size);
    starts[0] = 0;
    firstChunks.length = 0;
    packedChunks.length = 0;
    this.first = new Uint32Array(0);
    this.packed = new Uint32Array(0);
    this.fill = 0;
    this.length = 0;

    let distinct = 0;
    for (let i = 0; i < size; i++) {
      const from = starts[i];
      const to = starts[i + 1];
      if (to - from > 1) sortRange(grouped, from, to);
      for (let k = from; k < to; k++) if (k === from || grouped[k] >>> 4 !== grouped[k - 1] >>> 4) distinct++;
    }
    const left = new Uint32Array(distinct);
    const right = new Uint32Array(distinct);
    const rules = new Uint16Array(distinct);
    let index = -1;
    for (let i = 0; i < size; i++) {
      const to = starts[i + 1];
      let previous = -1;
      for (let k = starts[i]; k < to; k++) {
        const j = grouped[k] >>> 4;
        if (j !== previous) {
          index++;
          previous = j;
          left[index] = i;
          right[index] = j;
        }
        rules[index] |= 1 << (grouped[k] & 15);
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
