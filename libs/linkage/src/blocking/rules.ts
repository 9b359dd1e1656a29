import { DatePrecision } from '../normalize/dates';
import type { ModelFieldName } from '../compare/comparator';
import type { NameColumns, PreparedData } from '../normalize/prepare';

/** Emits 0, 1 or 2 numeric keys for a record; records sharing a key are compared. */
export interface BlockingRule {
  name: string;
  /** Fields the key is made of (or that follow from it, like sex from a first name): their m cannot be learnt from the pairs this rule produces. */
  fields: ModelFieldName[];
  keys(data: PreparedData, i: number, emit: (key: number) => void): void;
  /** Pairs of a block this rule is for (default: all); lets a loose rule serve only where others cannot. */
  accepts?(data: PreparedData, i: number, j: number): boolean;
  /**
   * Its pairs are scored but do not train the model (EM). A rule keyed on the address finds the
   * members of a family or the residents of a shelter: in the EM, they would pass for matches
   * with a different name, and teach it that matches often have one.
   */
  scoredOnly?: true;
}

function fullDate(d: PreparedData, i: number): number {
  return d.precision[i] === DatePrecision.Full ? d.year[i] * 10_000 + d.month[i] * 100 + d.day[i] : -1;
}

/** Day and month of a full date as one number below 512, or -1. */
function dayOfYear(d: PreparedData, i: number): number {
  return d.precision[i] === DatePrecision.Full ? d.month[i] * 32 + d.day[i] : -1;
}

/** Both dates full but in different years: the pairs the year-keyed rules cannot find. */
function yearsDiffer(d: PreparedData, i: number, j: number): boolean {
  return (
    d.year[i] !== d.year[j] && d.precision[i] === DatePrecision.Full && d.precision[j] === DatePrecision.Full
  );
}

const anyRecord = new WeakMap<PreparedData, Map<(d: PreparedData, i: number) => boolean, boolean>>();

/**
 * Whether some record passes `test`, computed once per data set: a rule for records that lack a
 * field emits no key at all when none does (the others would only fill blocks to be filtered out).
 */
function someRecord(d: PreparedData, test: (d: PreparedData, i: number) => boolean): boolean {
  let known = anyRecord.get(d);
  if (!known) anyRecord.set(d, (known = new Map()));
  let found = known.get(test);
  if (found === undefined) {
    found = false;
    for (let i = 0; i < d.size && !found; i++) found = test(d, i);
    known.set(test, found);
  }
  return found;
}

/** No family name (nor birth name). */
function withoutFamilyName(d: PreparedData, i: number): boolean {
  return d.last.phonetic[i] < 0 && d.altLast.phonetic[i] < 0;
}

/** Both names missing (family name, birth name and given name). */
function nameless(d: PreparedData, i: number): boolean {
  return d.first.phonetic[i] < 0 && d.last.phonetic[i] < 0 && d.altLast.phonetic[i] < 0;
}

/** Two string ids as one number below 2^32, the same in either order (a collision only joins two blocks). */
function unorderedPair(a: number, b: number): number {
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high ^ (high >>> 15), 0x85ebca6b)) >>> 0;
}

/** First letter of the phonetic key (c/k/q, ph/f… merged; any vowel is "a"): survives most slips. */
function phoneticInitial(d: PreparedData, columns: NameColumns, i: number): number {
  const key = columns.phonetic[i];
  return key < 0 ? -1 : d.strings[key].charCodeAt(0);
}

const C = 'c'.charCodeAt(0);
const K = 'k'.charCodeAt(0);

/**
 * The phonetic initial, and "k" as well for a name written with a c: a c is read "s" before e and i
 * and "ch" is read "sh" in French, but both also transliterate a k or a kh (Cedach / Kedach,
 * Chaham / Khaham), and which reading the clerk meant is unknown.
 */
function phoneticInitials(
  d: PreparedData,
  columns: NameColumns,
  i: number,
  emit: (initial: number) => void,
): void {
  const initial = phoneticInitial(d, columns, i);
  if (initial < 0) return;
  emit(initial);
  if (initial !== K && d.strings[columns.core[i]].charCodeAt(0) === C) emit(K);
}

