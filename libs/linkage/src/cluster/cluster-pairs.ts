import { LinkageConstraintError } from './constraint-error';
import { adjacency } from './adjacency';
import { DisjointSets } from './disjoint-sets';
import { byKey, byWeightDescending } from './weight-order';

export interface ScoredEdges {
  left: Uint32Array;
  right: Uint32Array;
  weight: Float64Array;
}

/** Room for the pairs of every part. */
function edgesFor(parts: ScoredEdges[]): ScoredEdges {
  const length = parts.reduce((sum, part) => sum + part.weight.length, 0);
  return { left: new Uint32Array(length), right: new Uint32Array(length), weight: new Float64Array(length) };
}

/**
 * The pairs of parts each sorted by (left, right), in that order: what a single part holding all of
 * them would be. Work shared among threads gives back the pairs (and later sums over them) in the
 * same order as work done in one thread.
 */
export function mergeSortedEdges(parts: ScoredEdges[]): ScoredEdges {
  if (parts.length === 1) return parts[0];
  const all = edgesFor(parts);
  const length = all.weight.length;
  const next = new Array<number>(parts.length).fill(0);
  for (let k = 0; k < length; k++) {
    let from = -1;
    for (let p = 0; p < parts.length; p++) {
      const at = next[p];
      if (at === parts[p].left.length) continue;
      if (from < 0) {
        from = p;
        continue;
      }
      const best = parts[from];
      const left = parts[p].left[at];
      const bestLeft = best.left[next[from]];
      if (left < bestLeft || (left === bestLeft && parts[p].right[at] < best.right[next[from]])) from = p;
    }
    const at = next[from]++;
    all.left[k] = parts[from].left[at];
    all.right[k] = parts[from].right[at];
    all.weight[k] = parts[from].weight[at];
  }
  return all;
}

/** The pairs of every part, one after the other. */
export function concatenateEdges(parts: ScoredEdges[]): ScoredEdges {
  if (parts.length === 1) return parts[0];
  const all = edgesFor(parts);
  let offset = 0;
  for (const part of parts) {
    all.left.set(part.left, offset);
    all.right.set(part.right, offset);
    all.weight.set(part.weight, offset);
    offset += part.weight.length;
  }
  return all;
}

/** The pairs of `edges` weighing at least `minimum` (`edges` itself when all of them do). */
export function edgesAbove(edges: ScoredEdges, minimum: number): ScoredEdges {
  let count = 0;
  for (let k = 0; k < edges.weight.length; k++) if (edges.weight[k] >= minimum) count++;
  if (count === edges.weight.length) return edges;
  const above: ScoredEdges = {
    left: new Uint32Array(count),
    right: new Uint32Array(count),
    weight: new Float64Array(count),
  };
  for (let k = 0, e = 0; k < edges.weight.length; k++) {
    if (!(edges.weight[k] >= minimum)) continue;
    above.left[e] = edges.left[k];
    above.right[e] = edges.right[k];
    above.weight[e++] = edges.weight[k];
  }
  return above;
}

/**
 * Indexes of `edges` by decreasing weight, equal weights by record indexes: three stable radix sorts
 * (right, left, then weight), with no comparison and no garbage.
 */
export function strongestFirst(edges: ScoredEdges): Uint32Array {
  const { left, right, weight } = edges;
  const all = Uint32Array.from({ length: weight.length }, (_, k) => k);
  return byWeightDescending(weight, byKey(left, byKey(right, all)));
}

