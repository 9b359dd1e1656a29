import type { Comparator } from '../compare/comparator';
import { emptyLevelCounts, toProbabilities } from './level-counts';
import { seededRandom } from './random';

/**
 * u probabilities (level distribution among non-matching pairs) from random pairs: almost every
 * random pair is a non-match, so no labels are needed.
 */
export function estimateU(
  comparator: Comparator,
  sampleSize: number,
  seed: number,
  eligible?: Uint32Array,
): number[][] {
  const size = eligible ? eligible.length : comparator.data.size;
  const counts = emptyLevelCounts(comparator.fields);
  const levels = new Uint8Array(comparator.fields.length);
  if (size >= 2) {
    const random = seededRandom(seed);
    const pick = (k: number) => (eligible ? eligible[k] : k);
    for (let s = 0; s < sampleSize; s++) {
      const a = Math.floor(random() * size);
      let b = Math.floor(random() * (size - 1));
      if (b >= a) b++;
      comparator.levels(pick(a), pick(b), levels);
      for (let f = 0; f < levels.length; f++) counts[f][levels[f]]++;
    }
  }
  return counts.map((c) => toProbabilities(c, 0.5));
}
