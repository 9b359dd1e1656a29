import type { ScoredEdges } from '../cluster/cluster-pairs';
import { dedupe } from '../engine/dedupe';
import { explainPair } from '../explain/explain-pair';
import { generateFrenchDataset } from '../testing/french-generator';
import { HOUSEHOLD_LEVELS, HouseholdEvidence } from './household';

const THRESHOLD = 10;
const CAP = 6;

function edges(triples: [number, number, number][]): ScoredEdges {
  return {
    left: Uint32Array.from(triples, (t) => t[0]),
    right: Uint32Array.from(triples, (t) => t[1]),
    weight: Float64Array.from(triples, (t) => t[2]),
  };
}

/**
 * A father (0, 2) and his namesake son (1, 3) seen by two operators A and B; a member of household C
 * (4) who looks like the father but whose housemate (5) matches nobody; a person alone in her
 * household (6); a record without a household (7).
 */
const keys = ['A-1', 'B-1', 'C-1', 'D-1'];
const household = Int32Array.from(['A-1', 'A-1', 'B-1', 'B-1', 'C-1', 'C-1', 'D-1', ''], (key) =>
  keys.indexOf(key),
);
const keptPairs: [number, number, number][] = [
  [0, 2, 15],
  [1, 3, 14],
  [0, 3, 11],
  [2, 4, 12],
  [0, 6, 12],
  [0, 7, 12],
];
const unkept: Record<string, number> = { '1,2': 7, '3,4': 2 };

async function estimate() {
  const compared: string[] = [];
  const result = await HouseholdEvidence.apply({
    household,
    keyCount: keys.length,
    kept: edges(keptPairs),
    threshold: THRESHOLD,
    modelThreshold: THRESHOLD,
    cap: CAP,
    weigh: async (left, right) =>
      Float64Array.from(left, (i, k) => {
        compared.push(`${i},${right[k]}`);
        return unkept[`${i},${right[k]}`] ?? -20;
      }),
    // Father and son have different first names; the two lines of household C are one person.
    sameGivenName: (i, j) => Math.min(i, j) === 4 && Math.max(i, j) === 5,
  });
  if (!result) throw new Error('no household evidence');
  return { ...result, compared };
}

