import type { Comparator } from '../compare/comparator';
import { anchoredM, fitMatches, type PatternCounts } from './em';

export interface TrainingResult {
  m: number[][];
  /** Proportion of matches among all candidate pairs. */
  lambdaCandidates: number;
  iterations: number;
  converged: boolean;
}

/** Distinct comparison patterns of the candidate pairs with their counts, in pattern order. */
export function countPatterns(comparator: Comparator, counts: ReadonlyMap<number, number>): PatternCounts {
  const result: PatternCounts = { levels: [], counts: [] };
  for (const [code, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    const levels = new Uint8Array(comparator.fields.length);
    comparator.decode(code, levels);
    result.levels.push(levels);
    result.counts.push(count);
  }
  return result;
}

/**
 * m and the match proportion by EM over all candidate pairs (patterns deduplicated and counted,
 * not one session per blocking rule; see `fitMatches` for when the bounds on m are lifted). `u` (from random pairs) only starts the non-match class: the
 * weights are later log2(m / u) with the random-pair u, the population the threshold refers to.
 * `patterns` maps each pattern code to its number of candidate pairs.
 */
export function trainModel(
  comparator: Comparator,
  patterns: ReadonlyMap<number, number>,
  u: number[][],
): TrainingResult {
  const counted = countPatterns(comparator, patterns);
  const em = fitMatches(comparator.fields, counted, u);
  return {
    m: anchoredM(comparator.fields, counted, em.m),
    lambdaCandidates: em.lambda,
    iterations: em.iterations,
    converged: em.converged,
  };
}
