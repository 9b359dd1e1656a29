import { seededRandom } from '../model/random';
import type { LinkageRecord } from '../types';
import { pick, soundAlike, stripAccents, transliterate, typo, type Random } from './corruption';
import { departmentFor, HOME_DEPARTMENT, placeIn, type Department } from './geography';
import { ORIGINS, type Origin } from './name-lists';

/** A person as the SIAO would know them if every file were perfect. */
interface Person {
  entity: string;
  /** Index of the person's household (a single person is a household of one). */
  household: number;
  origin: Origin;
  sex: 'M' | 'F';
  firstName: string;
  surname: string;
  birthName?: string;
  birth: { year: number; month: number; day: number } | null;
  address: string;
  postcode: string;
  city: string;
  department: Department;
}

type DateFormat = 'fr' | 'iso' | 'compact' | 'excel';

/** Error rates of one operator's file. */
interface SourceProfile {
  name: string;
  coverage: number;
  typo: number;
  soundAlike: number;
  transliteration: number;
  swapNames: number;
  missingDate: number;
  yearOnly: number;
  placeholderDate: number;
  dateTypo: number;
  dayMonthSwap: number;
  missingSex: number;
  firstGivenNameOnly: number;
  keepsAccents: boolean;
  upperCase: boolean;
  dateFormat: DateFormat;
  hasAddress: boolean;
}

const SOURCES: SourceProfile[] = [
  {
    name: '115',
    coverage: 0.6,
    typo: 0.1,
    soundAlike: 0.1,
    transliteration: 0.25,
    swapNames: 0.06,
    missingDate: 0.2,
    yearOnly: 0.08,
    placeholderDate: 0.04,
    dateTypo: 0.04,
    dayMonthSwap: 0.02,
    missingSex: 0.1,
    firstGivenNameOnly: 0.5,
    keepsAccents: false,
    upperCase: true,
    dateFormat: 'fr',
    hasAddress: false,
  },
  {
    name: 'CHRS',
    coverage: 0.45,
    typo: 0.05,
    soundAlike: 0.04,
    transliteration: 0.15,
    swapNames: 0.02,
    missingDate: 0.05,
    yearOnly: 0.02,
    placeholderDate: 0.03,
    dateTypo: 0.03,
    dayMonthSwap: 0.02,
    missingSex: 0.02,
    firstGivenNameOnly: 0.3,
    keepsAccents: true,
    upperCase: false,
    dateFormat: 'iso',
    hasAddress: true,
  },
  {
    name: 'résidence sociale',
    coverage: 0.25,
    typo: 0.03,
    soundAlike: 0.02,
    transliteration: 0.1,
    swapNames: 0.01,
    missingDate: 0.02,
    yearOnly: 0.01,
    placeholderDate: 0.01,
    dateTypo: 0.02,
    dayMonthSwap: 0.01,
    missingSex: 0,
    firstGivenNameOnly: 0.1,
    keepsAccents: true,
    upperCase: false,
    dateFormat: 'excel',
    hasAddress: true,
  },
  {
    name: 'SYPLO',
    coverage: 0.2,
    typo: 0.02,
    soundAlike: 0.01,
    transliteration: 0.05,
    swapNames: 0.01,
    missingDate: 0.01,
    yearOnly: 0,
    placeholderDate: 0.01,
    dateTypo: 0.01,
    dayMonthSwap: 0.005,
    missingSex: 0,
    firstGivenNameOnly: 0.05,
    keepsAccents: false,
    upperCase: true,
    dateFormat: 'compact',
    hasAddress: true,
  },
];

function weightedIndex(random: Random, length: number, exponent = 0.9): number {
  // Inverse-CDF sampling of a Zipf law on ranks 1..length, approximated continuously.
  const u = random();
  const max = length ** (1 - exponent);
  return Math.min(length - 1, Math.floor((u * (max - 1) + 1) ** (1 / (1 - exponent))) - 1);
}

