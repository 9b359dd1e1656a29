import { clusterIdFor, reserveClusterId } from '../cluster/cluster-ids';
import type { CandidatePairs } from '../blocking/candidates';
import type { ScoredEdges } from '../cluster/cluster-pairs';
import type { DisjointSets } from '../cluster/disjoint-sets';
import { LinkageConstraintError } from '../cluster/constraint-error';
import { explainContributions, type PairExplanation } from '../explain/explain';
import type { Scorer } from '../model/scorer';
import type { LinkageRecord, LinkageStats, PairConstraint, ScoredPair } from '../types';
import { byWeightThen } from '../cluster/weight-order';
import { firstDuplicate } from './first-duplicate';

/** Everything a finished run knows: used to name clusters, list pairs for review and explain them. */
export class LinkageSession {
  stats!: LinkageStats;
  private sets?: DisjointSets;
  /** Built on first use (constraints, explanations): most runs never need it. */
  private indexById?: Map<string, number[]>;
  private allCandidates?: CandidatePairs;

  constructor(
    readonly records: readonly LinkageRecord[],
    readonly scorer: Scorer,
    /** Compared pairs weighing at least the threshold minus `keepPairsAbove` (or minus the clustering's competitor margin, if larger). */
    private readonly kept: ScoredEdges,
    private readonly block: () => CandidatePairs,
    private readonly existingCluster?: Int32Array,
  ) {}

  /**
   * Every candidate pair, blocked again on first use: the run's pairs lived in the worker threads,
   * and only diagnostics need them all (blocking is deterministic: the same pairs come back).
   */
  get candidates(): CandidatePairs {
    this.allCandidates ??= this.block();
    return this.allCandidates;
  }

  get model() {
    return this.scorer.model;
  }

  setClustering(sets: DisjointSets): void {
    this.sets = sets;
  }

  indexesOf(id: string): number[] {
    if (!this.indexById) {
      const index = new Map<string, number[]>();
      this.records.forEach((record, i) => {
        const indexes = index.get(record.id);
        if (indexes) indexes.push(i);
        else index.set(record.id, [i]);
      });
      this.indexById = index;
    }
    const indexes = this.indexById.get(id);
    if (!indexes) throw new LinkageConstraintError(`identifiant inconnu : ${id}`);
    return indexes;
  }

  constraintIndexes(constraints: readonly PairConstraint[]): {
    mustLink: [number, number][];
    cannotLink: [number, number][];
  } {
    const mustLink: [number, number][] = [];
    const cannotLink: [number, number][] = [];
    for (const c of constraints) {
      for (const a of this.indexesOf(c.a)) {
        for (const b of this.indexesOf(c.b)) {
          if (a !== b) (c.kind === 'must-link' ? mustLink : cannotLink).push([a, b]);
        }
      }
    }
    return { mustLink, cannotLink };
  }

  /**
   * Cluster id of every record: existing clusters keep their id (incremental mode); a new cluster is
   * named after its smallest record id, so that the same input always gives the same ids.
   */
  clusterIds(existingIds: readonly string[] = []): string[] {
    const sets = this.sets;
    if (!sets) throw new Error('clustering not done');
    const { records } = this;
    const size = records.length;
    // founder[root]: index of the record naming a new cluster, -1 - k for existing cluster k, or
    // UNSET; roots listed in the order they are first met.
    const UNSET = -0x80000000;
    const rootOf = new Int32Array(size);
    const founder = new Int32Array(size).fill(UNSET);
    const roots: number[] = [];
    for (let i = 0; i < size; i++) {
      const root = sets.find(i);
      rootOf[i] = root;
      const current = founder[root];
      if (current === UNSET) roots.push(root);
      const existing = this.existingCluster?.[i] ?? -1;
      if (existing >= 0) founder[root] = -1 - existing;
      else if (current === UNSET || (current >= 0 && records[i].id < records[current].id)) founder[root] = i;
    }
    const idOfRoot: string[] = new Array<string>(size);
    const newRoots: number[] = [];
    for (const root of roots) {
      const seed = founder[root];
      if (seed < 0) idOfRoot[root] = existingIds[-1 - seed];
      else newRoots.push(root);
    }
    this.nameNewClusters(newRoots, founder, idOfRoot, new Set(existingIds));
    const ids = new Array<string>(size);
    for (let i = 0; i < size; i++) ids[i] = idOfRoot[rootOf[i]];
    return ids;
  }

  /**
   * Names new clusters after their founder's id. Ids are reserved in founder id order, which only
   * matters when a hash collides (suffix -2, -3…): without any collision every cluster gets its base
   * id whatever the order, so the sort is skipped.
   */
  private nameNewClusters(
    newRoots: number[],
    founder: Int32Array,
    idOfRoot: string[],
    taken: Set<string>,
  ): void {
    const bases = newRoots.map((root) => clusterIdFor(this.records[founder[root]].id));
    const collision =
      (taken.size > 0 && bases.some((base) => taken.has(base))) || firstDuplicate(bases) !== undefined;
    if (!collision) {
      newRoots.forEach((root, k) => (idOfRoot[root] = bases[k]));
      return;
    }
    const named: [number, string][] = newRoots.map((root) => [root, this.records[founder[root]].id]);
    named.sort((p, q) => (p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
    for (const [root, seedId] of named) idOfRoot[root] = reserveClusterId(seedId, taken);
  }

  /** Number of distinct clusters among records `from`… (a cluster id names exactly one root). */
  clusterCount(from = 0): number {
    const sets = this.sets;
    if (!sets) throw new Error('clustering not done');
    const seen = new Uint8Array(this.records.length);
    let count = 0;
    for (let i = from; i < this.records.length; i++) {
      const root = sets.find(i);
      if (!seen[root]) {
        seen[root] = 1;
        count++;
      }
    }
    return count;
  }

  /**
   * Kept pairs whose weight is at least `minimum` (no lower than the run's floor), best first, ties
   * in id order.
   */
  pairsAbove(minimum: number): ScoredPair[] {
    const { left, right, weight } = this.kept;
    const selected = new Uint32Array(weight.length);
    let count = 0;
    for (let k = 0; k < weight.length; k++) if (weight[k] >= minimum) selected[count++] = k;
    const id = (i: number) => this.records[i].id;
    const byIds = (p: number, q: number) => {
      const a = id(left[p]);
      const b = id(left[q]);
      if (a !== b) return a < b ? -1 : 1;
      const c = id(right[p]);
      const d = id(right[q]);
      return c < d ? -1 : c > d ? 1 : 0;
    };
    const order = byWeightThen(weight, selected.subarray(0, count), byIds);
    const pairs = new Array<ScoredPair>(count);
    for (let x = 0; x < count; x++) {
      const k = order[x];
      pairs[x] = { a: id(left[k]), b: id(right[k]), weight: weight[k] };
    }
    return pairs;
  }

  sameCluster(i: number, j: number): boolean {
    return this.sets !== undefined && this.sets.find(i) === this.sets.find(j);
  }

  explainIndexes(i: number, j: number): PairExplanation {
    const contributions = this.scorer.contributions(i, j);
    return explainContributions(
      this.records[i].id,
      this.records[j].id,
      contributions,
      this.model.threshold,
      this.sameCluster(i, j),
    );
  }
}
