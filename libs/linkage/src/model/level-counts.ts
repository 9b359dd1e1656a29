import type { ModelField } from '../compare/comparator';

/** Per field, per level counts (level 0, missing, included). */
export type LevelCounts = Float64Array[];

export function emptyLevelCounts(fields: ModelField[]): LevelCounts {
  return fields.map((f) => new Float64Array(f.levels.length));
}
