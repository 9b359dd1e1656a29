import { modelFieldsFor } from '../compare/comparator';
import { anchoredM, exactFirst, fitMatches, runEm, type PatternCounts } from './em';

/** Names, birth date and place: the fields of most of these tests. */
const fields = modelFieldsFor(['firstName', 'lastName', 'birthDate', 'city']);

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

describe('m du lieu mesurée sur les paires que les noms et la date rendent certaines', () => {
  // EM's m of the place after a collapse: a match in another département taken for a namesake.
  const em = [
    [0, 0.8, 0.1, 0.05, 0.02, 0.03],
    [0, 0.8, 0.1, 0.05, 0.02, 0.03],
    [0, 0.7, 0.01, 0.03, 0.001, 0.2, 0.05, 0.004, 0.005],
    [0, 0.2, 0.02, 0.7, 0.0797, 0.0001, 0.0002],
  ];
  /** Certain pairs (same names, same full date): 60 % same commune, 30 % same address, 10 % elsewhere. */
  function anchors(total: number): PatternCounts {
    return {
      levels: [Uint8Array.of(1, 1, 1, 3), Uint8Array.of(2, 1, 1, 1), Uint8Array.of(1, 2, 1, 6)],
      counts: [0.6 * total, 0.3 * total, 0.1 * total],
    };
  }

  it('prend des paires certaines la part des lieux différents, et garde les proportions d’EM pour le reste', () => {
    const patterns = anchors(2000);
    // Pairs whose names or date are not certain say nothing about the place here.
    patterns.levels.push(Uint8Array.of(1, 1, 5, 6), Uint8Array.of(3, 1, 1, 6));
    patterns.counts.push(5000, 5000);
    const m = anchoredM(fields, patterns, em);
    expect(m[3][6]).toBeCloseTo(0.1, 2);
    expect(m[3][5]).toBeLessThan(0.01);
    // Same address against same commune: EM's 2 to 7, not the anchors' 3 to 6 (certain pairs come
    // more often from the files that keep an address).
    expect(m[3][1] / m[3][3]).toBeCloseTo(0.2 / 0.7, 5);
    expect(m[3].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(m.slice(0, 3)).toEqual(em.slice(0, 3));
  });

  it('laisse EM décider quand les paires certaines sont trop peu nombreuses', () => {
    expect(anchoredM(fields, anchors(50), em)).toEqual(em);
  });

  it('ne fait rien sans les deux noms et la date', () => {
    const withoutDate = modelFieldsFor(['firstName', 'lastName', 'city']);
    const m = [em[0], em[1], em[3]];
    const patterns: PatternCounts = { levels: [Uint8Array.of(1, 1, 6)], counts: [5000] };
    expect(anchoredM(withoutDate, patterns, m)).toEqual(m);
  });
});
