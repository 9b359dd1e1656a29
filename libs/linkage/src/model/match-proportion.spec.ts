import { matchProportionFromWeights } from './match-proportion';

/**
 * Pairs whose weights are the true log-likelihood ratios of a known mixture: `matches` of the
 * `possible` pairs are matches. Each cell has P(cell | match) and P(cell | non-match); it holds its
 * expected number of pairs of each class, all at the weight log2(m / u). Only the cells at or above
 * `floor` are kept, as the engine keeps only the pairs near or above the threshold.
 */
function mixture(possible: number, matches: number, floor: number): Float64Array {
  const cells = [
    { m: 0.55, u: 1e-9 },
    { m: 0.2, u: 2e-8 },
    { m: 0.12, u: 4e-7 },
    { m: 0.08, u: 5e-6 },
    { m: 0.04, u: 1e-4 },
    { m: 0.01, u: 1 - 1e-9 - 2e-8 - 4e-7 - 5e-6 - 1e-4 },
  ];
  const weights: number[] = [];
  for (const { m, u } of cells) {
    const weight = Math.log2(m / u);
    if (weight < floor) continue;
    const count = Math.round(matches * m + (possible - matches) * u);
    for (let k = 0; k < count; k++) weights.push(weight);
  }
  return Float64Array.from(weights);
}

describe('proportion de correspondances estimée sur les poids', () => {
  const possible = 5e9;
  const matches = 50_000;

  it('retrouve la proportion du mélange, partie d’une estimation trois fois trop basse', () => {
    const weights = mixture(possible, matches, 0);
    const lambda = matchProportionFromWeights(weights, possible, matches / possible / 3);
    expect(lambda * possible).toBeGreaterThan(matches * 0.98);
    expect(lambda * possible).toBeLessThan(matches * 1.02);
  });

  it('ne dépend pas du point de départ', () => {
    const weights = mixture(possible, matches, 0);
    const low = matchProportionFromWeights(weights, possible, 1e-8);
    const high = matchProportionFromWeights(weights, possible, 1e-3);
    expect(Math.abs(low - high) / low).toBeLessThan(1e-6);
  });

  it('compte une correspondance attendue, et pas moins, quand aucune paire n’a été gardée', () => {
    expect(matchProportionFromWeights(new Float64Array(0), possible, 1e-6)).toBe(1 / possible);
  });
});
