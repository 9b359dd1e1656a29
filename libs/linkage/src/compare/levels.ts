import type { NameColumns, PreparedData } from '../normalize/prepare';
import { DatePrecision } from '../normalize/dates';
import { spellingKey } from '../normalize/phonetic';
import { PairMemo } from './pair-memo';
import { editDistance, jaroWinkler } from './string-similarity';

/**
 * Offsets of a record's values in `PackedRecords.values`. A name slot holds its compact, core,
 * canonical and phonetic ids at offsets 0 to 3 from its own offset.
 */
export const FIRST = 0;
export const LAST = 4;
export const ALT_LAST = 8;
const CORE = 1;
const CANONICAL = 2;
const PHONETIC = 3;
const POSTCODE = 12;
const CITY = 13;
const ADDRESS = 14;
export const STREET_NUMBER = 15;
const IDENTIFIER = 16;
export const TEXT = 17;
const YEAR = 18;
/** Month, day (<< 8), date precision (<< 16) and sex (<< 24). */
const DATE_AND_SEX = 19;
export const PHONE = 20;
export const EMAIL = 21;
export const RECORD_STRIDE = 22;

/**
 * The values compared, record after record (RECORD_STRIDE ints each): the second record of a
 * candidate pair is anywhere in the data, and reading its fields from a dozen separate columns cost a
 * cache miss each, most of the comparison time. Here they share two adjacent cache lines.
 */
export interface PackedRecords {
  data: PreparedData;
  values: Int32Array;
}

function packNames(values: Int32Array, offset: number, columns: NameColumns, i: number): void {
  values[offset] = columns.compact[i];
  values[offset + CORE] = columns.core[i];
  values[offset + CANONICAL] = columns.canonical[i];
  values[offset + PHONETIC] = columns.phonetic[i];
}

function packRecords(data: PreparedData): PackedRecords {
  const values = new Int32Array(data.size * RECORD_STRIDE);
  for (let i = 0, o = 0; i < data.size; i++, o += RECORD_STRIDE) {
    packNames(values, o + FIRST, data.first, i);
    packNames(values, o + LAST, data.last, i);
    packNames(values, o + ALT_LAST, data.altLast, i);
    values[o + POSTCODE] = data.postcode[i];
    values[o + CITY] = data.city[i];
    values[o + ADDRESS] = data.address[i];
    values[o + STREET_NUMBER] = data.streetNumber[i];
    values[o + IDENTIFIER] = data.identifier[i];
    values[o + TEXT] = data.text[i];
    values[o + PHONE] = data.phone[i];
    values[o + EMAIL] = data.email[i];
    values[o + YEAR] = data.year[i];
    values[o + DATE_AND_SEX] =
      data.month[i] | (data.day[i] << 8) | (data.precision[i] << 16) | (data.sex[i] << 24);
  }
  return { data, values };
}

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

/**
 * Level of agreement of two names, at offsets `x` and `y` of the packed values (record offset plus
 * name slot); with `variantAtBest`, stops (returning "different") below the variant level.
 */
export function nameLevel(p: PackedRecords, x: number, y: number, variantAtBest = false): number {
  const v = p.values;
  const compactA = v[x];
  const compactB = v[y];
  if (compactA < 0 || compactB < 0) return MISSING;
  if (compactA === compactB) return NAME_EXACT;
  const phonetic = v[x + PHONETIC];
  if (v[x + CORE] === v[y + CORE] || v[x + CANONICAL] === v[y + CANONICAL]) return NAME_VARIANT;
  const data = p.data;
  if (phonetic >= 0 && phonetic === v[y + PHONETIC]) {
    if (data.strings[phonetic].length >= 3) return NAME_VARIANT;
    // A skeleton of one or two consonants is shared by too many names: the vowels must agree too.
    if (spellingOf(data, v[x + CANONICAL]) === spellingOf(data, v[y + CANONICAL])) return NAME_VARIANT;
  }
  // A token subset needs a space in the longer name: most pairs skip reading the strings.
  const spaces = spacesOf(data);
  if (spaces[v[x + CANONICAL]] || spaces[v[y + CANONICAL]]) {
    const canonicalA = data.strings[v[x + CANONICAL]];
    const canonicalB = data.strings[v[y + CANONICAL]];
    if (isTokenSubset(canonicalA, canonicalB) || isTokenSubset(canonicalB, canonicalA)) return NAME_VARIANT;
  }
  if (variantAtBest) return NAME_DIFFERENT;
  return similarityBand(data, v[x + CORE], v[y + CORE]);
}

