import { Comparator, modelFieldsFor } from '../compare/comparator';
import { prepareRecords } from '../normalize/prepare';
import type { LinkageRecord } from '../types';
import { fullNameCorrections } from './full-name';
import { buildModel } from './model';
import { Scorer } from './scorer';
import { TermFrequencies } from './term-frequency';

/** `count` records of each (given name, surname) combination, born over sixty years. */
function combinations(
  firstNames: string[],
  surnames: string[],
  count: number,
  prefix: string,
): LinkageRecord[] {
  return firstNames.flatMap((firstName, f) =>
    surnames.flatMap((lastName, l) =>
      Array.from({ length: count }, (_, k) => ({
        id: `${prefix}-${f}-${l}-${k}`,
        fields: {
          firstName,
          lastName,
          birthDate: `${1 + ((k * 5 + f) % 28)}/${1 + ((k + l) % 12)}/${1940 + ((k * 7 + f * 13 + l * 29) % 60)}`,
        },
      })),
    ),
  );
}

function correctionOf(corrections: Float32Array, id: string, records: LinkageRecord[]): number {
  return corrections[records.findIndex((r) => r.id === id)];
}

describe('accord sur le nom complet', () => {
  it('ne corrige rien quand prénoms et noms se combinent au hasard', () => {
    const records = combinations(
      ['Jean', 'Paul', 'Luc', 'Marc', 'Yves', 'Rémi'],
      ['Martin', 'Bernard', 'Petit', 'Durand', 'Moreau', 'Simon'],
      12,
      'x',
    );
    const corrections = fullNameCorrections(prepareRecords(records));
    for (const record of records)
      expect(Math.abs(correctionOf(corrections, record.id, records))).toBeLessThan(0.25);
  });

  // Two origins whose names never mix: each given name and each surname is a quarter of the file,
  // each full name an eighth, twice the sixteenth the two frequencies multiplied say: one bit less.
  const records = [
    ...combinations(['Mamadou', 'Moussa'], ['Diallo', 'Traoré'], 25, 'a'),
    ...combinations(['Jean', 'Pierre'], ['Martin', 'Bernard'], 25, 'f'),
    // One person seen twice, with a full name nobody else has.
    { id: 'z1', fields: { firstName: 'Zoé', lastName: 'Zabroski', birthDate: '1980' } },
    { id: 'z2', fields: { firstName: 'ZOE', lastName: 'ZABROSKI', birthDate: '' } },
    // A dateless record of a frequent full name.
    { id: 'md', fields: { firstName: 'MAMADOU', lastName: 'DIALLO', birthDate: '' } },
  ];
  const data = prepareRecords(records);
  const corrections = fullNameCorrections(data);

  it('retire un bit aux noms complets deux fois plus portés que ne le disent leurs fréquences', () => {
    for (const id of ['a-0-0-0', 'a-1-1-0', 'f-0-1-0', 'f-1-0-0']) {
      const bits = correctionOf(corrections, id, records);
      expect(bits).toBeGreaterThan(-1.25);
      expect(bits).toBeLessThan(-0.75);
    }
  });

  it('laisse son poids au nom complet rare d’une seule personne', () => {
    expect(correctionOf(corrections, 'z1', records)).toBe(0);
  });

  it('ne prend pas pour des homonymes les lignes d’une personne dont l’année a une faute', () => {
    const seen = ['12/03/1980', '12/03/1985', '12/03/1980', '12/03/1989', ''].map((birthDate, k) => ({
      id: `s${k}`,
      fields: { firstName: 'Sékou', lastName: 'Tandia', birthDate },
    }));
    const all = [...records, ...seen];
    const own = fullNameCorrections(prepareRecords(all));
    expect(correctionOf(own, 's0', all)).toBe(0);
    expect(correctionOf(own, 's4', all)).toBe(0);
  });

  it('entre dans le poids et dans l’explication d’une paire d’accord exact sur les deux noms', () => {
    const fields = modelFieldsFor(data.kinds);
    const comparator = new Comparator(data, fields);
    const m = fields.map((f) => f.levels.map((_, l) => (l === 0 ? 0 : 1 / (f.levels.length - 1))));
    const u = fields.map((f) =>
      f.levels.map((_, l) => (l === 0 ? 0 : l === 1 ? 0.1 : 0.9 / (f.levels.length - 2))),
    );
    const frequencies = new TermFrequencies(data);
    const withTable = new Scorer(
      comparator,
      buildModel(fields, m, u, 0.001, 1, true, undefined, corrections),
      frequencies,
    );
    const without = new Scorer(comparator, buildModel(fields, m, u, 0.001, 1, true), frequencies);
    const index = (id: string) => records.findIndex((r) => r.id === id);
    const [i, j] = [index('md'), index('a-0-0-3')];
    const bits = correctionOf(corrections, 'md', records);
    expect(withTable.weight(i, j)).toBeCloseTo(without.weight(i, j) + bits, 9);
    const contributions = withTable.contributions(i, j);
    const fullName = contributions.find((c) => c.field === 'fullName');
    expect(fullName?.levelWeight).toBeCloseTo(bits, 9);
    expect(fullName?.levelLabel).toMatch(/homonymes/);
    expect(contributions.reduce((sum, c) => sum + c.levelWeight + c.frequencyAdjustment, 0)).toBeCloseTo(
      withTable.weight(i, j),
      9,
    );
    // Given names that differ: no agreement on the whole name, no correction.
    const other = [index('md'), index('a-1-0-3')] as const;
    expect(withTable.weight(...other)).toBeCloseTo(without.weight(...other), 9);
    expect(withTable.contributions(...other).some((c) => c.field === 'fullName')).toBe(false);
  });
});
