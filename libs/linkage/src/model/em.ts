import type { ModelField, ModelFieldName } from '../compare/comparator';
import {
  DATE_DIFFERENT,
  DATE_EXACT,
  DATE_SAME_YEAR_ONLY,
  DATE_YEAR_APART,
  NAME_DIFFERENT,
  NAME_EXACT,
  NAME_VARIANT,
  LOCATION_DIFFERENT,
  LOCATION_SAME_DEPARTMENT,
} from '../compare/levels';
import { emptyLevelCounts } from './level-counts';
import { priorM } from './priors';

export interface PatternCounts {
  /** Each distinct comparison pattern decoded to levels (0 = missing or not modelled). */
  levels: Uint8Array[];
  counts: number[];
}

export interface EmResult {
  /** P(level | match). */
  m: number[][];
  /** P(level | non-match) among the pairs given (blocked pairs: not the u of random pairs). */
  u: number[][];
  /** Proportion of matches among the pairs given. */
  lambda: number;
  iterations: number;
  converged: boolean;
}

/** Pseudo-pairs of the Dirichlet prior on m: negligible on real data, it keeps empty levels finite. */
const PRIOR_STRENGTH = 20;

function normalise(counts: Float64Array, prior: number[], strength: number): number[] {
  let total = 0;
  for (let l = 1; l < counts.length; l++) total += counts[l] + strength * prior[l];
  const result = [0];
  for (let l = 1; l < counts.length; l++) result.push((counts[l] + strength * prior[l]) / total);
  return result;
}

/**
 * Upper bounds on m for levels that unlabelled EM overestimates for a known reason. Among blocked
 * pairs, namesakes (same names, another birth date: a father and his son, two Mamadou Diallo) agree
 * on the blocking fields far more than independence allows, and EM takes them for matches with a
 * wrong birth date, which would make a clearly different date weigh ≈ −2 bits. Data-entry studies
 * put a clearly different full date among true matches well under 1 %: a digit slip, a swap or a
 * placeholder have levels of their own. The mass removed goes to the other levels proportionally.
 * The bounds hold at every M-step, so that EM cannot drift to another solution.
 */
const M_CAPS: Partial<Record<ModelFieldName, Record<number, number>>> = {
  birthDate: { [DATE_SAME_YEAR_ONLY]: 0.002, [DATE_DIFFERENT]: 0.005, [DATE_YEAR_APART]: 0.01 },
  // Names: a true match with a different first or last name (not a variant, a slip, a swap or the
  // birth name) is rare; without this bound EM may settle on "same first name and year" as its
  // match class on large files.
  firstName: { [NAME_DIFFERENT]: 0.05 },
  lastName: { [NAME_DIFFERENT]: 0.05 },
};

/** Fields whose exact agreement must stay the most likely level among matches (see `exactFirst`). */
const EXACT_FIRST = new Set<ModelFieldName>(['firstName', 'lastName', 'birthDate']);

/**
 * Least-squares projection of m on "the exact level is at least as likely as any other": the exact
 * level and the levels above it are pooled to their mean, the mass is unchanged. Among true matches
 * most names and birth dates are written the same way; on large files EM can otherwise find a
 * second solution whose "match" class is a crowd of look-alikes (same first name, a close family name,
 * the same approximate year), where an exact family name or date is rarer than a close one.
 */
export function exactFirst(probabilities: number[]): number[] {
  const others = probabilities
    .map((p, l) => [p, l] as const)
    .filter(([, l]) => l > 1)
    .sort((a, b) => b[0] - a[0]);
  let sum = probabilities[1];
  const pooled = [1];
  for (const [p, l] of others) {
    if (p <= sum / pooled.length) break;
    sum += p;
    pooled.push(l);
  }
  if (pooled.length === 1) return probabilities;
  const result = probabilities.slice();
  for (const l of pooled) result[l] = sum / pooled.length;
  return result;
}

