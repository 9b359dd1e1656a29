import { byKey, byWeightDescending } from './weight-order';

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

describe('byKey', () => {
  it('range de façon stable par clé entière non signée, sur 32 bits', () => {
    const keys = Uint32Array.from([70000, 3, 0xffffffff, 3, 65536, 0, 70000]);
    const indexes = Uint32Array.from([6, 5, 4, 3, 2, 1, 0]);
    expect([...byKey(keys, indexes)]).toEqual([5, 3, 1, 4, 6, 0, 2]);
  });
});
