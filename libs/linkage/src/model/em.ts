import type { ModelField } from '../compare/comparator';
import { emptyLevelCounts, toProbabilities } from './level-counts';

export interface PatternCounts {
  /** Each distinct comparison pattern decoded to levels (0 = missing or not modelled). */
  levels: Uint8Array[];
  counts: number[];
}

export interface EmResult {
  m: number[][];
  /** Proportion of matches among the pairs given. */
  lambda: number;
  iterations: number;
  converged: boolean;
}

/** Starting m: agreement is likely among matches, the "different" level unlikely. */
function initialM(field: ModelField): number[] {
  const levels = field.levels.length;
  const m = [0];
  for (let l = 1; l < levels; l++) m.push(l === levels - 1 ? 0.01 : 0.9 * 0.3 ** (l - 1));
  const total = m.reduce((a, b) => a + b, 0);
  return m.map((p) => p / total);
}

function likelihood(levels: Uint8Array, probabilities: number[][]): number {
  let product = 1;
  for (let f = 0; f < levels.length; f++) if (levels[f] !== 0) product *= probabilities[f][levels[f]];
  return product;
}

function posterior(levels: Uint8Array, m: number[][], u: number[][], lambda: number): number {
  const match = lambda * likelihood(levels, m);
  return match / (match + (1 - lambda) * likelihood(levels, u));
}

/**
 * Expectation–maximisation of m and of the match proportion λ over distinct comparison patterns,
 * u staying fixed (estimated from random pairs); fields are conditionally independent given the class.
 */
export function runEm(fields: ModelField[], patterns: PatternCounts, u: number[][], maxIterations = 300, tolerance = 1e-6): EmResult {
  let m = fields.map(initialM);
  let lambda = 0.1;
  const total = patterns.counts.reduce((a, b) => a + b, 0);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const matchCounts = emptyLevelCounts(fields);
    let expectedMatches = 0;
    for (let p = 0; p < patterns.levels.length; p++) {
      const levels = patterns.levels[p];
      const weight = posterior(levels, m, u, lambda) * patterns.counts[p];
      expectedMatches += weight;
      for (let f = 0; f < levels.length; f++) matchCounts[f][levels[f]] += weight;
    }
    const nextM = matchCounts.map((c) => toProbabilities(c, 1e-3));
    const nextLambda = Math.min(Math.max(expectedMatches / total, 1e-9), 1 - 1e-9);
    let change = Math.abs(nextLambda - lambda);
    for (let f = 0; f < m.length; f++) for (let l = 1; l < m[f].length; l++) change = Math.max(change, Math.abs(nextM[f][l] - m[f][l]));
    m = nextM;
    lambda = nextLambda;
    if (change < tolerance) return { m, lambda, iterations: iteration, converged: true };
  }
  return { m, lambda, iterations: maxIterations, converged: false };
}

/** λ alone, m and u known: the proportion of matches among the given pairs. */
export function estimateLambda(patterns: PatternCounts, m: number[][], u: number[][], maxIterations = 200): number {
  const total = patterns.counts.reduce((a, b) => a + b, 0);
  let lambda = 0.1;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let expected = 0;
    for (let p = 0; p < patterns.levels.length; p++) expected += posterior(patterns.levels[p], m, u, lambda) * patterns.counts[p];
    const next = Math.min(Math.max(expected / total, 1e-12), 1 - 1e-9);
    if (Math.abs(next - lambda) < 1e-9) return next;
    lambda = next;
  }
  return lambda;
}
