import { modelFieldsFor } from '../compare/comparator';
import { exactFirst, fitMatches, runEm, type PatternCounts } from './em';

describe('contrainte « l’égalité exacte d’abord » sur m', () => {
  it('laisse intacte une distribution où l’égalité exacte est la plus probable', () => {
    const m = [0, 0.7, 0.2, 0.05, 0.04, 0.01];
    expect(exactFirst(m)).toEqual(m);
  });

  it('met en commun l’égalité exacte et les niveaux plus probables qu’elle, sans changer la masse', () => {
    const m = exactFirst([0, 0.1, 0.05, 0.6, 0.2, 0.05]);
    expect(m[1]).toBeCloseTo(0.35);
    expect(m[3]).toBeCloseTo(0.35);
    expect(m[4]).toBeCloseTo(0.2);
    expect(m.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    // Pooling with the first violator can bring in the next one.
    const n = exactFirst([0, 0.1, 0.3, 0.4, 0.2]);
    expect(n[1]).toBeCloseTo(0.8 / 3);
    expect(n[2]).toBeCloseTo(0.8 / 3);
    expect(n[3]).toBeCloseTo(0.8 / 3);
    expect(n[4]).toBeCloseTo(0.2);
  });
});

describe('bornes de m contredites par le fichier', () => {
  const fields = modelFieldsFor(['firstName', 'lastName', 'birthDate', 'city']);
  const u = [
    [0, 0.01, 0.003, 0.002, 0.006, 0.979],
    [0, 0.008, 0.001, 0.001, 0.005, 0.985],
    [0, 0.0003, 0.00001, 0.001, 0.02, 0.0003, 0.0003, 0.001, 0.977],
    [0, 0.0001, 0.0001, 0.1, 0.001, 0.001, 0.898],
  ];
  /**
   * `total` pairs whose fields are independent, field f at level l with probability p for each
   * [l, p] of `fields[f]`: every combination of levels once, counted in proportion.
   */
  function addIndependent(patterns: PatternCounts, total: number, fields: [number, number][][]): void {
    const visit = (f: number, levels: number[], probability: number) => {
      if (f === fields.length) {
        patterns.levels.push(Uint8Array.from(levels));
        patterns.counts.push(Math.round(total * probability));
        return;
      }
      for (const [level, p] of fields[f]) visit(f + 1, [...levels, level], probability * p);
    };
    visit(0, [], 1);
  }

  /** 2,000 matches (a third with another birth date) and 40 namesakes among the candidates. */
  function candidates(): PatternCounts {
    const patterns: PatternCounts = { levels: [], counts: [] };
    addIndependent(patterns, 2000, [
      [
        [1, 0.8],
        [3, 0.1],
        [5, 0.1],
      ],
      [
        [1, 0.8],
        [3, 0.1],
        [0, 0.1],
      ],
      [
        [1, 0.65],
        [8, 0.35],
      ],
      [
        [3, 0.8],
        [6, 0.1],
        [0, 0.1],
      ],
    ]);
    addIndependent(patterns, 40, [
      [
        [1, 0.3],
        [5, 0.7],
      ],
      [
        [1, 0.5],
        [4, 0.5],
      ],
      [[8, 1]],
      [[6, 1]],
    ]);
    return patterns;
  }

  it('lève les bornes quand elles ne laissent aucune correspondance à des paires qui en ont l’air', () => {
    const patterns = candidates();
    expect(runEm(fields, patterns, u).lambda).toBeLessThan(0.001);
    expect(fitMatches(fields, patterns, u).lambda).toBeGreaterThan(0.95);
  });

  it('les garde pour des personnes toutes distinctes, où la classe libre n’est qu’une foule d’homonymes', () => {
    // The candidates of a file without duplicates: 1,000 namesakes (same names, another birth date)
    // among look-alikes.
    const patterns: PatternCounts = { levels: [], counts: [] };
    addIndependent(patterns, 1000, [
      [
        [1, 0.9],
        [3, 0.1],
      ],
      [[1, 1]],
      [
        [8, 0.9],
        [4, 0.1],
      ],
      [
        [3, 0.5],
        [6, 0.5],
      ],
    ]);
    addIndependent(patterns, 20_000, [
      [
        [5, 0.9],
        [4, 0.1],
      ],
      [
        [3, 0.3],
        [5, 0.7],
      ],
      [
        [8, 0.98],
        [4, 0.02],
      ],
      [
        [3, 0.1],
        [6, 0.9],
      ],
    ]);
    const total = patterns.counts.reduce((a, b) => a + b, 0);
    // Bounded, EM finds no match; free, it takes the namesakes for matches with another date.
    expect(runEm(fields, patterns, u).lambda * total).toBeLessThan(1);
    expect(runEm(fields, patterns, u, { capped: false }).lambda * total).toBeGreaterThan(900);
    expect(fitMatches(fields, patterns, u).lambda * total).toBeLessThan(1);
  });
});
