import { DatePrecision } from '../normalize/dates';
import type { ModelFieldName } from '../compare/comparator';
import type { NameColumns, PreparedData } from '../normalize/prepare';

/** Emits 0, 1 or 2 numeric keys for a record; records sharing a key are compared. */
export interface BlockingRule {
  name: string;
  /** Fields the key is made of (or that follow from it, like sex from a first name): their m cannot be learnt from the pairs this rule produces. */
  fields: ModelFieldName[];
  keys(data: PreparedData, i: number, emit: (key: number) => void): void;
}

const SHIFT = 2 ** 26;

function fullDate(d: PreparedData, i: number): number {
  return d.precision[i] === DatePrecision.Full ? d.year[i] * 10_000 + d.month[i] * 100 + d.day[i] : -1;
}

function initialOf(d: PreparedData, columns: NameColumns, i: number): number {
  const core = columns.core[i];
  return core < 0 ? -1 : d.strings[core].charCodeAt(0);
}

function bothPresent(a: number, b: number): boolean {
  return a >= 0 && b >= 0;
}

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
    name: 'date de naissance + initiale du nom',
    fields: ['birthDate', 'lastName'],
    keys(d, i, emit) {
      const date = fullDate(d, i);
      for (const columns of [d.last, d.altLast]) {
        const initial = initialOf(d, columns, i);
        if (bothPresent(date, initial)) emit(date * 256 + initial);
      }
    },
  },
  {
    name: 'date de naissance + initiale du prénom',
    fields: ['birthDate', 'firstName', 'sex'],
    keys(d, i, emit) {
      const date = fullDate(d, i);
      const initial = initialOf(d, d.first, i);
      if (bothPresent(date, initial)) emit(date * 256 + initial);
    },
  },
  {
    name: 'prénom et nom phonétiques (dans les deux ordres)',
    fields: ['firstName', 'lastName', 'sex'],
    keys(d, i, emit) {
      const first = d.first.phonetic[i];
      for (const columns of [d.last, d.altLast]) {
        const last = columns.phonetic[i];
        if (bothPresent(first, last)) emit(Math.min(first, last) * SHIFT + Math.max(first, last));
      }
    },
  },
  {
    name: 'identifiant',
    fields: ['identifier'],
    keys(d, i, emit) {
      if (d.identifier[i] >= 0) emit(d.identifier[i]);
    },
  },
  {
    name: 'prénom phonétique + année de naissance',
    fields: ['firstName', 'birthDate', 'sex'],
    keys(d, i, emit) {
      const year = d.year[i];
      if (year !== 0 && d.first.phonetic[i] >= 0) emit(d.first.phonetic[i] * 4096 + year);
    },
  },
];