/**
 * Records sharing an address, a phone number or an e-mail beyond which it is collective (a shelter,
 * a day centre, the CCAS where people without a home receive their mail, a switchboard): it says
 * nothing about who a record is.
 */
const COLLECTIVE = 20;

/** Each record's personal values as dense ids (-1: none, or collective), for the rules keyed on them. */
interface PersonalValues {
  address: Int32Array;
  /** Postcode and street number together. */
  street: Int32Array;
  phone: Int32Array;
  email: Int32Array;
}
const personalOf = new WeakMap<PreparedData, PersonalValues>();

/** Dense ids of `key(i)` (negative: none), -1 for a key shared by more than COLLECTIVE records. */
function denseIds(d: PreparedData, key: (i: number) => number): Int32Array {
  const ids = new Map<number, number>();
  const dense = new Int32Array(d.size).fill(-1);
  const lines: number[] = [];
  for (let i = 0; i < d.size; i++) {
    const k = key(i);
    if (k < 0) continue;
    let id = ids.get(k);
    if (id === undefined) {
      id = lines.length;
      ids.set(k, id);
      lines.push(0);
    }
    lines[id]++;
    dense[i] = id;
  }
  for (let i = 0; i < d.size; i++) if (dense[i] >= 0 && lines[dense[i]] > COLLECTIVE) dense[i] = -1;
  return dense;
}

const departmentsOf = new WeakMap<PreparedData, Int32Array>();

/**
 * Each record's département (the first two characters of its postcode, as a number), or -1; all -1
 * when one département holds most of the records with a postcode: there the rule keyed on it would
 * only repeat, in the same oversized blocks, the comparisons of the rule without it (a département's
 * own file: 19.8 million pairs instead of 17.8 at 1M, for nothing).
 */
function departmentOf(d: PreparedData): Int32Array {
  let found = departmentsOf.get(d);
  if (!found) {
    found = new Int32Array(d.size).fill(-1);
    const counts = new Map<number, number>();
    let known = 0;
    for (let i = 0; i < d.size; i++) {
      const postcode = d.postcode[i];
      if (postcode < 0) continue;
      const text = d.strings[postcode];
      if (text.length < 2) continue;
      const department = text.charCodeAt(0) * 256 + text.charCodeAt(1);
      found[i] = department;
      counts.set(department, (counts.get(department) ?? 0) + 1);
      known++;
    }
    if (Math.max(0, ...counts.values()) > known / 2) found.fill(-1);
    departmentsOf.set(d, found);
  }
  return found;
}

/** The personal values of each record, computed once per data set. */
function personal(d: PreparedData): PersonalValues {
  let found = personalOf.get(d);
  if (!found) {
    const radix = d.strings.length;
    found = {
      address: denseIds(d, (i) => d.address[i]),
      street: denseIds(d, (i) =>
        d.postcode[i] < 0 || d.streetNumber[i] < 0 ? -1 : d.postcode[i] * radix + d.streetNumber[i],
      ),
      phone: denseIds(d, (i) => d.phone[i]),
      email: denseIds(d, (i) => d.email[i]),
    };
    personalOf.set(d, found);
  }
  return found;
}

/**
 * Each rule is a cheap way of finding one kind of true pair; together they cover the error patterns
 * (a slip in one name, swapped names, missing, placeholder or mistyped dates). A pair is compared once
 * whatever the number of rules that found it.
 */
