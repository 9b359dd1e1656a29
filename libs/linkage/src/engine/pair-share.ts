import { candidatePairs, type BlockingOptions, type BlockingReport } from '../blocking/candidates';
import { TRAINING_RULES } from '../blocking/rules';
import { edgesAbove } from '../cluster/cluster-pairs';
import { Comparator, type ModelField } from '../compare/comparator';
import type { LinkageModel } from '../model/model';
import { Scorer } from '../model/scorer';
import { TermFrequencies } from '../model/term-frequency';
import type { PreparedData } from '../normalize/prepare';

/** A share's blocking: the rule reports (pairs counted in this share only) and its number of pairs. */
export interface BlockedShare {
  rules: BlockingReport[];
  pairs: number;
}

/** The distinct comparison patterns of a share's pairs, with how many pairs have each. */
export interface ComparedShare {
  codes: Uint32Array;
  counts: Uint32Array;
  /** Pairs counted in the patterns: those of the rules that train the model. */
  trainingPairs: number;
}

/** A share's pairs weighing at least the floor it was given. */
export interface ScoredShare {
  left: Uint32Array;
  right: Uint32Array;
  weight: Float64Array;
}

/**
 * One share of the candidate pairs (those whose first record is `part` modulo `parts`), blocked,
 * compared and scored where it lives. In a worker thread, the millions of pairs, their patterns and
 * their weights never cross to the main thread: it receives the rule reports, the pattern counts and
 * the pairs worth keeping. Allocating those arrays on the main thread also cost it a full garbage
 * collection of the records' heap (over a second at 1M records) every 64 MB or so.
 * A share is a fixed subset of the pairs: their union, the patterns and the weights do not depend on
 * the number of shares.
 */
export class PairShare {
  private readonly comparator: Comparator;
  private left: Uint32Array = new Uint32Array(0);
  private right: Uint32Array = new Uint32Array(0);
  private ruleMask: Uint16Array = new Uint16Array(0);
  private patterns: Uint32Array = new Uint32Array(0);
  /** Set by `score`: weighs any further pair the main thread asks for. */
  scorer?: Scorer;

  constructor(
    readonly data: PreparedData,
    readonly fields: ModelField[],
    private readonly part: number,
    private readonly parts: number,
  ) {
    this.comparator = new Comparator(data, fields);
  }

  block(options: BlockingOptions): BlockedShare {
    const share = this.parts > 1 ? { index: this.part, count: this.parts } : undefined;
    const candidates = candidatePairs(this.data, { ...options, share });
    this.left = candidates.left;
    this.right = candidates.right;
    this.ruleMask = candidates.ruleMask;
    return { rules: candidates.rules, pairs: candidates.left.length };
  }

  compare(): ComparedShare {
    const { left, right, ruleMask, comparator } = this;
    const scratch = new Uint8Array(this.fields.length);
    const patterns = new Uint32Array(left.length);
    const counts = new Map<number, number>();
    let trainingPairs = 0;
    for (let k = 0; k < left.length; k++) {
      const code = comparator.pattern(left[k], right[k], scratch);
      patterns[k] = code;
      if ((ruleMask[k] & TRAINING_RULES) === 0) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      trainingPairs++;
    }
    this.patterns = patterns;
    this.ruleMask = new Uint16Array(0);
    return {
      codes: Uint32Array.from(counts.keys()),
      counts: Uint32Array.from(counts.values()),
      trainingPairs,
    };
  }

  /**
   * Weighs every pair; keeps those at or above `floor` (and the threshold's, whichever is lower).
   * The weights do not depend on the model's prior, which the caller may estimate again afterwards.
   */
  score(model: LinkageModel, floor: number): ScoredShare {
    const { left, right, patterns } = this;
    const scorer = new Scorer(this.comparator, model, new TermFrequencies(this.data));
    this.scorer = scorer;
    const minimum = Math.min(floor, model.threshold);
    const weights = new Float64Array(patterns.length);
    for (let k = 0; k < patterns.length; k++)
      weights[k] = scorer.weightOfPattern(patterns[k], left[k], right[k]);
    return edgesAbove({ left, right, weight: weights }, minimum);
  }

  /** Drops the candidate pairs, keeping what `weigh` needs. */
  release(): void {
    this.left = this.right = this.patterns = new Uint32Array(0);
    this.ruleMask = new Uint16Array(0);
  }
}

/** Weight of each pair (left[k], right[k]), once the model is known. */
export function weighPairs(scorer: Scorer, left: Uint32Array, right: Uint32Array): Float64Array {
  const weights = new Float64Array(left.length);
  for (let k = 0; k < left.length; k++) weights[k] = scorer.weight(left[k], right[k]);
  return weights;
}
