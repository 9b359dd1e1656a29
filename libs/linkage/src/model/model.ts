import type { ModelField } from '../compare/comparator';

export interface FieldParameters extends ModelField {
  /** P(level | match), index 0 (missing) unused. */
  m: number[];
  /** P(level | non-match). */
  u: number[];
  /** log2(m / u): the evidence, in bits, that each level brings. */
  weights: number[];
}

export interface LinkageModel {
  fields: FieldParameters[];
  /** Estimated proportion of matches among all possible pairs (the prior). */
  lambda: number;
  /** Weight at which a pair is as likely a match as not: log2((1 − λ) / λ). */
  modelThreshold: number;
  /** Threshold in use (the model's, or the one given by the caller). */
  threshold: number;
  emIterations: number;
  emConverged: boolean;
  /**
   * Per record, the bits added to an exact agreement on its whole name, beyond its two names'
   * frequencies (`fullNameCorrections`).
   */
  fullNames?: Float32Array;
}

/** No single field may veto a pair by more than this: files hold errors no model foresees. */
const MIN_LEVEL_WEIGHT = -10;

/**
 * log2(m/u) per level, bounded by what is known a priori, since rare levels get noisy estimates: a
 * full disagreement (the last level) is never evidence for a match, an exact agreement (the first)
 * never evidence against, and a partial agreement never weighs less than a full disagreement.
 */
function levelWeights(m: number[], u: number[]): number[] {
  const raw = m.map((p, l) => (l === 0 ? 0 : Math.max(MIN_LEVEL_WEIGHT, Math.log2(p / u[l]))));
  const last = raw.length - 1;
  raw[last] = Math.min(raw[last], 0);
  raw[1] = Math.max(raw[1], 0);
  return raw.map((w, l) => (l === 0 ? 0 : Math.max(w, raw[last])));
}

export function buildModel(
  fields: ModelField[],
  m: number[][],
  u: number[][],
  lambda: number,
  emIterations: number,
  emConverged: boolean,
  threshold?: number,
  fullNames?: Float32Array,
): LinkageModel {
  const parameters = fields.map((field, f) => ({
    ...field,
    m: m[f],
    u: u[f],
    weights: levelWeights(m[f], u[f]),
  }));
  const modelThreshold = Math.log2((1 - lambda) / lambda);
  return {
    fields: parameters,
    lambda,
    modelThreshold,
    threshold: threshold ?? modelThreshold,
    emIterations,
    emConverged,
    fullNames,
  };
}
