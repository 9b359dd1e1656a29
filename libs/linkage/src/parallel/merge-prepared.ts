import { preparedTables, type NameColumns, type PreparedData } from '../normalize/prepare';
import { StringTable } from '../normalize/string-table';
import { FIELD_KINDS, VALUE_KINDS } from '../types';

const NAME_SLOTS = ['first', 'last', 'altLast'] as const;
const NAME_PARTS = ['compact', 'core', 'canonical', 'phonetic'] as const;
const NUMBER_COLUMNS = ['year', 'month', 'day', 'precision', 'sex'] as const;

function emptyNames(size: number): NameColumns {
  return {
    compact: new Int32Array(size),
    core: new Int32Array(size),
    canonical: new Int32Array(size),
    phonetic: new Int32Array(size),
  };
}

/**
 * Concatenates chunks prepared by different workers, re-interning their strings into one table in
 * chunk order: the ids, and their order, are those of a single pass. When the first chunk was
 * prepared in this thread its tables are continued, so that its own strings are not interned again
 * and its columns are copied as they are (at a million records, a second of the merge).
 */
export function mergePrepared(chunks: PreparedData[]): PreparedData {
  const size = chunks.reduce((sum, c) => sum + c.size, 0);
  const continued = preparedTables(chunks[0]);
  const table = continued?.strings ?? new StringTable();
  const householdTable = continued?.householdKeys ?? new StringTable();
  const merged: PreparedData = {
    size,
    kinds: FIELD_KINDS.filter((kind) => chunks.some((chunk) => chunk.kinds.includes(kind))),
    strings: table.values,
    first: emptyNames(size),
    last: emptyNames(size),
    altLast: emptyNames(size),
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
  let offset = 0;
  for (const [c, chunk] of chunks.entries()) {
    const kept = c === 0 && continued !== undefined;
    // The first chunk's ids are already the merged ones: its columns are copied as they are.
    const remapOf = (strings: string[], into: StringTable) => {
      if (kept) return undefined;
      const remap = new Int32Array(strings.length);
      for (let s = 0; s < strings.length; s++) remap[s] = into.intern(strings[s]);
      return remap;
    };
    const copy = (from: Int32Array, to: Int32Array, remap: Int32Array | undefined) => {
      if (!remap) to.set(from, offset);
      else for (let i = 0; i < chunk.size; i++) to[offset + i] = from[i] < 0 ? -1 : remap[from[i]];
    };
    const remap = remapOf(chunk.strings, table);
    for (const slot of NAME_SLOTS)
      for (const part of NAME_PARTS) copy(chunk[slot][part], merged[slot][part], remap);
    for (const column of VALUE_KINDS) copy(chunk[column], merged[column], remap);
    copy(chunk.household, merged.household, remapOf(chunk.householdKeys, householdTable));
    for (const column of NUMBER_COLUMNS) merged[column].set(chunk[column], offset);
    offset += chunk.size;
  }
  return merged;
}