function chooseOrigin(random: Random): Origin {
  let u = random();
  for (const [origin, names] of Object.entries(ORIGINS) as [Origin, (typeof ORIGINS)[Origin]][]) {
    u -= names.share;
    if (u <= 0) return origin;
  }
  return 'french';
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Share of each origin's surnames drawn from its list of frequent names; the rest come from a long
 * tail of rarer generated names. In France the 180 most frequent surnames cover about 10–15 % of
 * people and Martin alone ≈ 0.35 %; West-African surnames are far more concentrated (Diallo, Traoré,
 * Camara…), Maghreb and Eastern-European ones less so.
 */
const LISTED_SURNAME_SHARE: Record<Origin, number> = {
  french: 0.15,
  maghreb: 0.18,
  westAfrica: 0.4,
  easternEurope: 0.18,
  afghan: 0.25,
};

/**
 * How surnames spread in France (INSEE birth records and the telephone directory): the 1,000 most
 * frequent names are borne by a quarter of the population, the next 6,000 by another quarter, the
 * next 40,000 by a third quarter, and some 800,000 rarer names by the last one. Cumulative share of the
 * population at each rank; the listed names take the first ranks.
 */
const SURNAME_RANKS: readonly { rank: number; share: number }[] = [
  { rank: 180, share: LISTED_SURNAME_SHARE.french },
  { rank: 1_000, share: 0.25 },
  { rank: 7_000, share: 0.5 },
  { rank: 47_000, share: 0.75 },
  { rank: 850_000, share: 1 },
];

/**
 * Generator's surname profile. `france` follows the French spread above; `concentrated` keeps the
 * surnames of the generator's first profile, whose rare names were drawn from two to four random
 * syllables: its tail is far too frequent (it put 30 % of French-origin persons on 625 two-syllable
 * names), so namesakes grow with the file. Kept as a stress test (given names are the same in both).
 */
export type SurnameProfile = 'france' | 'concentrated';

/**
 * Where the persons live. `department`: all in the Côte-d'Or, as in the monthly files of Dijon's
 * SIAO. `france`: a file compiled across the 96 départements of metropolitan France, persons spread
 * by the weight of each one's homeless population, each département with its own operators' files
 * and shelters, a fifth of the moves crossing a border. A 10k file is a département's month; 100k
 * or a million records exceed the homeless population of any département (and a million, that of
 * the country), so only a national file has that size.
 */
export type Geography = 'department' | 'france';

/**
 * Largest file taken as one département's: twice the 10k month of the benchmark (6,500 persons),
 * already a large month for a département's SIAO. Beyond it, the file is taken as a national one.
 */
const DEPARTMENT_MAX_RECORDS = 20_000;

/** The geography a file of this size has unless told otherwise. */
export function geographyFor(recordCount: number): Geography {
  return recordCount <= DEPARTMENT_MAX_RECORDS ? 'department' : 'france';
}

/** Rank, in the whole population of France, at which the cumulative share reaches `share`. */
function rankAtShare(share: number): number {
  let band = 1;
  while (band < SURNAME_RANKS.length - 1 && SURNAME_RANKS[band].share < share) band++;
  const low = SURNAME_RANKS[band - 1];
  const high = SURNAME_RANKS[band];
  return low.rank * (high.rank / low.rank) ** ((share - low.share) / (high.share - low.share));
}

/**
 * A tail rank, beyond the origin's listed names. Each origin's names follow the French spread on a
 * scale shrunk by its share of the population, so that all origins together follow it; within a band
 * the rank is log-uniform, so frequency falls as 1/rank (Zipf).
 */
function tailRank(random: Random, origin: Origin): number {
  const listed = LISTED_SURNAME_SHARE[origin];
  const scale = ORIGINS[origin].share;
  const share = listed + random() * (1 - listed);
  return Math.floor(scale * (rankAtShare(share) - rankAtShare(listed)));
}

/**
 * The tail name of a rank: its digits in base "number of syllables", two syllables at least. Within
 * a length, ranks are scattered by an odd multiplier so that neighbouring ranks do not share their
 * first syllables.
 */
function tailName(rank: number, syllables: readonly string[]): string {
  const base = syllables.length;
  let length = 2;
  let first = 0;
  while (rank - first >= base ** length) first += base ** length++;
  const size = base ** length;
  let index = ((rank - first) * 7_919) % size;
  let word = '';
  for (let s = 0; s < length; s++, index = Math.floor(index / base)) word += syllables[index % base];
  return capitalise(word);
}

function surnameFor(random: Random, origin: Origin, profile: SurnameProfile): string {
  const names = ORIGINS[origin];
  // Exponent 0.6: rank 1 is about ten times as frequent as rank 100, as among real surnames.
  if (random() < LISTED_SURNAME_SHARE[origin])
    return names.surnames[weightedIndex(random, names.surnames.length, 0.6)];
  if (profile === 'france') return tailName(tailRank(random, origin), names.syllables);
  const u = random();
  const syllables = u < 0.35 ? 2 : u < 0.8 ? 3 : 4;
  let word = '';
  for (let s = 0; s < syllables; s++) word += pick(random, names.syllables);
  return capitalise(word);
}

/**
 * How French given names spread among living people (L'Officiel des prénoms, 2021 edition, counts of
 * living bearers): Marie is borne by over a million women (≈ 3 % of them), Jean by about 780,000 men
 * (≈ 2.4 %), each of the next six names by about 300,000 people (≈ 0.9 %), the 20th by 200,000
 * (0.6 %), the 50th by 134,000 (0.4 %). Share of the population at these ranks; between them it is
 * interpolated on log scales, beyond the last it falls as 1/rank until everyone has a name, which
 * takes some 1,650 names. Real files have a longer tail, so this errs towards more namesakes.
 */
const GIVEN_NAME_SHARES: readonly { rank: number; share: number }[] = [
  { rank: 1, share: 0.027 },
  { rank: 2, share: 0.009 },
  { rank: 7, share: 0.0086 },
  { rank: 20, share: 0.006 },
  { rank: 50, share: 0.0039 },
];

function givenNameShare(rank: number): number {
  const last = GIVEN_NAME_SHARES[GIVEN_NAME_SHARES.length - 1];
  if (rank >= last.rank) return (last.share * last.rank) / rank;
  let band = 1;
  while (GIVEN_NAME_SHARES[band].rank < rank) band++;
  const low = GIVEN_NAME_SHARES[band - 1];
  const high = GIVEN_NAME_SHARES[band];
  const position = Math.log(rank / low.rank) / Math.log(high.rank / low.rank);
  return low.share * (high.share / low.share) ** position;
}

/** Cumulative share of the population at each rank of French given names, rank 1 first. */
const GIVEN_NAME_CUMULATIVE: Float64Array = (() => {
  const cumulative: number[] = [];
  for (let rank = 1, total = 0; total < 1; rank++) {
    total += givenNameShare(rank);
    cumulative.push(Math.min(total, 1));
  }
  return Float64Array.from(cumulative);
})();

/** Syllables of the French given names beyond the listed ones, apart for each sex. */
const GIVEN_NAME_SYLLABLES = {
  M: 'al ber tin ric mau lo gas ton fer nand sir mil ro main gen el'.split(' '),
  F: 'li ne lo di ma ry se ju et te la ri an cla ra mi'.split(' '),
};

/** A French given name: its rank drawn from the spread above, the listed names first. */
function frenchGivenName(random: Random, sex: 'M' | 'F'): string {
  const u = random();
  let low = 0;
  let high = GIVEN_NAME_CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (GIVEN_NAME_CUMULATIVE[middle] > u) high = middle;
    else low = middle + 1;
  }
  const list = sex === 'M' ? ORIGINS.french.male : ORIGINS.french.female;
  return low < list.length ? list[low] : tailName(low - list.length, GIVEN_NAME_SYLLABLES[sex]);
}

