import type { ModelField } from '../compare/comparator';

/** Per field, per level counts (level 0, missing, included). */
export type LevelCounts = Float64Array[];

export function emptyLevelCounts(fields: ModelField[]): LevelCounts {
  return fields.map((f) => new Float64Array(f.levels.length));
}

/** Probabilities over the non-missing levels, with add-one smoothing so that no level has probability 0. */
export function toProbabilities(counts: Float64Array, smoothing = 1): number[] {
  let total = 0;
  for (let l = 1; l < counts.length; l++) total += counts[l] + smoothing;
  const result = [0];
  for (let l = 1; l < counts.length; l++) result.push((counts[l] + smoothing) / total);
  return result;
}
