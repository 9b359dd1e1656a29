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
    name: 'identifiant',
    fields: ['identifier'],
    keys(d, i, emit) {
      if (d.identifier[i] >= 0) emit(d.identifier[i]);
    },
  },
];
