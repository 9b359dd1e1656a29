/**
 * Direct-mapped memo of one number per unordered pair of interned string ids, in typed arrays: no
 * boxed keys, no garbage, bounded memory. A slot holds the last pair hashed to it, so a collision only
 * means recomputing a value (the result never depends on what the memo holds). A slot's two ids and
 * its value share 16 bytes (one cache line): the pairs come in no useful order, and three separate
 * arrays cost three cache misses per lookup.
 */
export class PairMemo {
  /** Slot s: its ids at 4s and 4s + 1… */
  private readonly ids: Int32Array;
  /** …and its value at 2s + 1 (the same bytes as ids 4s + 2 and 4s + 3). */
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(bits: number) {
    const slots = 1 << bits;
    this.mask = slots - 1;
    const buffer = new ArrayBuffer(slots * 16);
    this.ids = new Int32Array(buffer);
    this.values = new Float64Array(buffer);
    for (let s = 0; s < slots; s++) this.ids[4 * s] = -1;
  }

  /** The value of the pair (in either order), computed by `compute(low, high)` when not held. */
  get(a: number, b: number, compute: (low: number, high: number) => number): number {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    let hash = Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca6b);
    hash ^= hash >>> 15;
    const slot = hash & this.mask;
    const ids = this.ids;
    if (ids[4 * slot] === low && ids[4 * slot + 1] === high) return this.values[2 * slot + 1];
    const value = compute(low, high);
    ids[4 * slot] = low;
    ids[4 * slot + 1] = high;
    this.values[2 * slot + 1] = value;
    return value;
  }
}
