/**
 * Direct-mapped memo of one number per unordered pair of interned string ids, in typed arrays: no
 * boxed keys, no garbage, bounded memory. A slot holds the last pair hashed to it, so a collision only
 * means recomputing a value (the result never depends on what the memo holds).
 */
export class PairMemo {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(bits: number) {
    const slots = 1 << bits;
    this.mask = slots - 1;
    this.first = new Int32Array(slots).fill(-1);
    this.second = new Int32Array(slots);
    this.values = new Float64Array(slots);
  }

  /** The value of the pair (in either order), computed by `compute(low, high)` when not held. */
  get(a: number, b: number, compute: (low: number, high: number) => number): number {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    let hash = Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca6b);
    hash ^= hash >>> 15;
    const slot = hash & this.mask;
    if (this.first[slot] === low && this.second[slot] === high) return this.values[slot];
    const value = compute(low, high);
    this.first[slot] = low;
    this.second[slot] = high;
    this.values[slot] = value;
    return value;
  }
}