function firstNameFor(random: Random, origin: Origin, sex: 'M' | 'F'): string {
  // Several given names, as in civil-status documents.
  if (origin === 'french')
    return random() < 0.15
      ? `${frenchGivenName(random, sex)} ${frenchGivenName(random, sex)}`
      : frenchGivenName(random, sex);
  // No published spread for the other origins: a Zipf law on their lists, whose first names
  // (Mohamed, Mamadou, Fatima…) are indeed borne by a large share of their people.
  const list = sex === 'M' ? ORIGINS[origin].male : ORIGINS[origin].female;
  return list[weightedIndex(random, list.length, 0.7)];
}

/** Siblings do not share a given name (the father's, for a namesake son, is handled apart). */
function distinctFirstName(random: Random, origin: Origin, sex: 'M' | 'F', taken: Set<string>): string {
  let name = firstNameFor(random, origin, sex);
  for (let attempt = 0; attempt < 20 && taken.has(name); attempt++) name = firstNameFor(random, origin, sex);
  taken.add(name);
  return name;
}

function birthFor(random: Random, origin: Origin, year: number): Person['birth'] {
  // Many people born abroad carry an official 01/01 or 31/12 date: a real date that looks like a placeholder.
  if (origin !== 'french' && random() < 0.15)
    return random() < 0.8 ? { year, month: 1, day: 1 } : { year, month: 12, day: 31 };
  return { year, month: 1 + Math.floor(random() * 12), day: 1 + Math.floor(random() * 28) };
}

