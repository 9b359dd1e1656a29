import type { Comparator } from '../compare/comparator';
import { emptyLevelCounts } from './level-counts';
import { priorU, U_PRIOR_PAIRS } from './priors';
import { seededRandom } from './random';

/**
 * u probabilities (level distribution among non-matching pairs) from random pairs: almost every
 * random pair is a non-match, so no labels are needed. A file with fewer distinct pairs than
 * `sampleSize` has all of them compared once: drawing the same few pairs again would only pretend to
 * more certainty. The counts are combined with a weak prior (`priorU`), which only a small file feels.
 */
export function estimateU(
  comparator: Comparator,
  sampleSize: number,
  seed: number,
  eligible?: Uint32Array,
): number[][] {
  const size = eligible ? eligible.length : comparator.data.size;
  const { fields } = comparator;
  const counts = emptyLevelCounts(fields);
  const levels = new Uint8Array(fields.length);
  const pick = (k: number) => (eligible ? eligible[k] : k);
  const count = (a: number, b: number) => {
    comparator.levels(pick(a), pick(b), levels);
    for (let f = 0; f < levels.length; f++) counts[f][levels[f]]++;
  };
  if ((size * (size - 1)) / 2 <= sampleSize) {
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) count(a, b);
  } else {
    const random = seededRandom(seed);
    for (let s = 0; s < sampleSize; s++) {
      const a = Math.floor(random() * size);
      let b = Math.floor(random() * (size - 1));
      if (b >= a) b++;
      count(a, b);
    }
  }
  return counts.map((c, f) => {
    const prior = priorU(fields[f]);
    let total = U_PRIOR_PAIRS;
    for (let l = 1; l < c.length; l++) total += c[l];
    return prior.map((p, l) => (l === 0 ? 0 : (c[l] + U_PRIOR_PAIRS * p) / total));
  });
}
