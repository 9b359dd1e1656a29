import type { ModelField, ModelFieldName } from '../compare/comparator';

/**
 * What is known before reading a file, per field and per level (index 0, missing, excluded): how
 * often matches (m) and non-matches (u) fall at each level. They are weak priors, not a model:
 * estimates from the file replace them as soon as it holds a few hundred pairs. On a small file,
 * without them, a level that no random pair happened to reach got u ≈ 0, so "different commune"
 * weighed +12 bits, and a level with no pair at all fell back on a shape that ignored its meaning.
 *
 * m: data-entry studies and the SIAO's files: most names and dates are written the same way, a
 * variant or one slip is the common error; a date known only by its year is a tenth of dates.
 * u: a French department's population (names of diverse origins, ages over six decades, most people
 * in a few communes); the orders of magnitude matter, not the digits.
 */
const PRIORS: Record<ModelFieldName, { m: number[]; u: number[] }> = {
  firstName: { m: [0.75, 0.12, 0.06, 0.03, 0.04], u: [4e-3, 3e-3, 1e-3, 5e-3] },
  lastName: { m: [0.75, 0.12, 0.07, 0.03, 0.03], u: [5e-4, 3e-4, 1.5e-4, 4e-3] },
  birthDate: {
    // identical, day and month swapped, one digit, same year only, then approximate dates (same year,
    // a year apart, another year), then different.
    m: [0.78, 0.01, 0.03, 0.002, 0.13, 0.03, 0.003, 0.005],
    u: [1e-4, 1e-5, 1e-3, 1e-2, 3e-3, 6e-3, 0.2],
  },
  sex: { m: [0.98, 0.02], u: [0.5] },
  // same address, close address, same commune and postcode, one of them, same department, different.
  location: { m: [0.35, 0.05, 0.35, 0.05, 0.1, 0.1], u: [1e-2, 1e-2, 0.25, 0.02, 0.4] },
  streetNumber: { m: [0.8, 0.2], u: [0.02] },
  identifier: { m: [0.9, 0.05, 0.05], u: [1e-4, 2e-5] },
  // People change numbers and addresses: more matches disagree than on an identifier.
  phone: { m: [0.8, 0.05, 0.15], u: [1e-4, 2e-5] },
  email: { m: [0.8, 0.05, 0.15], u: [1e-4, 2e-5] },
  text: { m: [0.6, 0.2, 0.2], u: [0.01, 0.02] },
};

/** Pseudo-pairs of the prior on u: a file with a few thousand random pairs outweighs it. */
export const U_PRIOR_PAIRS = 200;

/** Probabilities with 0 at index 0; the last level of u takes what the others leave. */
function complete(values: number[], levels: number): number[] {
  const probabilities = [0, ...values];
  if (probabilities.length === levels - 1)
    probabilities.push(Math.max(0, 1 - values.reduce((a, b) => a + b, 0)));
  if (probabilities.length !== levels) throw new Error(`priors: ${levels - 1} levels expected`);
  const total = probabilities.reduce((a, b) => a + b, 0);
  return probabilities.map((p) => p / total);
}

/** Prior P(level | match) of a field. */
export function priorM(field: ModelField): number[] {
  return complete(PRIORS[field.name].m, field.levels.length);
}

/** Prior P(level | non-match) of a field. */
export function priorU(field: ModelField): number[] {
  return complete(PRIORS[field.name].u, field.levels.length);
}
