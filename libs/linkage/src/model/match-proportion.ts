/**
 * The match proportion λ that the scored pairs imply: the fixed point of EM's λ-step run on the final
 * weights, m and u held, where the expected number of matches among the pairs,
 * Σ 1 / (1 + 2^−(w − log2((1 − λ) / λ))), equals λ × the possible pairs.
 *
 * EM's own λ comes from the comparison patterns alone, without the frequency adjustments, under
 * independence of the fields. On a large file, most candidates are namesakes, and the matches that
 * resemble them (no date, a common name) fall in EM's non-match class: on the French synthetic set,
 * EM counts 97 % of the matches at 10k records, 72 % at 100k and 40 % at 1M, which puts the threshold
 * 1.3 bits too high at 1M. The weights, which know a rare name from a common one, count 98–102 %.
 *
 * `weights` are those of the pairs kept, at or above some floor: pairs far below the threshold add
 * nothing that matters. `start` is EM's λ.
 */
export function matchProportionFromWeights(
  weights: Float64Array,
  possiblePairs: number,
  start: number,
): number {
  const ratios = new Float64Array(weights.length);
  for (let k = 0; k < weights.length; k++) ratios[k] = 2 ** weights[k];
  // Newton's method on h(θ) = ln E(θ) − ln(λ(θ) × pairs), θ the log prior odds: E is increasing and
  // h is nearly linear in θ, so a few steps suffice where the plain iteration needs a hundred.
  let theta = Math.log(start / (1 - start));
  for (let iteration = 0; iteration < 50; iteration++) {
    const odds = Math.exp(theta);
    let expected = 0;
    let slope = 0;
    for (let k = 0; k < ratios.length; k++) {
      const posterior = (ratios[k] * odds) / (1 + ratios[k] * odds);
      expected += posterior;
      slope += posterior * (1 - posterior);
    }
    // Under one expected match (no pair kept, say): one, as EM's estimate is floored.
    if (expected < 1) return Math.min(1 / possiblePairs, 0.5);
    const lambda = odds / (1 + odds);
    const h = Math.log(expected) - Math.log(lambda * possiblePairs);
    // h' < 0 (slope < expected); bounded steps where E is nearly proportional to the odds.
    const step = Math.max(-1, Math.min(1, h / (slope / expected - (1 - lambda))));
    theta -= step;
    if (Math.abs(step) < 1e-9) break;
  }
  return Math.min(1 / (1 + Math.exp(-theta)), 0.5);
}
