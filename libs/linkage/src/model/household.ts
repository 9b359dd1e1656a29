import { concatenateEdges, edgesAbove, type ScoredEdges } from '../cluster/cluster-pairs';
import { adjacency, hasEdge, type Adjacency } from '../cluster/adjacency';

/**
 * Household evidence (group linkage). Operators' files say which lines form one household
 * (`household` key, unique across files). Two records of different households are likelier the same
 * person when another member of one household also matches another member of the other (the family
 * was seen by both operators), and less likely when one of them matches another member of the other
 * household better (father and son, twins). The weight of each situation is estimated, without
 * labels, on the pairs scored near or above the threshold.
 */
export const HOUSEHOLD_LEVELS = [
  'pas d’autre membre connu',
  'même ménage dans le même fichier, même prénom',
  'même ménage dans le même fichier, autre prénom',
  'aucun autre membre des deux ménages ne correspond',
  'un autre membre des deux ménages correspond aussi',
  'correspond mieux à un autre membre de l’autre ménage',
];
export const HOUSEHOLD_LABEL = 'Ménage';
const NONE = 0;
const SAME = 1;
/**
 * A household lists each member once: two lines of one household in one file, with two different
 * first names, are two of its members (twins share the rest: family name, birth date, address).
 * Not estimated: among the pairs scored near the threshold, such twins look like matches to EM, and
 * the level would end up counting for them. A veto, where no field alone weighs below −10 bits: it is
 * the operator's own statement, not a field that a typing error could spoil.
 */
const SAME_OTHER_NAME = 2;
const TWO_MEMBERS = -64;
const UNSUPPORTED = 3;
const SUPPORTED = 4;
const CONTRADICTED = 5;

/** EM rounds on the kept pairs, at most; the estimates settle within a few. */
const MAX_ROUNDS = 50;
const SETTLED = 1e-4;

/** What the household step compared: households (alone or two linked ones), lines, pairs. */
export interface HouseholdReport {
  groups: number;
  largestGroup: number;
  pairs: number;
}

export class HouseholdEvidence {
  /** log2(m/u) per level, capped so that no pair below the kept floor could have crossed the threshold. */
  readonly weights: number[] = HOUSEHOLD_LEVELS.map((_, l) => (l === SAME_OTHER_NAME ? TWO_MEMBERS : 0));
  /** Pairs at or above the threshold (base weights) between records that have household context. */
  private linked!: Adjacency;

  private constructor(
    private readonly householdOf: Int32Array,
    /** Members of household h: `members[start[h]…start[h + 1])`. */
    private readonly start: Int32Array,
    private readonly members: Int32Array,
    private readonly sameGivenName: (i: number, j: number) => boolean,
  ) {}

