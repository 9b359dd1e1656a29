import { LinkageConstraintError } from './constraint-error';
import { clusterPairs, type ClusteringInput } from './cluster-pairs';

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
