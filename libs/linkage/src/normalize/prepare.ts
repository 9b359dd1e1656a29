import { FIELD_KINDS, type FieldKind, type LinkageRecord } from '../types';
import { parseBirthDate, type BirthDate } from './dates';
import {
  normalizeAddress,
  normalizeCity,
  normalizeCode,
  normalizeEmail,
  normalizePhone,
  normalizePostcode,
  parseSex,
} from './fields';
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
  phone: Int32Array;
  email: Int32Array;
  text: Int32Array;
  /**
   * Household key of each record, as an id into `householdKeys` (-1: none). The keys have their own
   * table: nearly one per household, they would double `strings` and every memo sized by it.
   */
  household: Int32Array;
  householdKeys: string[];
}

function nameColumns(size: number): NameColumns {
  return {
    compact: new Int32Array(size),
    core: new Int32Array(size),
    canonical: new Int32Array(size),
    phonetic: new Int32Array(size),
  };
}

/**
 * Interns the four forms of a name once per distinct form (parsed forms are memoised, so the same
 * object comes back for the same raw value); the ids, and the order they are given in, are unchanged.
 * The four ids of a form live in one shared pool and a form is known by its offset there (0: absent):
 * one small typed array per form cost an off-heap allocation each, and much garbage collection.
 */
class NameInterner {
  private readonly offsets = new Map<NameForm, number>();
  pool = new Int32Array(1 << 16).fill(-1);
  private used = 4;

  constructor(private readonly table: StringTable) {}

  offsetOf(form: NameForm | null): number {
    if (!form) return 0;
    let offset = this.offsets.get(form);
    if (offset === undefined) {
      if (this.used + 4 > this.pool.length) {
        const grown = new Int32Array(this.pool.length * 2);
        grown.set(this.pool);
        this.pool = grown;
      }
      offset = this.used;
      this.pool[offset] = this.table.intern(form.compact);
      this.pool[offset + 1] = this.table.intern(form.core);
      this.pool[offset + 2] = this.table.intern(form.canonical);
      this.pool[offset + 3] = this.table.intern(form.phonetic);
      this.used += 4;
      this.offsets.set(form, offset);
    }
    return offset;
  }

  store(columns: NameColumns, index: number, offset: number): void {
    const { pool } = this;
    columns.compact[index] = pool[offset];
    columns.core[index] = pool[offset + 1];
    columns.canonical[index] = pool[offset + 2];
    columns.phonetic[index] = pool[offset + 3];
  }
}

