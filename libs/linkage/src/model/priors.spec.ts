import { modelFieldsFor } from '../compare/comparator';
import { priorM, priorU } from './priors';

describe('a priori', () => {
  const fields = modelFieldsFor([
    'firstName',
    'lastName',
    'birthDate',
    'sex',
    'postcode',
    'streetNumber',
    'identifier',
    'text',
  ]);

  it('donne une distribution par champ, sur tous ses niveaux', () => {
    expect(fields).toHaveLength(8);
    for (const field of fields) {
      for (const prior of [priorM(field), priorU(field)]) {
        expect(prior).toHaveLength(field.levels.length);
        expect(prior[0]).toBe(0);
        expect(prior.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(Math.min(...prior.slice(1))).toBeGreaterThan(0);
      }
    }
  });

  it('rend l’accord exact plus probable parmi les correspondances que parmi les autres paires', () => {
    for (const field of fields) {
      const [m, u] = [priorM(field), priorU(field)];
      expect(m[1]).toBeGreaterThan(u[1]);
      expect(m[m.length - 1]).toBeLessThan(u[u.length - 1]);
    }
  });
});
