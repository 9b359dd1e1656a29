import type { NameColumns, PreparedData } from '../normalize/prepare';
import { DatePrecision } from '../normalize/dates';
import { spellingKey } from '../normalize/phonetic';
import { PairMemo } from './pair-memo';
import { editDistance, jaroWinkler } from './string-similarity';

/** Level 0 always means "missing on one side": it carries no evidence. */
export const MISSING = 0;

export const NAME_LEVELS = [
  'absent',
  'identique',
  'variante (orthographe, translittération ou phonétique)',
  'très proche',
  'proche',
  'différent',
];
export const NAME_EXACT = 1;
export const NAME_VARIANT = 2;
/** "Very close": one slip (Jaro–Winkler ≥ 0.92 at lengths one letter apart at most, or one edit on four letters or more). */
export const NAME_CLOSE = 3;
/** "Close": Jaro–Winkler ≥ 0.8, or two edits on six letters or more. */
export const NAME_LOOSE = 4;
export const NAME_DIFFERENT = 5;

function isTokenSubset(shorter: string, longer: string): boolean {
  if (shorter.length >= longer.length || !longer.includes(' ')) return false;
  const longTokens = longer.split(' ');
  if (longTokens.length < 2) return false;
  return shorter.split(' ').every((t) => longTokens.includes(t));
}

/** Level of agreement of two names; with `variantAtBest`, stops (returning "different") below the variant level. */
export function nameLevel(
  data: PreparedData,
  a: NameColumns,
  i: number,
  b: NameColumns,
  j: number,
  variantAtBest = false,
): number {
  const compactA = a.compact[i];
  const compactB = b.compact[j];
  if (compactA < 0 || compactB < 0) return MISSING;
  if (compactA === compactB) return NAME_EXACT;
  const phonetic = a.phonetic[i];
  if (a.core[i] === b.core[j] || a.canonical[i] === b.canonical[j]) return NAME_VARIANT;
  if (phonetic >= 0 && phonetic === b.phonetic[j]) {
    if (data.strings[phonetic].length >= 3) return NAME_VARIANT;
    // A skeleton of one or two consonants is shared by too many names: the vowels must agree too.
    if (spellingOf(data, a.canonical[i]) === spellingOf(data, b.canonical[j])) return NAME_VARIANT;
  }
  // A token subset needs a space in the longer name: most pairs skip reading the strings.
  const spaces = spacesOf(data);
  if (spaces[a.canonical[i]] || spaces[b.canonical[j]]) {
    const canonicalA = data.strings[a.canonical[i]];
    const canonicalB = data.strings[b.canonical[j]];
    if (isTokenSubset(canonicalA, canonicalB) || isTokenSubset(canonicalB, canonicalA)) return NAME_VARIANT;
  }
  if (variantAtBest) return NAME_DIFFERENT;
  return similarityBand(data, a.core[i], b.core[j]);
}

interface LevelMemos {
  spaces?: Uint8Array;
  band?: PairMemo;
  similarity?: PairMemo;
}

const MEMOS = Symbol('linkage level memos');

/**
 * Memos of one data set, kept on the data itself in a hidden property: a property read is much
 * cheaper than a WeakMap lookup on every comparison, the memos go with the data when it is freed,
 * and structured cloning (to the workers) leaves them out.
 */
function memosOf(data: PreparedData): LevelMemos {
  const holder = data as PreparedData & { [MEMOS]?: LevelMemos };
  let memos = holder[MEMOS];
  if (!memos) {
    memos = {};
    Object.defineProperty(holder, MEMOS, { value: memos, enumerable: false });
  }
  return memos;
}

/** 1 for each interned string that contains a space. */
function spacesOf(data: PreparedData): Uint8Array {
  const memos = memosOf(data);
  let flags = memos.spaces;
  if (!flags || flags.length !== data.strings.length) {
    const { strings } = data;
    flags = new Uint8Array(strings.length);
    for (let k = 0; k < strings.length; k++) flags[k] = strings[k].includes(' ') ? 1 : 0;
    memos.spaces = flags;
  }
  return flags;
}

const spellingMemos = new WeakMap<PreparedData, Map<number, string>>();

/** `spellingKey` of an interned canonical name, memoised per value. */
function spellingOf(data: PreparedData, canonical: number): string {
  let memo = spellingMemos.get(data);
  if (!memo) {
    memo = new Map();
    spellingMemos.set(data, memo);
  }
  let key = memo.get(canonical);
  if (key === undefined) {
    key = spellingKey(data.strings[canonical].replace(/ /g, ''));
    memo.set(canonical, key);
  }
  return key;
}

/** Memo of the string-similarity band of two interned names (the costly part of a comparison). */
const MEMO_BITS = 21;

