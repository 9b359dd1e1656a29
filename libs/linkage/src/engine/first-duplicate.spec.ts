import { firstDuplicate } from './first-duplicate';

describe('firstDuplicate', () => {
  it('returns undefined when every value is distinct', () => {
    const values = Array.from({ length: 5000 }, (_, k) => `r${k}`);
    expect(firstDuplicate(values)).toBeUndefined();
    expect(firstDuplicate([])).toBeUndefined();
  });

  it('returns the first value met twice, in input order', () => {
    expect(firstDuplicate(['a', 'b', 'c', 'b', 'a'])).toBe('b');
    expect(firstDuplicate(['x', 'é', 'y', 'é'])).toBe('é');
  });

  it('finds the one duplicate among many values', () => {
    const values = Array.from({ length: 20000 }, (_, k) => (k % 7).toString(36) + k.toString(16));
    expect(firstDuplicate(values)).toBeUndefined();
    expect(firstDuplicate([...values, values[12345]])).toBe(values[12345]);
  });
});