describe('preuve par le ménage', () => {
  it('classe chaque paire selon ce que disent les autres membres des deux ménages', async () => {
    const { evidence } = await estimate();
    const level = (i: number, j: number, w: number) => HOUSEHOLD_LEVELS[evidence.level(i, j, w)];
    expect(level(0, 2, 15)).toBe('un autre membre des deux ménages correspond aussi');
    expect(level(0, 3, 11)).toBe('correspond mieux à un autre membre de l’autre ménage');
    expect(level(2, 4, 12)).toBe('aucun autre membre des deux ménages ne correspond');
    expect(level(0, 1, -20)).toBe('même ménage dans le même fichier, autre prénom');
    expect(level(1, 0, -20)).toBe('même ménage dans le même fichier, autre prénom');
    expect(level(4, 5, -20)).toBe('même ménage dans le même fichier, même prénom');
    expect(level(0, 6, 12)).toBe('pas d’autre membre connu');
    expect(level(0, 7, 12)).toBe('pas d’autre membre connu');
  });

  it('compare les lignes d’un ménage et les membres de deux ménages reliés, et garde les paires au-dessus du plancher', async () => {
    const { kept: all, compared } = await estimate();
    // Within each household, and across the households a match links (A–B, B–C), minus kept pairs.
    expect(compared.sort()).toEqual(['0,1', '1,2', '2,3', '2,5', '3,4', '3,5', '4,5']);
    const added = [...all.left.keys()].slice(keptPairs.length).map((k) => `${all.left[k]},${all.right[k]}`);
    expect(added).toEqual(['1,2']);
  });

  it('borne chaque poids estimé, laisse à 0 l’absence de ménage connu et refuse deux prénoms d’un même ménage', async () => {
    const { evidence } = await estimate();
    const twoMembers = HOUSEHOLD_LEVELS.indexOf('même ménage dans le même fichier, autre prénom');
    expect(evidence.weights[0]).toBe(0);
    evidence.weights.forEach((weight, l) => {
      if (l !== twoMembers) expect(Math.abs(weight)).toBeLessThanOrEqual(CAP);
    });
    // Below anything the other fields can add up to: never one person.
    expect(evidence.weights[twoMembers]).toBeLessThanOrEqual(-64);
  });

  it('ne relie pas des jumeaux qu’un opérateur a inscrits dans le même ménage', async () => {
    const twin = (id: string, firstName: string, household = 'CHRS-122') => ({
      id,
      fields: {
        firstName,
        lastName: 'Vierchamasker',
        birthDate: '2012-03-14',
        sex: 'F',
        address: '14 rue d’Auxonne',
        postcode: '21800',
        city: 'Quetigny',
        household,
      },
    });
    const { records } = generateFrenchDataset(3000, 12);
    const result = await dedupe(
      [...records, twin('t1', 'Laura'), twin('t2', 'Sarah'), twin('t3', 'LAURA', '115-9')],
      { workers: 0 },
    );
    expect(result.clusters.get('t1')).toBe(result.clusters.get('t3'));
    expect(result.clusters.get('t1')).not.toBe(result.clusters.get('t2'));
    expect(explainPair(result, 't1', 't2').lines).toContain(
      'Ménage : même ménage dans le même fichier, autre prénom (-64,0)',
    );
  }, 30_000);

  it('ne fait rien sans ménage de plus d’un membre', async () => {
    const alone = Int32Array.from(household, (_, i) => (i % 2 === 0 ? i / 2 : -1));
    const none = await HouseholdEvidence.apply({
      household: alone,
      keyCount: 4,
      kept: edges(keptPairs),
      threshold: THRESHOLD,
      modelThreshold: THRESHOLD,
      cap: CAP,
      weigh: async (left) => new Float64Array(left.length),
      sameGivenName: () => true,
    });
    expect(none).toBeUndefined();
  });

  it('apprend sans étiquettes que les ménages vus ensemble se confirment, et améliore le résultat', async () => {
    const { records: generated, truth } = generateFrenchDataset(4000, 31);
    const withHouseholds = await dedupe(generated, { workers: 0 });
    const withoutHouseholds = await dedupe(
      generated.map((r) => ({ id: r.id, fields: { ...r.fields, household: undefined } })),
      { workers: 0 },
    );
    const f1 = (clusters: ReadonlyMap<string, string>) => {
      const byCluster = new Map<string, number>();
      const both = new Map<string, number>();
      const byTruth = new Map<string, number>();
      generated.forEach((r, i) => {
        const c = clusters.get(r.id) as string;
        byCluster.set(c, (byCluster.get(c) ?? 0) + 1);
        byTruth.set(truth[i], (byTruth.get(truth[i]) ?? 0) + 1);
        both.set(`${c}|${truth[i]}`, (both.get(`${c}|${truth[i]}`) ?? 0) + 1);
      });
      const pairs = (counts: Map<string, number>) =>
        [...counts.values()].reduce((t, n) => t + (n * (n - 1)) / 2, 0);
      return (2 * pairs(both)) / (pairs(byCluster) + pairs(byTruth));
    };
    const explanation = withHouseholds.session.explainIndexes(0, 1);
    expect(explanation.fields.at(-1)?.label).toBe('Ménage');
    expect(withHouseholds.stats.blockingRules.at(-1)?.name).toBe(
      'membres d’un ménage, ou de deux ménages reliés',
    );
    expect(f1(withHouseholds.clusters)).toBeGreaterThan(f1(withoutHouseholds.clusters) + 0.003);
  }, 30_000);
});