  /**
   * Builds the evidence from the kept pairs (base weights) and adds it to their weights, or returns
   * undefined when no household has two lines. `household[i]` is the id of record i's household key
   * (-1: none), below `keyCount`; `sameGivenName` tells whether two records' first names agree (or
   * one is missing).
   *
   * The lines of each household, and the members of two households that a kept match links, are
   * compared with each other too, whatever the blocking said (`weigh` gives their base weights): a
   * wife listed under her birth name by one operator and her usage name by another shares no
   * blocking key with herself, but her husband does. Those pairs join the kept ones when they reach
   * the kept floor, `threshold − cap`; `cap` also bounds each level's weight, so that no pair under
   * that floor could cross the threshold.
   */
  static async apply(input: {
    household: Int32Array;
    keyCount: number;
    kept: ScoredEdges;
    /** Threshold in use: pairs at or above it link households. */
    threshold: number;
    /** The model's own threshold, log2((1 − λ) / λ): the prior odds of the estimation. */
    modelThreshold: number;
    cap: number;
    weigh: (left: Uint32Array, right: Uint32Array) => Promise<Float64Array>;
    sameGivenName: (i: number, j: number) => boolean;
  }): Promise<{ evidence: HouseholdEvidence; kept: ScoredEdges; report: HouseholdReport } | undefined> {
    const { household, keyCount, kept, threshold, cap } = input;
    const size = household.length;
    // Lines per key, then (same array) the index of each household of two lines or more: a household
    // of one line is no context.
    const index = new Int32Array(keyCount);
    for (let i = 0; i < size; i++) if (household[i] >= 0) index[household[i]]++;
    let households = 0;
    for (let key = 0; key < keyCount; key++) index[key] = index[key] > 1 ? households++ : -1;
    if (households === 0) return undefined;
    const householdOf = new Int32Array(size);
    const start = new Int32Array(households + 1);
    for (let i = 0; i < size; i++) {
      const h = household[i] >= 0 ? index[household[i]] : -1;
      householdOf[i] = h;
      if (h >= 0) start[h + 1]++;
    }
    for (let h = 0; h < households; h++) start[h + 1] += start[h];
    const members = new Int32Array(start[households]);
    const fill = start.slice(0, households);
    for (let i = 0; i < size; i++) if (householdOf[i] >= 0) members[fill[householdOf[i]]++] = i;

    const evidence = new HouseholdEvidence(householdOf, start, members, input.sameGivenName);
    const both = (edges: ScoredEdges, k: number) =>
      householdOf[edges.left[k]] >= 0 && householdOf[edges.right[k]] >= 0;
    const known = adjacency(size, kept, (k) => both(kept, k), false);
    const pairs = evidence.memberPairs(kept, known, threshold);
    const weights = await input.weigh(pairs.left, pairs.right);
    const all = concatenateEdges([kept, edgesAbove({ ...pairs, weight: weights }, threshold - cap)]);
    evidence.linked = adjacency(size, all, (k) => all.weight[k] >= threshold && both(all, k), true);
    const levels = new Uint8Array(all.weight.length);
    for (let k = 0; k < all.weight.length; k++)
      if (both(all, k)) levels[k] = evidence.level(all.left[k], all.right[k], all.weight[k]);
    evidence.fit(all.weight, levels, input.modelThreshold, cap);
    for (let k = 0; k < all.weight.length; k++) all.weight[k] += evidence.weights[levels[k]];
    return { evidence, kept: all, report: pairs.report };
  }

  /**
   * The pairs of lines of each household, and of members of two households that a kept match
   * links, less the kept pairs. (The lines of one household are not a blocking rule: their pairs
   * would join the EM's, which they skew — relatives look alike on everything but first name and
   * date — by over half a bit of threshold at 1M records.)
   */
  private memberPairs(
    kept: ScoredEdges,
    known: Adjacency,
    threshold: number,
  ): { left: Uint32Array; right: Uint32Array; report: HouseholdReport } {
    const { householdOf, start, members } = this;
    const households = start.length - 1;
    // Household pairs as h × households + g (h ≤ g), sorted and without repeats: no set of float keys.
    let linkedPairs = new Float64Array(households + 1024);
    let count = 0;
    for (let h = 0; h < households; h++) linkedPairs[count++] = h * households + h;
    for (let k = 0; k < kept.weight.length; k++) {
      const h = householdOf[kept.left[k]];
      const g = householdOf[kept.right[k]];
      if (h < 0 || g < 0 || h === g || kept.weight[k] < threshold) continue;
      if (count === linkedPairs.length) {
        const grown = new Float64Array(count * 2);
        grown.set(linkedPairs);
        linkedPairs = grown;
      }
      linkedPairs[count++] = Math.min(h, g) * households + Math.max(h, g);
    }
    const householdPairs = linkedPairs.subarray(0, count).sort();
    const report = { groups: 0, largestGroup: 0, pairs: 0 };
    // Twice over the household pairs: count the pairs to compare, then list them in arrays of that size.
    let left = new Uint32Array(0);
    let right = new Uint32Array(0);
    for (const listing of [false, true]) {
      count = 0;
      for (let p = 0; p < householdPairs.length; p++) {
        const key = householdPairs[p];
        if (p > 0 && key === householdPairs[p - 1]) continue;
        const h = Math.floor(key / households);
        const g = key - h * households;
        if (!listing) {
          report.groups++;
          const lines = start[h + 1] - start[h] + (h === g ? 0 : start[g + 1] - start[g]);
          report.largestGroup = Math.max(report.largestGroup, lines);
        }
        for (let x = start[h]; x < start[h + 1]; x++) {
          for (let y = h === g ? x + 1 : start[g]; y < start[g + 1]; y++) {
            const i = Math.min(members[x], members[y]);
            const j = Math.max(members[x], members[y]);
            if (hasEdge(known, i, j)) continue;
            if (listing) {
              left[count] = i;
              right[count] = j;
            }
            count++;
          }
        }
      }
      if (!listing) {
        left = new Uint32Array(count);
        right = new Uint32Array(count);
      }
    }
    report.pairs = count;
    return { left, right, report };
  }