/** Persons in households: couples with children sharing a surname and an address, sometimes twins. */
function generatePersons(
  random: Random,
  count: number,
  profile: SurnameProfile,
  geography: Geography,
): Person[] {
  const persons: Person[] = [];
  let householdIndex = -1;
  const add = (person: Omit<Person, 'entity' | 'household'>) =>
    persons.push({ ...person, entity: `P${persons.length}`, household: householdIndex });
  while (persons.length < count) {
    householdIndex++;
    const origin = chooseOrigin(random);
    const department = geography === 'france' ? departmentFor(random) : HOME_DEPARTMENT;
    const home = { ...placeIn(random, department), department };
    const surname = surnameFor(random, origin, profile);
    const parentYear = 1945 + Math.floor(random() * 60);
    const sex: 'M' | 'F' = random() < 0.62 ? 'M' : 'F';
    const household = random() < 0.3;
    add({
      origin,
      sex,
      firstName: firstNameFor(random, origin, sex),
      surname,
      birth: birthFor(random, origin, parentYear),
      ...home,
    });
    if (!household) continue;
    const partnerSex = sex === 'M' ? 'F' : 'M';
    if (random() < 0.7) {
      const partnerBirthName = surnameFor(random, origin, profile);
      const married = random() < 0.6;
      add({
        origin,
        sex: partnerSex,
        firstName: firstNameFor(random, origin, partnerSex),
        surname: married ? surname : partnerBirthName,
        birthName: married && partnerSex === 'F' ? partnerBirthName : undefined,
        birth: birthFor(random, origin, parentYear + Math.floor(random() * 9) - 4),
        ...home,
      });
    }
    const children = Math.floor(random() * 4);
    const givenNames = new Set(persons.slice(-2).map((p) => p.firstName));
    for (let c = 0; c < children; c++) {
      const childSex: 'M' | 'F' = random() < 0.5 ? 'M' : 'F';
      const childYear = parentYear + 18 + Math.floor(random() * 25);
      if (childYear > 2024) continue;
      const birth = birthFor(random, origin, childYear);
      const twin = c > 0 && random() < 0.05;
      const previous = persons[persons.length - 1];
      // Namesake: a son given his father's first name.
      const namesake = childSex === 'M' && sex === 'M' && random() < 0.05;
      add({
        origin,
        sex: childSex,
        firstName: namesake
          ? persons[persons.length - c - 1].firstName
          : distinctFirstName(random, origin, childSex, givenNames),
        surname,
        birth: twin ? previous.birth : birth,
        ...home,
      });
    }
  }
  return persons.slice(0, count);
}