function similarityBand(data: PreparedData, idA: number, idB: number): number {
  const memos = memosOf(data);
  const memo = (memos.band ??= new PairMemo(MEMO_BITS));
  const { strings } = data;
  return memo.get(idA, idB, (low, high) => computeBand(strings[low], strings[high]));
}

const letterCounts = new Int32Array(32);

/**
 * Exact shortcut of `computeBand` for clearly different names. With L1 the distance between the
 * letter histograms (letters folded on 32 buckets, which only loosens the bounds): Jaro matches are
 * at most the shared letters, (la + lb - L1) / 2, and one edit changes L1 by at most 2, so the edit
 * distance is at least L1 / 2. When these bounds rule out every band but "different", it is returned
 * without running Jaro–Winkler or the edit distance.
 */
function surelyDifferent(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  letterCounts.fill(0);
  for (let k = 0; k < la; k++) letterCounts[a.charCodeAt(k) & 31]++;
  for (let k = 0; k < lb; k++) letterCounts[b.charCodeAt(k) & 31]--;
  let l1 = 0;
  for (let k = 0; k < 32; k++) l1 += Math.abs(letterCounts[k]);
  const shortest = Math.min(la, lb);
  const minDistance = Math.max(Math.abs(la - lb), Math.ceil(l1 / 2));
  if (minDistance <= 1 && shortest >= 4) return false;
  if (minDistance <= 2 && shortest >= 6) return false;
  const shared = (la + lb - l1) / 2;
  if (shared <= 0) return true;
  const jaroBound = (shared / la + shared / lb + 1) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaroBound + prefix * 0.1 * (1 - jaroBound) < 0.8 - 1e-9;
}

function computeBand(coreA: string, coreB: string): number {
  if (coreA.length > 0 && coreB.length > 0 && surelyDifferent(coreA, coreB)) return NAME_DIFFERENT;
  const similarity = jaroWinkler(coreA, coreB);
  // One slip changes the length by one letter at most; a longer name sharing a long prefix
  // (Hamham / Hamhammer) is another name, however high its Jaro–Winkler.
  if (similarity >= 0.92 && Math.abs(coreA.length - coreB.length) <= 1) return NAME_CLOSE;
  const distance = editDistance(coreA, coreB, 2);
  if (distance <= 1 && Math.min(coreA.length, coreB.length) >= 4) return 3;
  if (similarity >= 0.8 || (distance <= 2 && Math.min(coreA.length, coreB.length) >= 6)) return NAME_LOOSE;
  return NAME_DIFFERENT;
}

/** The better (lower) of two name levels, "missing" losing to any other. */
export function better(best: number, level: number): number {
  return level !== MISSING && (best === MISSING || level < best) ? level : best;
}

/** Best level between the usage and birth names of both records. */
export function surnameLevel(data: PreparedData, i: number, j: number): number {
  const { last, altLast } = data;
  let best = nameLevel(data, last, i, last, j);
  if (best === NAME_EXACT) return best;
  // Without a birth name on either side, the crossed comparisons are all "missing".
  const altI = altLast.compact[i] >= 0;
  const altJ = altLast.compact[j] >= 0;
  if (!altI && !altJ) return best;
  if (altJ) best = better(best, nameLevel(data, last, i, altLast, j));
  if (altI) best = better(best, nameLevel(data, altLast, i, last, j));
  if (altI && altJ) best = better(best, nameLevel(data, altLast, i, altLast, j));
  return best;
}

export const DATE_LEVELS = [
  'absente',
  'identique',
  'jour et mois inversés',
  'un chiffre diffère (ou année à un an près)',
  'même année seulement',
  'même année (date approximative)',
  'année à un an près (date approximative)',
  'année différente (date approximative)',
  'différente',
];
export const DATE_EXACT = 1;
export const DATE_SAME_YEAR_ONLY = 4;
/** Year-only or placeholder date, more than a year apart. */
export const DATE_YEAR_APART = 7;
export const DATE_DIFFERENT = 8;

/** The 8 digits of DDMMYYYY written into `out`. */
function digitsOf(year: number, month: number, day: number, out: Uint8Array): void {
  out[0] = (day / 10) | 0;
  out[1] = day % 10;
  out[2] = (month / 10) | 0;
  out[3] = month % 10;
  out[4] = (year / 1000) | 0;
  out[5] = ((year / 100) | 0) % 10;
  out[6] = ((year / 10) | 0) % 10;
  out[7] = year % 10;
}

const digitsA = new Uint8Array(8);
const digitsB = new Uint8Array(8);

