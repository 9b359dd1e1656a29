import { Comparator, modelFieldsFor } from '../compare/comparator';
import { prepareRecords } from '../normalize/prepare';
import type { LinkageRecord } from '../types';
import { buildModel } from './model';
import { Scorer } from './scorer';
import { TermFrequencies } from './term-frequency';

function scorerFor(records: LinkageRecord[]): Scorer {
  const data = prepareRecords(records);
  const fields = modelFieldsFor(data.kinds);
  const comparator = new Comparator(data, fields);
  // Flat m; u of an exact agreement 0.3 (in this file one name in two pairs agrees: Dupont everywhere).
  const m = fields.map((f) => f.levels.map((_, l) => (l === 0 ? 0 : 1 / (f.levels.length - 1))));
  const u = fields.map((f) =>
    f.levels.map((_, l) => (l === 0 ? 0 : l === 1 ? 0.3 : 0.7 / (f.levels.length - 2))),
  );
  return new Scorer(comparator, buildModel(fields, m, u, 0.001, 1, true), new TermFrequencies(data));
}

describe('ajustement de fréquence', () => {
  const common = Array.from({ length: 40 }, (_, k) => ({ id: `d${k}`, fields: { lastName: 'Dupont' } }));
  const records: LinkageRecord[] = [
    ...common,
    { id: 'a', fields: { lastName: 'Dupond' } },
    { id: 'b', fields: { lastName: 'Zabroski' } },
    { id: 'c', fields: { lastName: 'ZABROSKY' } },
    { id: 'e', fields: { lastName: 'Zabrosky' } },
  ];
  const scorer = scorerFor(records);
  const index = (id: string) => records.findIndex((r) => r.id === id);
  const contribution = (a: string, b: string) => scorer.contributions(index(a), index(b))[0];

  it('pondère une variante d’un nom rare plus qu’une variante d’un nom fréquent', () => {
    const rare = contribution('b', 'c');
    const frequent = contribution('d0', 'a');
    expect(rare.levelLabel).toMatch(/^variante/);
    expect(frequent.levelLabel).toMatch(/^variante/);
    expect(rare.frequencyAdjustment).toBeGreaterThan(0);
    expect(frequent.frequencyAdjustment).toBeLessThan(0);
    expect(scorer.weight(index('b'), index('c'))).toBeGreaterThan(scorer.weight(index('d0'), index('a')));
  });

  it('ajuste une variante moins qu’une égalité exacte sur la même valeur', () => {
    const exact = contribution('c', 'e');
    expect(exact.levelLabel).toBe('identique');
    expect(contribution('b', 'c').frequencyAdjustment).toBeLessThan(exact.frequencyAdjustment);
    expect(contribution('b', 'c').frequencyAdjustment).toBeGreaterThan(0);
  });
});