function formatDate(
  random: Random,
  birth: { year: number; month: number; day: number },
  format: DateFormat,
): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const { year, month, day } = birth;
  switch (format) {
    case 'fr':
      return random() < 0.1
        ? `${pad(day)}/${pad(month)}/${String(year).slice(2)}`
        : `${pad(day)}/${pad(month)}/${year}`;
    case 'iso':
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'compact':
      return `${year}${pad(month)}${pad(day)}`;
    case 'excel':
      return String(Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000));
  }
}

/** A slip on one digit of DD/MM/YYYY, or (one time in four) an age-based year off by one. */
function corruptDigit(random: Random, birth: { year: number; month: number; day: number }) {
  if (random() < 0.25) return { ...birth, year: birth.year + (random() < 0.5 ? 1 : -1) };
  const digits =
    `${String(birth.day).padStart(2, '0')}${String(birth.month).padStart(2, '0')}${birth.year}`.split('');
  const position = pick(random, [0, 1, 2, 3, 6, 7]);
  digits[position] = String(Math.floor(random() * 10));
  const text = digits.join('');
  const day = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  return day >= 1 && day <= 28 && month >= 1 && month <= 12
    ? { year: Number(text.slice(4)), month, day }
    : birth;
}

function writtenDate(random: Random, person: Person, source: SourceProfile): string {
  if (!person.birth || random() < source.missingDate) return '';
  if (random() < source.yearOnly) return String(person.birth.year);
  if (random() < source.placeholderDate)
    return formatDate(
      random,
      { year: person.birth.year + Math.floor(random() * 3) - 1, month: 1, day: 1 },
      source.dateFormat,
    );
  let birth = person.birth;
  if (random() < source.dateTypo) birth = corruptDigit(random, birth);
  if (random() < source.dayMonthSwap && birth.day <= 12)
    birth = { ...birth, day: birth.month, month: birth.day };
  return formatDate(random, birth, source.dateFormat);
}

function writtenName(random: Random, name: string, person: Person, source: SourceProfile): string {
  let value = name;
  if (person.origin !== 'french' && random() < source.transliteration) value = transliterate(random, value);
  if (random() < source.soundAlike) value = soundAlike(random, value);
  if (random() < source.typo) value = typo(random, value);
  if (random() < 0.2) value = value.replace(/-/g, ' ');
  if (!source.keepsAccents) value = stripAccents(value);
  return source.upperCase ? value.toUpperCase() : value;
}

function writtenSurname(random: Random, person: Person, source: SourceProfile): string {
  if (!person.birthName) return writtenName(random, person.surname, person, source);
  const u = random();
  if (u < 0.6) return writtenName(random, person.surname, person, source);
  if (u < 0.8) return writtenName(random, person.birthName, person, source);
  const joined =
    random() < 0.5
      ? `${person.birthName} épouse ${person.surname}`
      : `${person.surname} née ${person.birthName}`;
  return writtenName(random, joined, person, source);
}

/** Share of the moves, in a file compiled across the country, that cross a département's border. */
const MOVES_OUT = 0.2;

