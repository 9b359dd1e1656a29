import { LinkageConstraintError } from '../cluster/constraint-error';
import { explainPair } from '../explain/explain-pair';
import { generateFrenchDataset } from '../testing/french-generator';
import type { LinkageRecord } from '../types';
import { dedupe } from './dedupe';
import { linkIncremental } from './incremental';

const fast = { workers: 0, randomPairs: 20_000 };

function person(id: string, firstName: string, lastName: string, birthDate: string, extra: LinkageRecord['fields'] = {}): LinkageRecord {
  return { id, fields: { firstName, lastName, birthDate, ...extra } };
}

/** A small file: a few people seen twice with variants, plus distinct people. */
function smallFile(): LinkageRecord[] {
  const { records } = generateFrenchDataset(600, 7);
  return [
    ...records,
    person('x1', 'Mohamed', 'Diallo', '12/05/1984', { sex: 'M' }),
    person('x2', 'MUHAMMAD', 'DIALLO', '1984-05-12', { sex: 'M' }),
    person('x3', 'Mohamed', 'Diallo', '03/09/2001', { sex: 'M' }),
  ];
}

describe('estimation EM', () => {
  it('converge et donne des poids cohérents sur un jeu généré', async () => {
    const result = await dedupe(generateFrenchDataset(3000, 11).records, fast);
    const date = result.model.fields.find((f) => f.name === 'birthDate');
    const first = result.model.fields.find((f) => f.name === 'firstName');
    expect(result.model.emConverged).toBe(true);
    expect(date?.weights[1]).toBeGreaterThan(5);
    expect(date?.weights[1]).toBeGreaterThan(date?.weights[7] ?? Infinity);
    expect(first?.weights[1]).toBeGreaterThan(first?.weights[5] ?? Infinity);
    expect(result.model.lambda).toBeGreaterThan(0);
    expect(result.model.lambda).toBeLessThan(0.01);
  });
});

describe('dedupe', () => {
  it('relie les variantes, sépare les homonymes et reste déterministe', async () => {
    const records = smallFile();
    const first = await dedupe(records, fast);
    const second = await dedupe(records, fast);
    expect([...first.clusters]).toEqual([...second.clusters]);
    expect(first.clusters.get('x1')).toBe(first.clusters.get('x2'));
    expect(first.clusters.get('x1')).not.toBe(first.clusters.get('x3'));
    expect(first.clusters.size).toBe(records.length);
  });

  it('explique une paire en français, champ par champ', async () => {
    const result = await dedupe(smallFile(), fast);
    const explanation = explainPair(result, 'x1', 'x2');
    expect(explanation.linked).toBe(true);
    expect(explanation.text).toMatch(/Prénom : variante[^;]*\(\+\d+,\d\)/);
    expect(explanation.text).toMatch(/Date de naissance : identique \(\+\d+,\d\)/);
    expect(explanation.lines.at(-1)).toMatch(/^Total : \+\d+,\d \(seuil/);
  });

  it('respecte toujours les contraintes de la relecture humaine', async () => {
    const constraints = [
      { a: 'x1', b: 'x2', kind: 'cannot-link' as const },
      { a: 'x1', b: 'x3', kind: 'must-link' as const },
    ];
    const result = await dedupe(smallFile(), { ...fast, constraints });
    expect(result.clusters.get('x1')).not.toBe(result.clusters.get('x2'));
    expect(result.clusters.get('x1')).toBe(result.clusters.get('x3'));
    await expect(
      dedupe(smallFile(), { ...fast, constraints: [...constraints, { a: 'x3', b: 'x1', kind: 'cannot-link' }] }),
    ).rejects.toBeInstanceOf(LinkageConstraintError);
  });
});

describe('mode incrémental', () => {
  it('garde les identifiants de cluster quand on relie le même mois', async () => {
    const records = smallFile();
    const month = await dedupe(records, fast);
    const existing = records.map((r) => ({ ...r, cluster: month.clusters.get(r.id) as string }));
    const again = await linkIncremental(existing, records, fast);
    for (const record of records) expect(again.clusters.get(record.id)).toBe(month.clusters.get(record.id));
  });

  it('rattache un nouveau venu connu et crée un id neuf pour un inconnu', async () => {
    const records = smallFile();
    const month = await dedupe(records, fast);
    const existing = records.map((r) => ({ ...r, cluster: month.clusters.get(r.id) as string }));
    const next = [person('n1', 'Mohammed', 'Diallo', '12/05/1984', { sex: 'M' }), person('n2', 'Zébulon', 'Quintavalle', '1977-07-07')];
    const result = await linkIncremental(existing, next, fast);
    expect([...result.clusters.keys()]).toEqual(['n1', 'n2']);
    expect(result.clusters.get('n1')).toBe(month.clusters.get('x1'));
    expect(new Set(month.clusters.values()).has(result.clusters.get('n2') as string)).toBe(false);
  });
});