export const BLOCKING_RULES: BlockingRule[] = [
  {
    name: 'nom phonétique + année de naissance',
    fields: ['lastName', 'birthDate'],
    keys(d, i, emit) {
      const year = d.year[i];
      if (year === 0) return;
      for (const columns of [d.last, d.altLast]) {
        const phonetic = columns.phonetic[i];
        if (phonetic >= 0) emit(phonetic * 4096 + year);
      }
    },
  },
  {
    name: 'prénom phonétique + année de naissance + initiale phonétique du nom',
    fields: ['firstName', 'birthDate', 'sex'],
    keys(d, i, emit) {
      const year = d.year[i];
      const first = d.first.phonetic[i];
      if (year === 0 || first < 0) return;
      for (const columns of [d.last, d.altLast])
        phoneticInitials(d, columns, i, (initial) => emit((first * 4096 + year) * 128 + initial));
    },
  },
  {
    name: 'date de naissance complète + initiale phonétique d’un des noms',
    fields: ['birthDate'],
    keys(d, i, emit) {
      const date = fullDate(d, i);
      if (date < 0) return;
      for (const columns of [d.first, d.last, d.altLast])
        phoneticInitials(d, columns, i, (initial) => emit(date * 128 + initial));
    },
  },
  {
    // A slip in the year (a digit, or an age-based year one off): day and month replace the year.
    name: 'nom phonétique + jour et mois de naissance (années différentes)',
    fields: ['lastName', 'birthDate'],
    keys(d, i, emit) {
      const date = dayOfYear(d, i);
      if (date < 0) return;
      for (const columns of [d.last, d.altLast]) {
        const phonetic = columns.phonetic[i];
        if (phonetic >= 0) emit(phonetic * 512 + date);
      }
    },
    accepts: yearsDiffer,
  },
  {
    name: 'prénom phonétique + jour et mois + initiale phonétique du nom (années différentes)',
    fields: ['firstName', 'birthDate', 'sex'],
    keys(d, i, emit) {
      const date = dayOfYear(d, i);
      const first = d.first.phonetic[i];
      if (date < 0 || first < 0) return;
      for (const columns of [d.last, d.altLast])
        phoneticInitials(d, columns, i, (initial) => emit((first * 512 + date) * 128 + initial));
    },
    accepts: yearsDiffer,
  },
  {
    name: 'un nom phonétique + initiale phonétique de l’autre (dans les deux ordres)',
    fields: ['firstName', 'lastName', 'sex'],
    keys(d, i, emit) {
      const first = d.first.phonetic[i];
      for (const columns of [d.last, d.altLast]) {
        const last = columns.phonetic[i];
        if (last >= 0) phoneticInitials(d, d.first, i, (initial) => emit((last * 128 + initial) * 2));
        if (first >= 0) phoneticInitials(d, columns, i, (initial) => emit((first * 128 + initial) * 2));
      }
    },
    // Two full dates are found by the date rules; this one is for records without a usable date.
    accepts: (d, i, j) => d.precision[i] !== DatePrecision.Full || d.precision[j] !== DatePrecision.Full,
  },
  {
    // The same, within one département: in a national file the block of "Guerfi, M…" holds hundreds
    // of records and its sorted window misses a Guerfi written Gerfi; most people are recorded
    // where they live, and there the block is small enough to be compared in full.
    name: 'un nom phonétique + initiale phonétique de l’autre + département (fiches sans date complète)',
    fields: ['firstName', 'lastName', 'sex', 'location'],
    keys(d, i, emit) {
      const department = departmentOf(d)[i];
      if (department < 0 || d.precision[i] === DatePrecision.Full) return;
      const first = d.first.phonetic[i];
      for (const columns of [d.last, d.altLast]) {
        const last = columns.phonetic[i];
        const key = (name: number, initial: number) => emit((name * 128 + initial) * 65_536 + department);
        if (last >= 0) phoneticInitials(d, d.first, i, (initial) => key(last, initial));
        if (first >= 0) phoneticInitials(d, columns, i, (initial) => key(first, initial));
      }
    },
  },
  {
    // Given and family names swapped, and a day or a month mistyped: the two names in either order.
    name: 'les deux noms phonétiques, dans un ordre ou l’autre + année de naissance',
    fields: ['firstName', 'lastName', 'birthDate', 'sex'],
    keys(d, i, emit) {
      const year = d.year[i];
      const first = d.first.phonetic[i];
      if (year === 0 || first < 0) return;
      for (const columns of [d.last, d.altLast]) {
        const last = columns.phonetic[i];
        if (last >= 0) emit(unorderedPair(first, last) * 4096 + year);
      }
    },
  },
  {
    // A record without a family name: its given name and year meet everyone's.
    name: 'prénom phonétique + année de naissance, pour une fiche sans nom de famille',
    fields: ['firstName', 'birthDate', 'sex'],
    scoredOnly: true,
    keys(d, i, emit) {
      const year = d.year[i];
      const first = d.first.phonetic[i];
      if (year !== 0 && first >= 0 && someRecord(d, withoutFamilyName)) emit(first * 4096 + year);
    },
    accepts: (d, i, j) => withoutFamilyName(d, i) || withoutFamilyName(d, j),
  },
  {
    // A record without any name: its full birth date (the model weighs the rest).
    name: 'date de naissance complète, pour une fiche sans nom',
    fields: ['birthDate'],
    scoredOnly: true,
    keys(d, i, emit) {
      const date = fullDate(d, i);
      if (date >= 0 && someRecord(d, nameless)) emit(date);
    },
    accepts: (d, i, j) => nameless(d, i) || nameless(d, j),
  },
  {
    // A date mistyped beyond a slip, or replaced (an age taken for a year, another person's date):
    // the rest of the identity, the home address included. Not at a collective address.
    name: 'adresse personnelle + un nom phonétique (années différentes)',
    fields: ['location'],
    scoredOnly: true,
    keys(d, i, emit) {
      const address = personal(d).address[i];
      if (address < 0) return;
      for (const columns of [d.first, d.last, d.altLast]) {
        const phonetic = columns.phonetic[i];
        if (phonetic >= 0) emit(address * d.strings.length + phonetic);
      }
    },
    accepts: yearsDiffer,
  },
  {
    // The same home, the address itself mistyped: a changed family name, or a name and the date.
    name: 'code postal + numéro de voie + initiale phonétique d’un des noms',
    fields: ['location', 'streetNumber'],
    scoredOnly: true,
    keys(d, i, emit) {
      const street = personal(d).street[i];
      if (street < 0) return;
      for (const columns of [d.first, d.last, d.altLast])
        phoneticInitials(d, columns, i, (initial) => emit(street * 128 + initial));
    },
  },
  {
    // Both names mistyped, missing or changed: the birth date and the home.
    name: 'date de naissance complète + adresse personnelle, ou code postal et numéro de voie',
    fields: ['birthDate', 'location', 'streetNumber'],
    scoredOnly: true,
    keys(d, i, emit) {
      const date = fullDate(d, i);
      if (date < 0) return;
      const { address, street } = personal(d);
      if (address[i] >= 0) emit((date * d.size + address[i]) * 2);
      if (street[i] >= 0) emit((date * d.size + street[i]) * 2 + 1);
    },
  },
  {
    // Scored only, like the address: members of a family share a phone, and would teach the EM that
    // matches often have another given name.
    name: 'téléphone (non partagé par plus de 20 fiches)',
    fields: ['phone'],
    scoredOnly: true,
    keys(d, i, emit) {
      const phone = personal(d).phone[i];
      if (phone >= 0) emit(phone);
    },
  },
  {
    // Personal, like an identifier: its pairs train the model (on Splink's fake_1000, scored only:
    // F1 0.9697 → 0.9582).
    name: 'courriel (non partagé par plus de 20 fiches)',
    fields: ['email'],
    keys(d, i, emit) {
      const email = personal(d).email[i];
      if (email >= 0) emit(email);
    },
  },
  {
    name: 'identifiant',
    fields: ['identifier'],
    keys(d, i, emit) {
      if (d.identifier[i] >= 0) emit(d.identifier[i]);
    },
  },
];

/** Bits of the rules whose pairs train the model, in a pair's rule mask. */
export const TRAINING_RULES = BLOCKING_RULES.reduce(
  (mask, rule, r) => (rule.scoredOnly ? mask : mask | (1 << r)),
  0,
);