  /** Bits added to the base weight `weight` of the pair (i, j). */
  adjustment(i: number, j: number, weight: number): number {
    return this.weights[this.level(i, j, weight)];
  }

  level(i: number, j: number, weight: number): number {
    const hi = this.householdOf[i];
    const hj = this.householdOf[j];
    if (hi < 0 || hj < 0) return NONE;
    if (hi === hj) return this.sameGivenName(i, j) ? SAME : SAME_OTHER_NAME;
    if (this.prefersAnother(i, j, hj, weight) || this.prefersAnother(j, i, hi, weight)) return CONTRADICTED;
    // Support: two other persons, one in each household, who match each other (not a second line of
    // i or j themselves, which would only repeat the same evidence).
    const { linked } = this;
    for (let x = this.start[hi]; x < this.start[hi + 1]; x++) {
      const a = this.members[x];
      if (a === i || this.isLinked(a, i)) continue;
      for (let y = linked.start[a]; y < linked.start[a + 1]; y++) {
        const b = linked.to[y];
        if (b !== j && this.householdOf[b] === hj && !this.isLinked(b, j)) return SUPPORTED;
      }
    }
    return UNSUPPORTED;
  }

  /** Whether i matches another member b of household h better than j (b not being j again). */
  private prefersAnother(i: number, j: number, h: number, weight: number): boolean {
    const { linked } = this;
    for (let y = linked.start[i]; y < linked.start[i + 1]; y++) {
      const b = linked.to[y];
      if (
        b !== j &&
        this.householdOf[b] === h &&
        (linked.weight as Float64Array)[y] > weight &&
        !this.isLinked(b, j)
      )
        return true;
    }
    return false;
  }

  private isLinked(i: number, j: number): boolean {
    return hasEdge(this.linked, i, j);
  }

  /**
   * m and u of each level by EM over the kept pairs, with the base weight as the rest of the
   * evidence: P(match | w, level) = 1 / (1 + 2^(t − w) / 2^(level's weight)), t being the model's
   * threshold (the prior odds, whatever threshold the caller chose). Non-matches
   * among kept pairs are those that look alike, which is the population the decision is about.
   * Estimated given that both households are known: having one says nothing of a match, so
   * "no context" keeps a weight of 0.
   */
  private fit(weights: Float64Array, levels: Uint8Array, modelThreshold: number, cap: number): void {
    const inContext: number[] = [];
    for (let k = 0; k < levels.length; k++) if (levels[k] !== NONE) inContext.push(k);
    const odds = Float64Array.from(inContext, (k) => 2 ** (modelThreshold - weights[k]));
    const level = Uint8Array.from(inContext, (k) => levels[k]);
    const count = HOUSEHOLD_LEVELS.length;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const factor = this.weights.map((w) => 2 ** -w);
      const matches = new Float64Array(count).fill(0.5);
      const others = new Float64Array(count).fill(0.5);
      for (let x = 0; x < odds.length; x++) {
        const p = 1 / (1 + odds[x] * factor[level[x]]);
        matches[level[x]] += p;
        others[level[x]] += 1 - p;
      }
      const totalMatches = matches.reduce((sum, m, l) => (l === NONE ? sum : sum + m), 0);
      const totalOthers = others.reduce((sum, u, l) => (l === NONE ? sum : sum + u), 0);
      let change = 0;
      for (let l = 1; l < count; l++) {
        if (l === SAME_OTHER_NAME) continue;
        const bits = Math.log2(matches[l] / totalMatches / (others[l] / totalOthers));
        const capped = Math.max(-cap, Math.min(cap, bits));
        change = Math.max(change, Math.abs(capped - this.weights[l]));
        this.weights[l] = capped;
      }
      if (change < SETTLED) break;
    }
  }
}