function memoize<T>(parse: (raw: string | undefined) => T): (raw: string | undefined) => T {
  const cache = new Map<string, T>();
  // An unmapped column is undefined in every record: parsed once.
  let absent: { value: T } | undefined;
  return (raw) => {
    if (raw === undefined) return (absent ??= { value: parse(raw) }).value;
    let value = cache.get(raw);
    if (value === undefined) {
      value = parse(raw);
      cache.set(raw, value);
    }
    return value;
  };
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** The kinds of `absent` that `fields` leaves blank (the same array when it fills none of them). */
function stillAbsent(absent: readonly FieldKind[], fields: LinkageRecord['fields']): readonly FieldKind[] {
  for (const kind of absent) if (!isBlank(fields[kind])) return absent.filter((k) => isBlank(fields[k]));
  return absent;
}

/** The string tables behind data prepared in this thread (a copy from a worker has none). */
const tablesOfData = new WeakMap<PreparedData, { strings: StringTable; householdKeys: StringTable }>();

/**
 * The tables that interned `data`'s strings and household keys, to intern more values after them
 * (ids unchanged); undefined for data that crossed from another thread.
 */
export function preparedTables(
  data: PreparedData,
): { strings: StringTable; householdKeys: StringTable } | undefined {
  return tablesOfData.get(data);
}

/**
 * Normalises records into columns. `kinds` are the kinds with a non-blank value in at least one
 * record (in `FIELD_KINDS` order), found in the same pass: reading a million records' fields once
 * more cost half a second of cache misses.
 */
export function prepareRecords(records: readonly LinkageRecord[]): PreparedData {
  const size = records.length;
  const table = new StringTable();
  const householdTable = new StringTable();
  const data: PreparedData = {
    size,
    kinds: [],
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
    phone: new Int32Array(size),
    email: new Int32Array(size),
    text: new Int32Array(size),
    household: new Int32Array(size),
    householdKeys: householdTable.values,
  };
  // Every column is memoised per distinct raw value, straight to its interned ids: a raw value seen
  // before interns nothing new, so the ids (and the order they are given in) are unchanged.
  const names = new NameInterner(table);
  const firstNameIds = memoize((raw) => names.offsetOf(parseFirstName(raw)));
  const surname = memoize(parseSurname);
  const birthName = memoize(parseBirthName);
  const birthDate = memoize<BirthDate>(parseBirthDate);
  const sexCode = memoize(parseSex);
  const internOf = (normalize: (raw: string | undefined) => string | null | undefined) =>
    memoize((raw) => table.intern(normalize(raw)));
  const postcodeId = internOf(normalizePostcode);
  const cityId = internOf(normalizeCity);
  const addressId = internOf(normalizeAddress);
  const streetNumberId = internOf(normalizeCode);
  const identifierId = internOf(normalizeCode);
  const phoneId = internOf(normalizePhone);
  const emailId = internOf(normalizeEmail);
  const textId = internOf((raw) => foldText(raw ?? ''));
  // Nearly one key per household: memoising them would only fill a second map.
  const householdId = (raw: string | undefined) => householdTable.intern(raw?.trim());
  const surnameIds = (lastName: string | undefined, declaredBirthName: NameForm | null): number[] => {
    const parsed = surname(lastName);
    const usage = parsed.usage ?? declaredBirthName ?? parsed.birth;
    let alternative = declaredBirthName ?? parsed.birth;
    if (alternative && usage && alternative.compact === usage.compact)
      alternative = parsed.birth !== usage ? parsed.birth : null;
    const usageIds = names.offsetOf(usage);
    return [
      usageIds,
      names.offsetOf(alternative && alternative.compact !== usage?.compact ? alternative : null),
    ];
  };
  // Without a birth-name column the two surname slots depend on the last name alone.
  const surnameOnlyIds = memoize((lastName) => surnameIds(lastName, null));
  let absent: readonly FieldKind[] = FIELD_KINDS;
  for (let i = 0; i < size; i++) {
    const f = records[i].fields;
    if (absent.length > 0) absent = stillAbsent(absent, f);
    names.store(data.first, i, firstNameIds(f.firstName));
    const [usageIds, alternativeIds] =
      f.birthName === undefined ? surnameOnlyIds(f.lastName) : surnameIds(f.lastName, birthName(f.birthName));
    names.store(data.last, i, usageIds);
    names.store(data.altLast, i, alternativeIds);
    const date = birthDate(f.birthDate);
    data.year[i] = date.year;
    data.month[i] = date.month;
    data.day[i] = date.day;
    data.precision[i] = date.precision;
    data.sex[i] = sexCode(f.sex);
    data.postcode[i] = postcodeId(f.postcode);
    data.city[i] = cityId(f.city);
    data.address[i] = addressId(f.address);
    data.streetNumber[i] = streetNumberId(f.streetNumber);
    data.identifier[i] = identifierId(f.identifier);
    data.phone[i] = phoneId(f.phone);
    data.email[i] = emailId(f.email);
    data.text[i] = textId(f.text);
    data.household[i] = householdId(f.household);
  }
  data.kinds = FIELD_KINDS.filter((kind) => !absent.includes(kind));
  tablesOfData.set(data, { strings: table, householdKeys: householdTable });
  return data;
}