/**
 * `probabilities` with the levels to which `held` gives a value held at it, the other levels (index 0
 * excluded) scaled to share what is left.
 */
function holdLevels(probabilities: number[], held: (level: number) => number | undefined): number[] {
  let heldMass = 0;
  let freeMass = 0;
  for (let l = 1; l < probabilities.length; l++) {
    const value = held(l);
    if (value === undefined) freeMass += probabilities[l];
    else heldMass += value;
  }
  const scale = (1 - heldMass) / freeMass;
  return probabilities.map((p, l) => (l === 0 ? p : (held(l) ?? p * scale)));
}

export function capM(fields: ModelField[], m: number[][]): number[][] {
  return m.map((raw, f) => {
    const probabilities = EXACT_FIRST.has(fields[f].name) ? exactFirst(raw) : raw;
    const caps = M_CAPS[fields[f].name];
    if (!caps) return probabilities;
    return holdLevels(probabilities, (l) =>
      caps[l] !== undefined ? Math.min(probabilities[l], caps[l]) : undefined,
    );
  });
}

/**
 * Expectation–maximisation on the distinct comparison patterns of the candidate pairs, each counted
 * once with its multiplicity. Both m and u are free: among blocked pairs non-matches agree on the
 * blocking fields far more often than random pairs do (namesakes, households), and a u held at its
 * random-pair value would push them into the match class. Fields are conditionally independent
 * given the class. m has a weak Dirichlet prior (`priorM`, which also starts it); u starts from the random-pair estimate.
 * `capped: false` lifts the bounds of `capM`.
 */
export function runEm(
  fields: ModelField[],
  patterns: PatternCounts,
  uStart: number[][],
  { capped = true, maxIterations = 500, tolerance = 1e-7 } = {},
): EmResult {
  const priors = fields.map(priorM);
  const bound = (probabilities: number[][]) => (capped ? capM(fields, probabilities) : probabilities);
  let m = bound(priors);
  let u = uStart.map((p) => p.slice());
  let lambda = 0.05;
  const total = patterns.counts.reduce((a, b) => a + b, 0);
  // No candidate pair (a file of one or two people): nothing to learn, the priors stand.
  if (total === 0) return { m, u, lambda: 0, iterations: 0, converged: true };
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const matchCounts = emptyLevelCounts(fields);
    const nonMatchCounts = emptyLevelCounts(fields);
    let expectedMatches = 0;
    for (let p = 0; p < patterns.levels.length; p++) {
      const levels = patterns.levels[p];
      let pm = lambda;
      let pu = 1 - lambda;
      for (let f = 0; f < levels.length; f++) {
        const l = levels[f];
        if (l === 0) continue;
        pm *= m[f][l];
        pu *= u[f][l];
      }
      const posterior = pm / (pm + pu);
      const count = patterns.counts[p];
      const matches = posterior * count;
      const others = count - matches;
      expectedMatches += matches;
      for (let f = 0; f < levels.length; f++) {
        matchCounts[f][levels[f]] += matches;
        nonMatchCounts[f][levels[f]] += others;
      }
    }
    const nextM = bound(matchCounts.map((c, f) => normalise(c, priors[f], PRIOR_STRENGTH)));
    const nextU = nonMatchCounts.map((c, f) => normalise(c, uStart[f], 1));
    const nextLambda = Math.min(Math.max(expectedMatches / total, 1e-9), 1 - 1e-9);
    let change = Math.abs(nextLambda - lambda) / Math.max(lambda, 1e-6);
    for (let f = 0; f < m.length; f++) {
      for (let l = 1; l < m[f].length; l++)
        change = Math.max(change, Math.abs(nextM[f][l] - m[f][l]), Math.abs(nextU[f][l] - u[f][l]));
    }
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    if (change < tolerance) return { m, u, lambda, iterations: iteration, converged: true };
  }
  return { m, u, lambda, iterations: maxIterations, converged: false };
}