interface LevelMemos {
  packed?: PackedRecords;
  spaces?: Uint8Array;
  shapes?: StringShapes;
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

/** The packed records of a data set, built once (per thread: structured cloning leaves them out). */
export function packedRecordsOf(data: PreparedData): PackedRecords {
  const memos = memosOf(data);
  memos.packed ??= packRecords(data);
  return memos.packed;
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

/**
 * What `apartByShape` reads of each interned string: the set of its letters, bit (c & 31) for each,
 * in `letters`; its length and the low bytes of its first three characters in `heads`.
 */
interface StringShapes {
  letters: Int32Array;
  heads: Int32Array;
}

function shapesOf(data: PreparedData): StringShapes {
  const memos = memosOf(data);
  let shapes = memos.shapes;
  if (!shapes || shapes.letters.length !== data.strings.length) {
    const { strings } = data;
    const letters = new Int32Array(strings.length);
    const heads = new Int32Array(strings.length);
    for (let k = 0; k < strings.length; k++) {
      letters[k] = lettersOf(strings[k]);
      heads[k] = headOf(strings[k]);
    }
    shapes = { letters, heads };
    memos.shapes = shapes;
  }
  return shapes;
}

/** Bit (c & 31) set for each character c of the text. */
export function lettersOf(text: string): number {
  let set = 0;
  for (let c = 0; c < text.length; c++) set |= 1 << (text.charCodeAt(c) & 31);
  return set;
}

/** Length (255: that long or longer) and the low bytes of the first three characters (<< 8, 16, 24). */
export function headOf(text: string): number {
  let head = Math.min(text.length, 255);
  for (let c = 0; c < 3 && c < text.length; c++) head |= (text.charCodeAt(c) & 0xff) << (8 + 8 * c);
  return head;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * `surelyDifferent` from two small integers per name, without reading the strings nor the band memo
 * (a cache miss each, for the nine pairs in ten whose names share little). The letters one name has
 * and the other lacks are at most the histogram distance L1; the first characters compared by their
 * low bytes only, and the fourth taken as equal, can only lengthen the common prefix. Every bound is
 * looser than `surelyDifferent`'s: when this says "different", so would it.
 */
export function apartByShape(lettersA: number, headA: number, lettersB: number, headB: number): boolean {
  const la = headA & 0xff;
  const lb = headB & 0xff;
  if (la === 255 || lb === 255) return false;
  const shortest = Math.min(la, lb);
  let prefix = 0;
  while (
    prefix < 3 &&
    prefix < shortest &&
    ((headA >>> (8 + 8 * prefix)) & 0xff) === ((headB >>> (8 + 8 * prefix)) & 0xff)
  )
    prefix++;
  if (prefix === 3 && shortest > 3) prefix = 4;
  return boundsRuleOut(la, lb, bitCount(lettersA ^ lettersB), prefix);
}

function similarityBand(data: PreparedData, idA: number, idB: number): number {
  const { letters, heads } = shapesOf(data);
  if (apartByShape(letters[idA], heads[idA], letters[idB], heads[idB])) return NAME_DIFFERENT;
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
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return boundsRuleOut(la, lb, l1, prefix);
}

/**
 * Whether names of lengths `la` and `lb`, letter histograms at least `l1` apart and a common prefix
 * of at most `prefix` letters, can only be "different": neither one edit on four letters nor two on
 * six is possible, and the Jaro–Winkler bound stays under the loosest band's 0.8.
 */
function boundsRuleOut(la: number, lb: number, l1: number, prefix: number): boolean {
  const shortest = Math.min(la, lb);
  const minDistance = Math.max(Math.abs(la - lb), Math.ceil(l1 / 2));
  if (minDistance <= 1 && shortest >= 4) return false;
  if (minDistance <= 2 && shortest >= 6) return false;
  const shared = (la + lb - l1) / 2;
  if (shared <= 0) return true;
  const jaroBound = (shared / la + shared / lb + 1) / 3;
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

/** Best level between the usage and birth names of both records (at record offsets `a` and `b`). */
export function surnameLevel(p: PackedRecords, a: number, b: number): number {
  let best = nameLevel(p, a + LAST, b + LAST);
  if (best === NAME_EXACT) return best;
  // Without a birth name on either side, the crossed comparisons are all "missing".
  const altI = p.values[a + ALT_LAST] >= 0;
  const altJ = p.values[b + ALT_LAST] >= 0;
  if (!altI && !altJ) return best;
  if (altJ) best = better(best, nameLevel(p, a + LAST, b + ALT_LAST));
  if (altI) best = better(best, nameLevel(p, a + ALT_LAST, b + LAST));
  if (altI && altJ) best = better(best, nameLevel(p, a + ALT_LAST, b + ALT_LAST));
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
export function dateLevel(p: PackedRecords, a: number, b: number): number {
  const v = p.values;
  const wa = v[a + DATE_AND_SEX];
  const wb = v[b + DATE_AND_SEX];
  const pa = (wa >>> 16) & 0xff;
  const pb = (wb >>> 16) & 0xff;
  if (pa === DatePrecision.Missing || pb === DatePrecision.Missing) return MISSING;
  const yearA = v[a + YEAR];
  const yearB = v[b + YEAR];
  const yearGap = Math.abs(yearA - yearB);
  if (pa !== DatePrecision.Full || pb !== DatePrecision.Full)
    return yearGap === 0 ? 5 : yearGap === 1 ? 6 : DATE_YEAR_APART;
  const ma = wa & 0xff;
  const mb = wb & 0xff;
  const da = (wa >>> 8) & 0xff;
  const db = (wb >>> 8) & 0xff;
  if (yearGap === 0 && ma === mb && da === db) return DATE_EXACT;
  if (yearGap === 0 && ma === db && da === mb) return 2;
  if (yearGap === 1 && ma === mb && da === db) return 3;
  if (oneDigitApart(yearA, ma, da, yearB, mb, db)) return 3;
  return yearGap === 0 ? DATE_SAME_YEAR_ONLY : DATE_DIFFERENT;
}

/** Exact agreement of the ids at offsets `x` and `y` of the packed values. */
export function exactLevel(p: PackedRecords, x: number, y: number): number {
  const a = p.values[x];
  const b = p.values[y];
  if (a < 0 || b < 0) return MISSING;
  return a === b ? 1 : 2;
}

/** Jaro–Winkler agreement of the texts whose ids are at offsets `x` and `y` of the packed values. */
export function similarLevel(p: PackedRecords, x: number, y: number, minimum: number): number {
  const a = p.values[x];
  const b = p.values[y];
  if (a < 0 || b < 0) return MISSING;
  if (a === b) return 1;
  return jaroWinkler(p.data.strings[a], p.data.strings[b]) >= minimum ? 2 : 3;
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
export const LOCATION_SAME_PLACE = 3;
export const LOCATION_SAME_DEPARTMENT = 5;
export const LOCATION_DIFFERENT = 6;

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
export function locationLevel(p: PackedRecords, a: number, b: number): number {
  const v = p.values;
  const data = p.data;
  const addressA = v[a + ADDRESS];
  const addressB = v[b + ADDRESS];
  const addressKnown = addressA >= 0 && addressB >= 0;
  if (addressKnown) {
    if (addressA === addressB) return LOCATION_SAME_ADDRESS;
    if (cachedSimilarity(data, addressA, addressB) >= 0.9) return 2;
  }
  const postA = v[a + POSTCODE];
  const postB = v[b + POSTCODE];
  const cityA = v[a + CITY];
  const cityB = v[b + CITY];
  const postKnown = postA >= 0 && postB >= 0;
  const cityKnown = cityA >= 0 && cityB >= 0;
  if (!addressKnown && !postKnown && !cityKnown) return MISSING;
  const samePost = postKnown && postA === postB;
  const sameTown = cityKnown && sameCity(data, cityA, cityB);
  if (samePost && sameTown) return LOCATION_SAME_PLACE;
  if ((samePost && !cityKnown) || (sameTown && !postKnown)) return LOCATION_SAME_PLACE;
  if (samePost || sameTown) return 4;
  if (postKnown && sameDepartment(data.strings[postA], data.strings[postB])) return LOCATION_SAME_DEPARTMENT;
  return LOCATION_DIFFERENT;
}

/** `a.slice(0, 2) === b.slice(0, 2)` without allocating two strings per call. */
function sameDepartment(a: string, b: string): boolean {
  const length = Math.min(a.length, 2);
  if (length !== Math.min(b.length, 2)) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** Identical, one character apart (a slip), or different: an identifier, a phone number, an e-mail. */
export function codeLevel(p: PackedRecords, a: number, b: number, slot = IDENTIFIER): number {
  const x = p.values[a + slot];
  const y = p.values[b + slot];
  if (x < 0 || y < 0) return MISSING;
  if (x === y) return 1;
  return editDistance(p.data.strings[x], p.data.strings[y], 1) <= 1 ? 2 : 3;
}

export function sexLevel(p: PackedRecords, a: number, b: number): number {
  const x = p.values[a + DATE_AND_SEX] >>> 24;
  const y = p.values[b + DATE_AND_SEX] >>> 24;
  if (x === 0 || y === 0) return MISSING;
  return x === y ? 1 : 2;
}
