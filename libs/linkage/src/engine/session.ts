import type { CandidatePairs } from '../blocking/candidates';
import { reserveClusterId } from '../cluster/cluster-ids';
import type { DisjointSets } from '../cluster/disjoint-sets';
import { LinkageConstraintError } from '../cluster/constraint-error';
import { explainContributions, type PairExplanation } from '../explain/explain';
import type { Scorer } from '../model/scorer';
import type { LinkageRecord, LinkageStats, PairConstraint, ScoredPair } from '../types';

/** Everything a finished run knows: used to name clusters, list pairs for review and explain them. */
export class LinkageSession {
  stats!: LinkageStats;
  private sets?: DisjointSets;
  private readonly indexById = new Map<string, number[]>();

  constructor(
    readonly records: readonly LinkageRecord[],
    readonly scorer: Scorer,
    private readonly candidates: CandidatePairs,
    private readonly weights: Float64Array,
    private readonly existingCluster?: Int32Array,
  ) {
    records.forEach((record, i) => {
      const indexes = this.indexById.get(record.id);
      if (indexes) indexes.push(i);
      else this.indexById.set(record.id, [i]);
    });
  }

  get model() {
    return this.scorer.model;
  }

  setClustering(sets: DisjointSets): void {
    this.sets = sets;
  }

  indexesOf(id: string): number[] {
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
    const taken = new Set(existingIds);
    const founder = new Map<number, number>();
    this.records.forEach((record, i) => {
      const root = sets.find(i);
      const current = founder.get(root);
      const existing = this.existingCluster?.[i] ?? -1;
      if (existing >= 0) founder.set(root, -1 - existing);
      else if (current === undefined || (current >= 0 && record.id < this.records[current].id))
        founder.set(root, i);
    });
    const idOfRoot = new Map<number, string>();
    const newRoots: [number, string][] = [];
    for (const [root, seed] of founder) {
      if (seed < 0) idOfRoot.set(root, existingIds[-1 - seed]);
      else newRoots.push([root, this.records[seed].id]);
    }
    newRoots.sort((p, q) => (p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
    for (const [root, seedId] of newRoots) idOfRoot.set(root, reserveClusterId(seedId, taken));
    return this.records.map((_, i) => idOfRoot.get(sets.find(i)) as string);
  }

  /** Compared pairs whose weight is at least `minimum`, best first. */
  pairsAbove(minimum: number): ScoredPair[] {
    const pairs: ScoredPair[] = [];
    for (let k = 0; k < this.weights.length; k++) {
      if (this.weights[k] >= minimum) {
        pairs.push({
          a: this.records[this.candidates.left[k]].id,
          b: this.records[this.candidates.right[k]].id,
          weight: this.weights[k],
        });
      }
    }
    return pairs.sort((p, q) => q.weight - p.weight || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
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
