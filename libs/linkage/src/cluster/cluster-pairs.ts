import { LinkageConstraintError } from './constraint-error';
import { DisjointSets } from './disjoint-sets';

export interface ScoredEdges {
  left: Uint32Array;
  right: Uint32Array;
  weight: Float64Array;
}

export interface ClusteringInput {
  size: number;
  /** Accepted pairs (weight at or above the threshold). */
  edges: ScoredEdges;
  /** Weight of any pair, computed on demand to check a merge. */
  weight: (i: number, j: number) => number;
  threshold: number;
  mustLink: [number, number][];
  cannotLink: [number, number][];
  /** Incremental mode: index of the existing cluster of each record, -1 for new records. */
  existingCluster?: Int32Array;
  /** A merge is refused when any pair across the two groups weighs less than this (evidence against). */
  chainFloor: number;
  maxClusterSize: number;
  describe: (i: number) => string;
}

export interface ClusteringResult {
  sets: DisjointSets;
  refusedMerges: number;
}

const CHECKED_MEMBERS = 40;

/**
 * Greedy agglomeration of accepted pairs, strongest first. Unlike a plain transitive closure, two
 * groups merge only if no pair across them is evidence against the merge and their mean weight
 * reaches the threshold, so a weak link cannot chain two different people. Must-link pairs are merged
 * first; cannot-link pairs and existing clusters (incremental mode) are never merged together.
 */
export function clusterPairs(input: ClusteringInput): ClusteringResult {
  const sets = new DisjointSets(input.size);
  const lock = new Int32Array(input.size).fill(-1);
  const existing = input.existingCluster;
  if (existing) {
    const firstOfCluster = new Map<number, number>();
    for (let i = 0; i < input.size; i++) {
      if (existing[i] < 0) continue;
      const first = firstOfCluster.get(existing[i]);
      if (first === undefined) firstOfCluster.set(existing[i], i);
      else sets.union(sets.find(first), sets.find(i));
    }
    for (let i = 0; i < input.size; i++) if (existing[i] >= 0) lock[sets.find(i)] = existing[i];
  }
  const unite = (a: number, b: number) => {
    const lockValue = lock[a] >= 0 ? lock[a] : lock[b];
    const root = sets.union(a, b);
    lock[root] = lockValue;
  };

  for (const [a, b] of input.mustLink) {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) continue;
    if (lock[ra] >= 0 && lock[rb] >= 0 && lock[ra] !== lock[rb]) {
      throw new LinkageConstraintError(
        `must-link ${input.describe(a)} / ${input.describe(b)} joindrait deux clusters existants`,
      );
    }
    unite(ra, rb);
  }
  const cannot = new Map<number, number[]>();
  for (const [a, b] of input.cannotLink) {
    if (sets.find(a) === sets.find(b)) {
      throw new LinkageConstraintError(
        `cannot-link ${input.describe(a)} / ${input.describe(b)} contredit les must-link ou les clusters existants`,
      );
    }
    cannot.set(a, [...(cannot.get(a) ?? []), b]);
    cannot.set(b, [...(cannot.get(b) ?? []), a]);
  }

  const forbidden = (ra: number, rb: number) => {
    for (const x of sets.members(ra))
      for (const y of cannot.get(x) ?? []) if (sets.find(y) === rb) return true;
    return false;
  };
  const coherent = (ra: number, rb: number) => {
    if (sets.size[ra] === 1 && sets.size[rb] === 1) return true;
    let sum = 0;
    let count = 0;
    for (const x of sets.members(ra, CHECKED_MEMBERS)) {
      for (const y of sets.members(rb, CHECKED_MEMBERS)) {
        const w = input.weight(x, y);
        if (w < input.chainFloor) return false;
        sum += w;
        count++;
      }
    }
    return sum / count >= input.threshold;
  };

  const { left, right, weight } = input.edges;
  const order = Array.from({ length: weight.length }, (_, k) => k).sort(
    (p, q) => weight[q] - weight[p] || left[p] - left[q] || right[p] - right[q],
  );
  let refusedMerges = 0;
  for (const k of order) {
    const ra = sets.find(left[k]);
    const rb = sets.find(right[k]);
    if (ra === rb) continue;
    const refused =
      (lock[ra] >= 0 && lock[rb] >= 0) ||
      sets.size[ra] + sets.size[rb] > input.maxClusterSize ||
      (cannot.size > 0 && (forbidden(ra, rb) || forbidden(rb, ra))) ||
      !coherent(ra, rb);
    if (refused) refusedMerges++;
    else unite(ra, rb);
  }
  return { sets, refusedMerges };
}