function recordFor(
  random: Random,
  person: Person,
  source: SourceProfile,
  geography: Geography,
): LinkageRecord {
  let firstName = person.firstName;
  if (firstName.includes(' ') && random() < source.firstGivenNameOnly) firstName = firstName.split(' ')[0];
  let first = writtenName(random, firstName, person, source);
  let last = writtenSurname(random, person, source);
  if (random() < source.swapNames) [first, last] = [last, first];
  // People move and operators record a domiciliation or the shelter of the night.
  const place =
    random() < 0.25
      ? placeIn(
          random,
          geography === 'france' && random() < MOVES_OUT ? departmentFor(random) : person.department,
        )
      : person;
  const fields: LinkageRecord['fields'] = {
    firstName: first,
    lastName: last,
    birthDate: writtenDate(random, person, source),
    sex: random() < source.missingSex ? '' : person.sex,
    postcode: place.postcode,
    city: source.upperCase ? stripAccents(place.city).toUpperCase() : place.city,
    // Every record gets the same properties in the same order, as a file's rows do once loaded.
    address: source.hasAddress ? (random() < 0.05 ? typo(random, place.address) : place.address) : undefined,
    household: '',
  };
  return { id: '', fields };
}

/**
 * Share of a household's members whom an operator sees when it sees the household: families call
 * the 115 and are sheltered together; the others (separated, hosted apart) are seen on their own.
 */
const WITH_HOUSEHOLD = 0.85;

export interface SyntheticDataset {
  records: LinkageRecord[];
  /** Person behind each record. */
  truth: string[];
  /** Operator file each record comes from. */
  sources: string[];
  /** Household of the person behind each record. */
  households: number[];
}

/**
 * A month of SIAO files: persons (with households, namesakes, twins, official 01/01 birth dates)
 * seen by one to four operators whose files differ in quality and conventions. Same seed, same data.
 */
export function generateFrenchDataset(
  recordCount: number,
  seed: number,
  surnames: SurnameProfile = 'france',
  geography: Geography = geographyFor(recordCount),
): SyntheticDataset {
  const random = seededRandom(seed);
  const persons = generatePersons(random, Math.ceil(recordCount / 1.55), surnames, geography);
  const records: LinkageRecord[] = [];
  const truth: string[] = [];
  const sources: string[] = [];
  const households: number[] = [];
  // Whether each operator sees a household (drawn again on every pass over the persons).
  let householdSeen = new Map<number, boolean[]>();
  for (let p = 0; records.length < recordCount; p = (p + 1) % persons.length) {
    if (p === 0) householdSeen = new Map();
    const person = persons[p];
    let drawn = householdSeen.get(person.household);
    if (!drawn) {
      drawn = SOURCES.map((source) => random() < source.coverage);
      householdSeen.set(person.household, drawn);
    }
    let seen = 0;
    for (const [s, source] of SOURCES.entries()) {
      const covered = random() < WITH_HOUSEHOLD ? drawn[s] : random() < source.coverage;
      if (!covered && !(seen === 0 && s === SOURCES.length - 1)) continue;
      seen++;
      const repeats = source.name === '115' && random() < 0.15 ? 2 : 1;
      for (let r = 0; r < repeats && records.length < recordCount; r++) {
        records.push(recordFor(random, person, source, geography));
        truth.push(person.entity);
        sources.push(geography === 'france' ? `${source.name}-${person.department.code}` : source.name);
        households.push(person.household);
      }
    }
  }
  // Files arrive in no particular order.
  for (let i = records.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [records[i], records[j]] = [records[j], records[i]];
    [truth[i], truth[j]] = [truth[j], truth[i]];
    [sources[i], sources[j]] = [sources[j], sources[i]];
    [households[i], households[j]] = [households[j], households[i]];
  }
  // Ids in file order: numbered before the shuffle, consecutive ids would tell who is the same person.
  records.forEach((record, i) => (record.id = `r${i.toString().padStart(7, '0')}`));
  // Each operator numbers the households of its own file, in file order.
  const householdKeys = new Map<string, string>();
  const numbered = new Map<string, number>();
  records.forEach((record, i) => {
    const key = `${sources[i]}|${households[i]}`;
    let written = householdKeys.get(key);
    if (written === undefined) {
      const number = (numbered.get(sources[i]) ?? 0) + 1;
      numbered.set(sources[i], number);
      written = `${sources[i]}-${number}`;
      householdKeys.set(key, written);
    }
    record.fields.household = written;
  });
  return { records, truth, sources, households };
}
