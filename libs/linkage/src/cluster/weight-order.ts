const view = new DataView(new ArrayBuffer(8));

/**
 * `indexes` ordered by decreasing `weight[index]`, equal weights in their given order: a radix sort
 * on the bits of the weights (a comparison sort of a million pairs took over a second). Weights must
 * not be NaN.
 */
export function byWeightDescending(weight: Float64Array, indexes: Uint32Array): Uint32Array {
  const n = indexes.length;
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let x = 0; x < n; x++) {
    view.setFloat64(0, weight[indexes[x]] + 0); // + 0 turns -0 into 0: they weigh the same.
    let h = view.getUint32(0);
    let l = view.getUint32(4);
    // As unsigned integers, doubles sort in numeric order once negatives have all their bits
    // flipped and the others their sign bit; flipping everything again gives decreasing order.
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h ^= 0x80000000;
    high[x] = ~h;
    low[x] = ~l;
  }
  let order = new Uint32Array(n);
  for (let x = 0; x < n; x++) order[x] = x;
  let next = new Uint32Array(n);
  const starts = new Uint32Array(1 << 16);
  // Least significant 16 bits first; each pass is stable.
  for (let pass = 0; pass < 4; pass++) {
    const digits = pass < 2 ? low : high;
    const shift = (pass & 1) * 16;
    starts.fill(0);
    for (let x = 0; x < n; x++) starts[(digits[order[x]] >>> shift) & 0xffff]++;
    for (let d = 0, sum = 0; d < starts.length; d++) {
      const count = starts[d];
      starts[d] = sum;
      sum += count;
    }
    for (let x = 0; x < n; x++) {
      const o = order[x];
      next[starts[(digits[o] >>> shift) & 0xffff]++] = o;
    }
    [order, next] = [next, order];
  }
  for (let x = 0; x < n; x++) next[x] = indexes[order[x]];
  return next;
}

/**
 * `indexes` by decreasing weight, equal weights ordered by `tieBreak`: the radix sort, then each run
 * of equal weights on its own (a comparison sort of the whole took seconds on a million pairs).
 */
export function byWeightThen(
  weight: Float64Array,
  indexes: Uint32Array,
  tieBreak: (p: number, q: number) => number,
): Uint32Array {
  const order = byWeightDescending(weight, indexes);
  for (let from = 0; from < order.length;) {
    let to = from + 1;
    while (to < order.length && weight[order[to]] === weight[order[from]]) to++;
    if (to - from > 1) order.subarray(from, to).sort(tieBreak);
    from = to;
  }
  return order;
}

/** `indexes` stably ordered by the unsigned 32-bit `keys[index]`: two 16-bit radix passes. */
export function byKey(keys: Uint32Array, indexes: Uint32Array): Uint32Array {
  let order = indexes.slice();
  let next = new Uint32Array(order.length);
  const starts = new Uint32Array(1 << 16);
  for (const shift of [0, 16]) {
    starts.fill(0);
    for (let x = 0; x < order.length; x++) starts[(keys[order[x]] >>> shift) & 0xffff]++;
    for (let d = 0, sum = 0; d < starts.length; d++) {
      const count = starts[d];
      starts[d] = sum;
      sum += count;
    }
    for (let x = 0; x < order.length; x++) {
      const o = order[x];
      next[starts[(keys[o] >>> shift) & 0xffff]++] = o;
    }
    [order, next] = [next, order];
  }
  return order;
}