/**
 * EM with the bounds of `capM`, unless they contradict the file. They say what data entry usually
 * does: a true match rarely has another birth date or another name. On a file where that does not
 * hold (dates typed again, and differently, at each visit) they can leave the match class nothing it
 * may explain: EM then calls every candidate a non-match and nothing is linked. A file without any
 * duplicate ends the same way, rightly. The two are told apart by EM without the bounds: its match
 * class is taken only if it looks like matches, identical names and dates being their most common
 * agreement. Among distinct people, the free match class is a crowd of namesakes born on other dates.
 */
export function fitMatches(fields: ModelField[], patterns: PatternCounts, uStart: number[][]): EmResult {
  const bounded = runEm(fields, patterns, uStart);
  const total = patterns.counts.reduce((a, b) => a + b, 0);
  if (bounded.lambda * total >= 1) return bounded;
  const free = runEm(fields, patterns, uStart, { capped: false });
  const looksLikeMatches = fields.every(
    (field, f) => !EXACT_FIRST.has(field.name) || exactFirst(free.m[f]) === free.m[f],
  );
  return looksLikeMatches && free.lambda * total >= 1 ? free : bounded;
}

/**
 * Levels of a field whose share among matches is read on the pairs that names and a full birth date
 * already make certain: for the place, "same département" and "different" (a move, a domiciliation).
 */
const ANCHORED: Partial<Record<ModelFieldName, readonly number[]>> = {
  location: [LOCATION_SAME_DEPARTMENT, LOCATION_DIFFERENT],
};

/** Fewest certain pairs, with the field known, for their spread to replace EM's. */
const MIN_ANCHOR_PAIRS = 100;

/**
 * How often a match's place differs, measured on "anchor" pairs: both names identical or variants
 * and the same full birth date, which namesakes almost never share (twins have other given names).
 * EM cannot be trusted with it: among blocked pairs the place tells matches from namesakes better
 * than any other field in a file that spans the country, so a match recorded in another département
 * starts on the non-match side, each M-step lowers m(different) further, and EM ends at m ≈ 0.0003
 * (−10 bits) where the anchors of the same file measure ≈ 0.09 (the truth: 0.09). Only the levels of
 * disagreement are taken from the anchors: how often a place differs follows moves, which the anchors
 * sample fairly, but the anchors come more often from the files that keep an address, so they
 * overstate "same address" (0.20 against 0.15 among all matches, where EM finds 0.15). The other
 * levels keep EM's proportions and share what is left.
 */
export function anchoredM(fields: ModelField[], patterns: PatternCounts, m: number[][]): number[][] {
  const index = (name: ModelFieldName) => fields.findIndex((field) => field.name === name);
  const first = index('firstName');
  const last = index('lastName');
  const date = index('birthDate');
  if (first < 0 || last < 0 || date < 0) return m;
  const certain = (levels: Uint8Array) =>
    (levels[first] === NAME_EXACT || levels[first] === NAME_VARIANT) &&
    (levels[last] === NAME_EXACT || levels[last] === NAME_VARIANT) &&
    levels[date] === DATE_EXACT;
  return m.map((probabilities, f) => {
    const anchored = ANCHORED[fields[f].name];
    if (!anchored) return probabilities;
    const counts = new Float64Array(probabilities.length);
    let known = 0;
    for (let p = 0; p < patterns.levels.length; p++) {
      const levels = patterns.levels[p];
      if (levels[f] === 0 || !certain(levels)) continue;
      counts[levels[f]] += patterns.counts[p];
      known += patterns.counts[p];
    }
    if (known < MIN_ANCHOR_PAIRS) return probabilities;
    const measured = normalise(counts, priorM(fields[f]), PRIOR_STRENGTH);
    return holdLevels(probabilities, (l) => (anchored.includes(l) ? measured[l] : undefined));
  });
}