/** DDMMYYYY strings one substituted digit or one adjacent transposition apart (edit distance 1 at equal length). */
function oneDigitApart(
  yearA: number,
  monthA: number,
  dayA: number,
  yearB: number,
  monthB: number,
  dayB: number,
): boolean {
  digitsOf(yearA, monthA, dayA, digitsA);
  digitsOf(yearB, monthB, dayB, digitsB);
  let first = -1;
  let differences = 0;
  for (let k = 0; k < 8; k++) {
    if (digitsA[k] === digitsB[k]) continue;
    if (differences === 0) first = k;
    if (++differences > 2) return false;
  }
  if (differences <= 1) return true;
  const k = first;
  return (
    k + 1 < 8 &&
    digitsA[k] === digitsB[k + 1] &&
    digitsA[k + 1] === digitsB[k] &&
    digitsA[k] !== digitsA[k + 1]
  );
}

/**
 * Full dates: identical, day and month swapped, one digit (or only the year, by one: an age-based
 * year) apart, same year, different. Year-only and placeholder dates (01/01, 31/12) are weak
 * evidence: same year, a year apart, or not.
 */
export function dateLevel(data: PreparedData, i: number, j: number): number {
  const pa = data.precision[i];
  const pb = data.precision[j];
  if (pa === DatePrecision.Missing || pb === DatePrecision.Missing) return MISSING;
  const yearGap = Math.abs(data.year[i] - data.year[j]);
  if (pa !== DatePrecision.Full || pb !== DatePrecision.Full)
    return yearGap === 0 ? 5 : yearGap === 1 ? 6 : DATE_YEAR_APART;
  const ma = data.month[i];
  const mb = data.month[j];
  const da = data.day[i];
  const db = data.day[j];
  if (yearGap === 0 && ma === mb && da === db) return DATE_EXACT;
  if (yearGap === 0 && ma === db && da === mb) return 2;
  if (yearGap === 1 && ma === mb && da === db) return 3;
  if (oneDigitApart(data.year[i], ma, da, data.year[j], mb, db)) return 3;
  return yearGap === 0 ? DATE_SAME_YEAR_ONLY : DATE_DIFFERENT;
}

export function exactLevel(column: Int32Array, i: number, j: number): number {
  const a = column[i];
  const b = column[j];
  if (a < 0 || b < 0) return MISSING;
  return a === b ? 1 : 2;
}

export function similarLevel(
  data: PreparedData,
  column: Int32Array,
  i: number,
  j: number,
  minimum: number,
): number {
  const a = column[i];
  const b = column[j];
  if (a < 0 || b < 0) return MISSING;
  if (a === b) return 1;
  return jaroWinkler(data.strings[a], data.strings[b]) >= minimum ? 2 : 3;
}

export const LOCATION_LEVELS = [
  'absent',
  'même adresse',
  'adresse proche',
  'même commune et même code postal',
  'même commune ou même code postal',
  'même département',
  'différent',
];
export const LOCATION_SAME_ADDRESS = 1;

/** Jaro–Winkler of two interned strings, memoised (addresses and communes repeat a lot). */
function cachedSimilarity(data: PreparedData, idA: number, idB: number): number {
  const memos = memosOf(data);
  const memo = (memos.similarity ??= new PairMemo(MEMO_BITS));
  const { strings } = data;
  return memo.get(idA, idB, (low, high) => jaroWinkler(strings[low], strings[high]));
}

function sameCity(data: PreparedData, a: number, b: number): boolean {
  return a === b || cachedSimilarity(data, a, b) >= 0.92;
}

/**
 * Address, commune and postcode are one piece of evidence, not three: they are strongly correlated
 * (the postcode follows from the commune) and a shelter's address is shared by many people, so their
 * weights must not add up. The best agreement among them gives the level.
 */
export function locationLevel(data: PreparedData, i: number, j: number): number {
  const addressA = data.address[i];
  const addressB = data.address[j];
  const addressKnown = addressA >= 0 && addressB >= 0;
  if (addressKnown) {
    if (addressA === addressB) return LOCATION_SAME_ADDRESS;
    if (cachedSimilarity(data, addressA, addressB) >= 0.9) return 2;
  }
  const postA = data.postcode[i];
  const postB = data.postcode[j];
  const cityA = data.city[i];
  const cityB = data.city[j];
  const postKnown = postA >= 0 && postB >= 0;
  const cityKnown = cityA >= 0 && cityB >= 0;
  if (!addressKnown && !postKnown && !cityKnown) return MISSING;
  const samePost = postKnown && postA === postB;
  const sameTown = cityKnown && sameCity(data, cityA, cityB);
  if (samePost && sameTown) return 3;
  if ((samePost && !cityKnown) || (sameTown && !postKnown)) return 3;
  if (samePost || sameTown) return 4;
  if (postKnown && sameDepartment(data.strings[postA], data.strings[postB])) return 5;
  return 6;
}

/** `a.slice(0, 2) === b.slice(0, 2)` without allocating two strings per call. */
function sameDepartment(a: string, b: string): boolean {
  const length = Math.min(a.length, 2);
  if (length !== Math.min(b.length, 2)) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
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
