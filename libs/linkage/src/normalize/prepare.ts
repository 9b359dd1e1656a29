import { FIELD_KINDS, type FieldKind, type LinkageRecord } from '../types';
import { parseBirthDate, type BirthDate } from './dates';
import { normalizeAddress, normalizeCity, normalizeCode, normalizePostcode, parseSex } from './fields';
import { parseBirthName, parseFirstName, parseSurname, type NameForm } from './names';
import { StringTable } from './string-table';
import { foldText } from './text';

/** One name slot stored as interned string ids (-1 when absent). */
export interface NameColumns {
  compact: Int32Array;
  core: Int32Array;
  canonical: Int32Array;
  phonetic: Int32Array;
}

/**
 * Normalised records in columns: every text is an id into `strings`, so that the data is compact,
 * can be copied cheaply to worker threads, and equality is an integer comparison.
 */
export interface PreparedData {
  size: number;
  kinds: FieldKind[];
  strings: string[];
  first: NameColumns;
  last: NameColumns;
  /** Birth name (or usage name when the main column holds the birth name). */
  altLast: NameColumns;
  year: Int16Array;
  month: Uint8Array;
  day: Uint8Array;
  precision: Uint8Array;
  sex: Uint8Array;
  postcode: Int32Array;
  city: Int32Array;
  address: Int32Array;
  streetNumber: Int32Array;
  identifier: Int32Array;
  text: Int32Array;
}

function nameColumns(size: number): NameColumns {
  return {
    compact: new Int32Array(size),
    core: new Int32Array(size),
    canonical: new Int32Array(size),
    phonetic: new Int32Array(size),
  };
}

const ABSENT_NAME = Int32Array.of(-1, -1, -1, -1);

/**
 * Interns the four forms of a name once per distinct form (parsed forms are memoised, so the same
 * object comes back for the same raw value); the ids, and the order they are given in, are unchanged.
 */
function nameInterner(table: StringTable): (form: NameForm | null) => Int32Array {
  const ids = new Map<NameForm, Int32Array>();
  return (form) => {
    if (!form) return ABSENT_NAME;
    let value = ids.get(form);
    if (value === undefined) {
      value = Int32Array.of(
        table.intern(form.compact),
        table.intern(form.core),
        table.intern(form.canonical),
        table.intern(form.phonetic),
      );
      ids.set(form, value);
    }
    return value;
  };
}

function storeName(columns: NameColumns, index: number, ids: Int32Array): void {
  columns.compact[index] = ids[0];
  columns.core[index] = ids[1];
  columns.canonical[index] = ids[2];
  columns.phonetic[index] = ids[3];
}

function memoize<T>(parse: (raw: string | undefined) => T): (raw: string | undefined) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    if (raw === undefined) return parse(raw);
    let value = cache.get(raw);
    if (value === undefined) {
      value = parse(raw);
      cache.set(raw, value);
    }
    return value;
  };
}

export function presentKinds(records: readonly LinkageRecord[]): FieldKind[] {
  const kinds = new Set<FieldKind>();
  for (const record of records) {
    const fields = record.fields as Record<string, string | undefined>;
    // Same order as Object.entries, without building an array per record nor trimming known kinds.
    for (const kind in fields) {
      if (kinds.has(kind as FieldKind)) continue;
      const value = fields[kind];
      if (value !== undefined && value.trim() !== '') kinds.add(kind as FieldKind);
    }
    // Every kind already seen: the rest cannot change the set (nor its order).
    if (kinds.size === FIELD_KINDS.length) break;
  }
  return [...kinds];
}

export function prepareRecords(
  records: readonly LinkageRecord[],
  kinds: FieldKind[] = presentKinds(records),
): PreparedData {
  const size = records.length;
  const table = new StringTable();
  const data: PreparedData = {
    size,
    kinds,
    strings: table.values,
    first: nameColumns(size),
    last: nameColumns(size),
    altLast: nameColumns(size),
    year: new Int16Array(size),
    month: new Uint8Array(size),
    day: new Uint8Array(size),
    precision: new Uint8Array(size),
    sex: new Uint8Array(size),
    postcode: new Int32Array(size),
    city: new Int32Array(size),
    address: new Int32Array(size),
    streetNumber: new Int32Array(size),
    identifier: new Int32Array(size),
    text: new Int32Array(size),
  };
  const firstName = memoize(parseFirstName);
  const surname = memoize(parseSurname);
  const birthName = memoize(parseBirthName);
  const birthDate = memoize<BirthDate>(parseBirthDate);
  const city = memoize(normalizeCity);
  const address = memoize(normalizeAddress);
  const nameIds = nameInterner(table);
  for (let i = 0; i < size; i++) {
    const f = records[i].fields;
    storeName(data.first, i, nameIds(firstName(f.firstName)));
    const parsed = surname(f.lastName);
    const declaredBirthName = birthName(f.birthName);
    const usage = parsed.usage ?? declaredBirthName ?? parsed.birth;
    let alternative = declaredBirthName ?? parsed.birth;
    if (alternative && usage && alternative.compact === usage.compact)
      alternative = parsed.birth !== usage ? parsed.birth : null;
    storeName(data.last, i, nameIds(usage));
    storeName(
      data.altLast,
      i,
      nameIds(alternative && alternative.compact !== usage?.compact ? alternative : null),
    );
    const date = birthDate(f.birthDate);
    data.year[i] = date.year;
    data.month[i] = date.month;
    data.day[i] = date.day;
    data.precision[i] = date.precision;
    data.sex[i] = parseSex(f.sex);
    data.postcode[i] = table.intern(normalizePostcode(f.postcode));
    data.city[i] = table.intern(city(f.city));
    data.address[i] = table.intern(address(f.address));
    data.streetNumber[i] = table.intern(normalizeCode(f.streetNumber));
    data.identifier[i] = table.intern(normalizeCode(f.identifier));
    data.text[i] = table.intern(foldText(f.text ?? ''));
  }
  return data;
}