export interface ClusteringInput {
  size: number;
  /** Accepted pairs (weight at or above the threshold). */
  edges: ScoredEdges;
  /**
   * Compared pairs close to the threshold or above it (see `COMPETITOR_MARGIN`): the clusters a record
   * could belong to. Without them, a record is never taken back from the cluster it joined.
   */
  competitors?: ScoredEdges;
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
 * Pairs this far below the threshold still count as competitors: odds of 1/64 and less change no
 * decision.
 */
export const COMPETITOR_MARGIN = 6;

/**
 * Greedy agglomeration of accepted pairs, strongest first. Unlike a plain transitive closure, two
 * groups merge only if no pair across them is evidence against the merge and their mean weight
 * reaches the threshold, so a weak link cannot chain two different people. Must-link pairs are merged
 * first; cannot-link pairs and existing clusters (incremental mode) are never merged together.
 * Then each record that several clusters contend for goes where it most likely belongs, or alone
 * (`settleContestedRecords`).
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

  const { left, right } = input.edges;
  const order = strongestFirst(input.edges);
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
  if (!input.competitors) return { sets, refusedMerges };
  const pinned = new Uint8Array(input.size);
  for (const [a, b] of input.mustLink) pinned[a] = pinned[b] = 1;
  if (existing) for (let i = 0; i < input.size; i++) if (existing[i] >= 0) pinned[i] = 1;
  const settled = settleContestedRecords(input, input.competitors, sets, pinned, cannot);
  return { sets: settled, refusedMerges };
}

/**
 * A record one person at most can be, weighed against every cluster it could belong to at once.
 * Pairwise, a record without a birth date that matches two namesakes (two "Awa Coulibaly" born in
 * different years, who cannot be merged) is a match with each of them, and the greedy pass gives
 * it to whichever came first. Taken together, with odds 2^(w − threshold) per cluster (w: its mean
 * weight to the cluster's members) against 1 for "none of them", the record goes to the cluster
 * whose probability reaches 1/2, or stays alone: a coin toss between namesakes is not a link.
 * Records pinned by a must-link or by an existing cluster (incremental mode) do not move, nor does
 * a record into a cluster holding a cannot-link partner or already at the size limit.
 */
function settleContestedRecords(
  input: ClusteringInput,
  competitors: ScoredEdges,
  sets: DisjointSets,
  pinned: Uint8Array,
  cannot: Map<number, number[]>,
): DisjointSets {
  const { size, threshold } = input;
  // Records and their competing neighbours with the pair's weight: most weights a decision needs are
  // there, and need not be computed again.
  const { start: starts, to: neighbours, weight } = adjacency(size, competitors, undefined, true);
  const neighbourWeights = weight as Float64Array;
  const weightOf = (x: number, y: number): number => {
    for (let k = starts[x]; k < starts[x + 1]; k++) if (neighbours[k] === y) return neighbourWeights[k];
    return input.weight(x, y);
  };

  // Cluster of each record: a root of `sets`, or size + x for a record x taken out alone. Member
  // lists are built only for the clusters a decision looks at (most records are uncontested).
  const label = new Int32Array(size);
  for (let i = 0; i < size; i++) label[i] = sets.find(i);
  const members = new Map<number, number[]>();
  const membersOf = (target: number): number[] => {
    let group = members.get(target);
    if (!group) {
      group = target < size ? [...sets.members(target)] : [];
      members.set(target, group);
    }
    return group;
  };
  const sizeOf = (target: number) => members.get(target)?.length ?? sets.size[target];
  const oddsOf = (x: number, group: number[]): number => {
    let sum = 0;
    let count = 0;
    for (const y of group) {
      if (y === x) continue;
      sum += weightOf(x, y);
      if (++count === CHECKED_MEMBERS) break;
    }
    return 2 ** Math.min(sum / count - threshold, 60);
  };
  const forbidden = (x: number, target: number) => (cannot.get(x) ?? []).some((y) => label[y] === target);

  let moved = false;
  const contenders = new Set<number>();
  for (let x = 0; x < size; x++) {
    if (pinned[x] || starts[x + 1] - starts[x] === 0) continue;
    const own = label[x];
    contenders.clear();
    for (let k = starts[x]; k < starts[x + 1]; k++) {
      const target = label[neighbours[k]];
      if (target !== own) contenders.add(target);
    }
    // Uncontested: the greedy pass decided with all the evidence there is.
    if (contenders.size + (sizeOf(own) > 1 ? 1 : 0) < 2) continue;
    const ownGroup = membersOf(own);
    let total = 1;
    let best = -1;
    let bestOdds = 0;
    const consider = (target: number, group: number[]) => {
      const odds = oddsOf(x, group);
      total += odds;
      if (odds > bestOdds) {
        best = target;
        bestOdds = odds;
      }
    };
    if (ownGroup.length > 1) consider(own, ownGroup);
    for (const target of contenders) {
      const group = membersOf(target);
      if (group.length < input.maxClusterSize && !forbidden(x, target)) consider(target, group);
    }
    const destination = bestOdds / total >= 0.5 ? best : -1;
    if (destination === own || (destination === -1 && ownGroup.length === 1)) continue;
    ownGroup.splice(ownGroup.indexOf(x), 1);
    // Alone: a label no root can have (roots are record indexes).
    label[x] = destination === -1 ? size + x : destination;
    membersOf(label[x]).push(x);
    moved = true;
  }
  if (!moved) return sets;
  const settled = new DisjointSets(size);
  const first = new Int32Array(2 * size).fill(-1);
  for (let i = 0; i < size; i++) {
    if (first[label[i]] < 0) first[label[i]] = i;
    else settled.union(settled.find(first[label[i]]), settled.find(i));
  }
  return settled;
}
