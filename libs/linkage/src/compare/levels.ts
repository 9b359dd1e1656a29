import type { NameColumns, PreparedData } from '../normalize/prepare';
import { DatePrecision } from '../normalize/dates';
import { editDistance, jaroWinkler } from './string-similarity';

/** Level 0 always means "missing on one side": it carries no evidence. */
export const MISSING = 0;

export const NAME_LEVELS = ['absent', 'identique', 'variante (orthographe, translittération ou phonétique)', 'très proche', 'proche', 'différent'];
export const NAME_EXACT = 1;
export const NAME_VARIANT = 2;
export const NAME_DIFFERENT = 5;

function isTokenSubset(shorter: string, longer: string): boolean {
  if (shorter.length >= longer.length || !longer.includes(' ')) return false;
  const longTokens = longer.split(' ');
  if (longTokens.length < 2) return false;
  return shorter.split(' ').every((t) => longTokens.includes(t));
}

/** Level of agreement of two names; with `variantAtBest`, stops (returning "different") below the variant level. */
export function nameLevel(data: PreparedData, a: NameColumns, i: number, b: NameColumns, j: number, variantAtBest = false): number {
  const compactA = a.compact[i];
  const compactB = b.compact[j];
  if (compactA < 0 || compactB < 0) return MISSING;
  if (compactA === compactB) return NAME_EXACT;
  const phonetic = a.phonetic[i];
  if (a.core[i] === b.core[j] || a.canonical[i] === b.canonical[j]) return NAME_VARIANT;
  if (phonetic >= 0 && phonetic === b.phonetic[j] && data.strings[phonetic].length >= 3) return NAME_VARIANT;
  const canonicalA = data.strings[a.canonical[i]];
  const canonicalB = data.strings[b.canonical[j]];
  if (isTokenSubset(canonicalA, canonicalB) || isTokenSubset(canonicalB, canonicalA)) return NAME_VARIANT;
  if (variantAtBest) return NAME_DIFFERENT;
  const coreA = data.strings[a.core[i]];
  const coreB = data.strings[b.core[j]];
  const similarity = jaroWinkler(coreA, coreB);
  if (similarity >= 0.92) return 3;
  const distance = editDistance(coreA, coreB, 2);
  if (distance <= 1 && Math.min(coreA.length, coreB.length) >= 4) return 3;
  if (similarity >= 0.8 || (distance <= 2 && Math.min(coreA.length, coreB.length) >= 6)) return 4;
  return NAME_DIFFERENT;
}

/** Best level between the usage and birth names of both records. */
export function surnameLevel(data: PreparedData, i: number, j: number): number {
  let best = nameLevel(data, data.last, i, data.last, j);
  if (best === NAME_EXACT) return best;
  for (const [a, b] of [
    [data.last, data.altLast],
    [data.altLast, data.last],
    [data.altLast, data.altLast],
  ]) {
    const level = nameLevel(data, a, i, b, j);
    if (level !== MISSING && (best === MISSING || level < best)) best = level;
  }
  return best;
}

export const DATE_LEVELS = [
  'absente',
  'identique',
  'jour et mois inversés',
  'un chiffre diffère',
  'même année seulement',
  'même année (date approximative)',
  'année différente (date approximative)',
  'différente',
];

function digitsOf(year: number, month: number, day: number): string {
  return `${day < 10 ? '0' : ''}${day}${month < 10 ? '0' : ''}${month}${year}`;
}

export function dateLevel(data: PreparedData, i: number, j: number): number {
  const pa = data.precision[i];
  const pb = data.precision[j];
  if (pa === DatePrecision.Missing || pb === DatePrecision.Missing) return MISSING;
  const sameYear = data.year[i] === data.year[j];
  if (pa !== DatePrecision.Full || pb !== DatePrecision.Full) return sameYear ? 5 : 6;
  const ma = data.month[i];
  const mb = data.month[j];
  const da = data.day[i];
  const db = data.day[j];
  if (sameYear && ma === mb && da === db) return 1;
  if (sameYear && ma === db && da === mb) return 2;
  if (editDistance(digitsOf(data.year[i], ma, da), digitsOf(data.year[j], mb, db), 1) <= 1) return 3;
  return sameYear ? 4 : 7;
}

export function exactLevel(column: Int32Array, i: number, j: number): number {
  const a = column[i];
  const b = column[j];
  if (a < 0 || b < 0) return MISSING;
  return a === b ? 1 : 2;
}

export function similarLevel(data: PreparedData, column: Int32Array, i: number, j: number, minimum: number): number {
  const a = column[i];
  const b = column[j];
  if (a < 0 || b < 0) return MISSING;
  if (a === b) return 1;
  return jaroWinkler(data.strings[a], data.strings[b]) >= minimum ? 2 : 3;
}

export function postcodeLevel(data: PreparedData, i: number, j: number): number {
  const a = data.postcode[i];
  const b = data.postcode[j];
  if (a < 0 || b < 0) return MISSING;
  if (a === b) return 1;
  return data.strings[a].slice(0, 2) === data.strings[b].slice(0, 2) ? 2 : 3;
}

export function identifierLevel(data: PreparedData, i: number, j: number): number {
  const a = data.identifier[i];
  const b = data.identifier[j];
  if (a < 0 || b < 0) return MISSING;
  if (a === b) return 1;
  return editDistance(data.strings[a], data.strings[b], 1) <= 1 ? 2 : 3;
}

export function sexLevel(data: PreparedData, i: number, j: number): number {
  const a = data.sex[i];
  const b = data.sex[j];
  if (a === 0 || b === 0) return MISSING;
  return a === b ? 1 : 2;
}
