import type { Comparator } from '../compare/comparator';
import type { BlockingRule } from '../blocking/rules';
import { estimateLambda, runEm, type PatternCounts } from './em';

export interface TrainingResult {
  m: number[][];
  /** Proportion of matches among all candidate pairs. */
  lambdaCandidates: number;
  iterations: number;
  converged: boolean;
}

const MIN_PAIRS_PER_SESSION = 50;

function countPatterns(comparator: Comparator, patterns: Uint32Array, keep: (k: number) => boolean, excluded: number[]): PatternCounts {
  const { radix, fields } = comparator;
  const counts = new Map<number, number>();
  for (let k = 0; k < patterns.length; k++) {
    if (!keep(k)) continue;
    let code = patterns[k];
    for (const f of excluded) code -= (Math.floor(code / radix[f]) % fields[f].levels.length) * radix[f];
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const result: PatternCounts = { levels: [], counts: [] };
  for (const [code, count] of counts) {
    const levels = new Uint8Array(fields.length);
    comparator.decode(code, levels);
    result.levels.push(levels);
    result.counts.push(count);
  }
  return result;
}

/**
 * One EM session per blocking rule, on the pairs that rule produced, leaving out the fields its key
 * is made of (their agreement there is forced by blocking, not evidence). Each field's m is the
 * average of the sessions that could learn it, weighted by their expected matches; λ is then
 * estimated over all candidate pairs with m and u fixed.
 */
export function trainModel(comparator: Comparator, patterns: Uint32Array, ruleMask: Uint8Array, rules: BlockingRule[], u: number[][]): TrainingResult {
  const fields = comparator.fields;
  const sums = fields.map((f) => new Array<number>(f.levels.length).fill(0));
  const weights = new Array<number>(fields.length).fill(0);
  let iterations = 0;
  let converged = true;
  rules.forEach((rule, r) => {
    const excluded = fields.flatMap((f, index) => (rule.fields.includes(f.name) ? [index] : []));
    const session = countPatterns(comparator, patterns, (k) => (ruleMask[k] & (1 << r)) !== 0, excluded);
    const pairs = session.counts.reduce((a, b) => a + b, 0);
    if (pairs < MIN_PAIRS_PER_SESSION) return;
    const em = runEm(fields, session, u);
    iterations += em.iterations;
    converged &&= em.converged;
    const expectedMatches = em.lambda * pairs;
    fields.forEach((_, f) => {
      if (excluded.includes(f)) return;
      for (let l = 0; l < sums[f].length; l++) sums[f][l] += em.m[f][l] * expectedMatches;
      weights[f] += expectedMatches;
    });
  });
  const all = countPatterns(comparator, patterns, () => true, []);
  const fallback = fields.some((_, f) => weights[f] === 0) ? runEm(fields, all, u) : undefined;
  if (fallback) iterations += fallback.iterations;
  const m = fields.map((_, f) => (weights[f] > 0 ? sums[f].map((s) => s / weights[f]) : (fallback as NonNullable<typeof fallback>).m[f]));
  return { m, lambdaCandidates: estimateLambda(all, m, u), iterations, converged };
}
