import { byWeightDescending } from './weight-order';

describe('byWeightDescending', () => {
  it('range par poids décroissant, les égalités (dont 0 et -0) dans l’ordre donné', () => {
    const weight = Float64Array.from([3.5, -2, 0, Infinity, -0, 3.5, -Infinity, 1e-300, -1e-300, 17.25]);
    const indexes = Uint32Array.from(weight.keys());
    const expected = Array.from(indexes).sort((p, q) => weight[q] - weight[p] || p - q);
    expect(Array.from(byWeightDescending(weight, indexes))).toEqual(expected);
  });

  it('ne range que les indices donnés', () => {
    const weight = Float64Array.from([1, 5, 2, 4]);
    expect(Array.from(byWeightDescending(weight, Uint32Array.from([0, 2, 3])))).toEqual([3, 2, 0]);
  });
});
