import { Comparator, type ModelField } from '../compare/comparator';
import type { PreparedData } from '../normalize/prepare';

/** Comparison pattern of each candidate pair (the part that worker threads share out). */
export function comparePairs(
  data: PreparedData,
  fields: ModelField[],
  left: Uint32Array,
  right: Uint32Array,
): Uint32Array {
  const comparator = new Comparator(data, fields);
  const scratch = new Uint8Array(fields.length);
  const patterns = new Uint32Array(left.length);
  for (let k = 0; k < left.length; k++) patterns[k] = comparator.pattern(left[k], right[k], scratch);
  return patterns;
}
