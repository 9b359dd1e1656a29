import { passwordProblem } from '../index';

describe('password policy', () => {
  it('refuses a password shorter than 12 characters', () => {
    expect(passwordProblem('court-123', 'a@b.fr')).toMatch(/12 caractères/);
  });
  it("refuses a password that repeats the e-mail's local part", () => {
    expect(passwordProblem('marie.dupont-2026', 'marie.dupont@ccas.fr')).toMatch(/adresse/);
  });
  it('refuses a repetitive password', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaab', 'x@y.fr')).toMatch(/répétitif/);
  });
  it('accepts a long, varied password', () => {
    expect(passwordProblem('cheval-agrafe-pile-42', 'marie@ccas.fr')).toBeNull();
  });
});
