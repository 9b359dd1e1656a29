/** Two independent 32-bit hashes of a string folded into one exact float (53 bits). */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * The first (in input order) value that occurs twice, or undefined. Hashes are sorted in a typed
 * array and only the values whose hash repeats are compared as strings: a Set of a million ids cost
 * about a second, most of it garbage collection on the caller's heap; this costs a tenth of that.
 */
export function firstDuplicate(values: readonly string[]): string | undefined {
  const hashes = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) hashes[k] = hash53(values[k]);
  const sorted = hashes.slice().sort();
  const repeated = new Set<number>();
  for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1]) repeated.add(sorted[k]);
  if (repeated.size === 0) return undefined;
  const seen = new Set<string>();
  for (let k = 0; k < values.length; k++) {
    if (!repeated.has(hashes[k])) continue;
    if (seen.has(values[k])) return values[k];
    seen.add(values[k]);
  }
  return undefined;
}
