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

describe('ajustement de fréquence du lieu', () => {
  // Thirty records in Dijon, four in Beaune; u of "same commune and postcode" is 0.14 (0.7 shared by
  // the five levels below the exact one, see scorerFor).
  const u = 0.7 / 5;
  const dijon = Array.from({ length: 30 }, (_, k) => ({
    id: `d${k}`,
    fields: { lastName: `Nom${k}`, postcode: '21000', city: 'Dijon' },
  }));
  const beaune = Array.from({ length: 4 }, (_, k) => ({
    id: `b${k}`,
    fields: { lastName: `Autre${k}`, postcode: '21200', city: 'Beaune' },
  }));
  const records: LinkageRecord[] = [
    ...dijon,
    ...beaune,
    // No postcode: the commune alone.
    { id: 'x', fields: { lastName: 'Seul', city: 'Beaune' } },
  ];
  const scorer = scorerFor(records);
  const index = (id: string) => records.findIndex((r) => r.id === id);
  const location = (a: string, b: string) =>
    scorer.contributions(index(a), index(b)).find((c) => c.field === 'location');

  it('pondère une petite commune partagée plus qu’un code postal où vivent beaucoup de fiches', () => {
    const small = location('b0', 'b1');
    const large = location('d0', 'd1');
    expect(small?.levelLabel).toBe('même commune et même code postal');
    expect(large?.levelLabel).toBe('même commune et même code postal');
    // 4 of the 34 records with a postcode: log2(0.14 / (4/34)) ≈ +0.25; 30 of 34: ≈ -2.66.
    expect(small?.frequencyAdjustment).toBeCloseTo(Math.log2(u / (4 / 34)), 6);
    expect(large?.frequencyAdjustment).toBeCloseTo(Math.log2(u / (30 / 34)), 6);
    expect(scorer.weight(index('b0'), index('b1'))).toBeGreaterThan(scorer.weight(index('d0'), index('d1')));
  });

  it('prend la commune quand un code postal manque, et l’explication fait le même total que le score', () => {
    const commune = location('b0', 'x');
    expect(commune?.levelLabel).toBe('même commune et même code postal');
    expect(commune?.frequencyAdjustment).toBeCloseTo(Math.log2(u / (5 / 35)), 6);
    for (const [a, b] of [
      ['b0', 'b1'],
      ['d0', 'd1'],
      ['b0', 'x'],
    ]) {
      const total = scorer
        .contributions(index(a), index(b))
        .reduce((sum, c) => sum + c.levelWeight + c.frequencyAdjustment, 0);
      expect(total).toBeCloseTo(scorer.weight(index(a), index(b)), 9);
    }
  });
});
