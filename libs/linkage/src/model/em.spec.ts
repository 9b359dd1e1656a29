import { exactFirst } from './em';

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
