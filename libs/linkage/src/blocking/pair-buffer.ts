/**
 * A growable list of record pairs packed as (i * size + j) * 8 + rule (i < j), exact up to 2^53, so
 * that sorting removes duplicates while remembering which blocking rules produced each pair.
 */
export class PairBuffer {
  private codes = new Float64Array(1 << 16);
  length = 0;

  constructor(readonly size: number) {}

  push(i: number, j: number, rule: number): void {
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = (i < j ? i * this.size + j : j * this.size + i) * 8 + rule;
  }

  /** Sorted distinct pairs as two index columns. */
  /** Sorted distinct pairs as two index columns, with the bit mask of the rules that produced each. */
  distinctPairs(): { left: Uint32Array; right: Uint32Array; rules: Uint8Array } {
    const sorted = this.codes.subarray(0, this.length).sort();
    let distinct = 0;
    for (let k = 0; k < sorted.length; k++)
      if (k === 0 || Math.floor(sorted[k] / 8) !== Math.floor(sorted[k - 1] / 8)) distinct++;
    const left = new Uint32Array(distinct);
    const right = new Uint32Array(distinct);
    const rules = new Uint8Array(distinct);
    let index = -1;
    let previous = -1;
    for (let k = 0; k < sorted.length; k++) {
      const pair = Math.floor(sorted[k] / 8);
      if (pair !== previous) {
        index++;
        previous = pair;
        const i = Math.floor(pair / this.size);
        left[index] = i;
        right[index] = pair - i * this.size;
      }
      rules[index] |= 1 << (sorted[k] - pair * 8);
    }
    this.codes = new Float64Array(0);
    this.length = 0;
    return { left, right, rules };
  }
}
