import { DEFAULTS } from '../engine/run-linkage';
import { LinkageConstraintError } from './constraint-error';
import { clusterPairs, strongestFirst, type ClusteringInput } from './cluster-pairs';

/** Five records; accepted pairs 0-1, 1-2 (through record 1, which lacks a birth date) and 3-4. */
function input(overrides: Partial<ClusteringInput> = {}): ClusteringInput {
  const weights: Record<string, number> = { '0-1': 20, '1-2': 18, '3-4': 15, '0-2': -15 };
  return {
    size: 5,
    edges: {
      left: Uint32Array.of(0, 1, 3),
      right: Uint32Array.of(1, 2, 4),
      weight: Float64Array.of(20, 18, 15),
    },
    weight: (i, j) => weights[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? -20,
    threshold: 10,
    mustLink: [],
    cannotLink: [],
    chainFloor: 0,
    maxClusterSize: 100,
    describe: String,
    ...overrides,
  };
}

function groups(result: ReturnType<typeof clusterPairs>): number[] {
  return [0, 1, 2, 3, 4].map((i) => result.sets.find(i));
}

describe('regroupement des paires', () => {
  it('refuse de chaîner deux personnes par un lien faible', () => {
    const result = clusterPairs(input());
    const [a, b, c, d, e] = groups(result);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(d).toBe(e);
    expect(result.refusedMerges).toBe(1);
  });

  it('par défaut, une paire un peu contre n’empêche pas la fusion ; une paire fortement contre, si', () => {
    // Lines of one person: 0 and 2 share little (one lacks a name, the other has a slip in the date).
    const mild = { '0-1': 25, '1-2': 30, '3-4': 15, '0-2': -3 };
    const strong = { ...mild, '1-2': 40, '0-2': -15 };
    const merged = (weights: Record<string, number>) => {
      const [a, b, c] = groups(
        clusterPairs(
          input({
            chainFloor: DEFAULTS.chainFloor,
            edges: {
              left: Uint32Array.of(0, 1, 3),
              right: Uint32Array.of(1, 2, 4),
              weight: Float64Array.of(25, 30, 15),
            },
            weight: (i, j) => weights[`${Math.min(i, j)}-${Math.max(i, j)}` as keyof typeof mild] ?? -20,
          }),
        ),
      );
      return a === b && b === c;
    };
    expect(merged(mild)).toBe(true);
    expect(merged(strong)).toBe(false);
  });

  it('fusionne les trois quand aucune paire ne s’y oppose', () => {
    const [a, b, c] = groups(clusterPairs(input({ weight: () => 16 })));
    expect(new Set([a, b, c]).size).toBe(1);
  });

  it('applique must-link et cannot-link', () => {
    const [a, b, , d] = groups(clusterPairs(input({ mustLink: [[0, 3]], cannotLink: [[0, 1]] })));
    expect(a).toBe(d);
    expect(a).not.toBe(b);
  });

  it('signale des contraintes contradictoires', () => {
    expect(() => clusterPairs(input({ mustLink: [[0, 1]], cannotLink: [[1, 0]] }))).toThrow(
      LinkageConstraintError,
    );
  });

  it('ne fusionne jamais deux clusters existants (mode incrémental)', () => {
    const existingCluster = Int32Array.of(0, 1, -1, -1, -1);
    const [a, b] = groups(clusterPairs(input({ existingCluster, weight: () => 16 })));
    expect(a).not.toBe(b);
  });
});

describe('enregistrement disputé entre plusieurs clusters', () => {
  /**
   * Records 0 and 1: two namesakes (different birth dates, weight −20 between them); record 2 has no
   * birth date and matches both. Threshold 10.
   */
  function contested(w02: number, w12: number, overrides: Partial<ClusteringInput> = {}): number[] {
    const weights: Record<string, number> = { '0-1': -20, '0-2': w02, '1-2': w12 };
    const weight = (i: number, j: number) => weights[`${Math.min(i, j)}-${Math.max(i, j)}`];
    const edges = {
      left: Uint32Array.of(0, 1),
      right: Uint32Array.of(2, 2),
      weight: Float64Array.of(w02, w12),
    };
    const result = clusterPairs(input({ size: 3, edges, competitors: edges, weight, ...overrides }));
    return [0, 1, 2].map((i) => result.sets.find(i));
  }

  it('reste seul quand deux homonymes le revendiquent autant l’un que l’autre', () => {
    // Pairwise, 2 matches each of them (odds 8:1); together, 8 / (1 + 8 + 8) < 1/2 for either.
    const [a, b, c] = contested(13, 13);
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('rejoint le cluster nettement plus probable', () => {
    // Odds 2^8 against 2^1: 256 / (1 + 256 + 2) > 1/2.
    const [a, b, c] = contested(18, 11);
    expect(c).toBe(a);
    expect(c).not.toBe(b);
  });

  it('sans concurrents, la décision du regroupement glouton reste', () => {
    const [a, , c] = contested(13, 13, {
      competitors: { left: Uint32Array.of(0), right: Uint32Array.of(2), weight: Float64Array.of(13) },
    });
    expect(c).toBe(a);
  });

  it('ne déplace pas un enregistrement tenu par un must-link', () => {
    const [a, , c] = contested(13, 13, { mustLink: [[0, 2]] });
    expect(c).toBe(a);
  });
});

describe('strongestFirst', () => {
  it('range les paires par poids décroissant, les égalités par indices d’enregistrement', () => {
    const left = Uint32Array.from({ length: 2000 }, (_, k) => (k * 7919) % 500);
    const right = Uint32Array.from({ length: 2000 }, (_, k) => 500 + ((k * 104729) % 700));
    const weight = Float64Array.from(
      { length: 2000 },
      (_, k) => ((k * 31) % 9) - 4 + (k % 3 === 0 ? 0.5 : 0),
    );
    const expected = Array.from({ length: 2000 }, (_, k) => k).sort(
      (p, q) => weight[q] - weight[p] || left[p] - left[q] || right[p] - right[q],
    );
    expect([...strongestFirst({ left, right, weight })]).toEqual(expected);
  });
});
