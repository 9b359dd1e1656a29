import path from 'node:path';
import { readCsvFile, type FieldKind, type LinkageRecord } from '@pacte/linkage';

export interface LabelledDataset {
  name: string;
  records: LinkageRecord[];
  /** Entity of each record, same order. */
  truth: string[];
}

export const FEBRL_DIR = path.resolve(__dirname, '../../../shared/benchmarks/febrl');

export const FEBRL_MAPPING: Record<string, FieldKind> = {
  given_name: 'firstName',
  surname: 'lastName',
  date_of_birth: 'birthDate',
  postcode: 'postcode',
  suburb: 'city',
  address_1: 'address',
  street_number: 'streetNumber',
  soc_sec_id: 'identifier',
};

/** FEBRL: `rec-N-org` and `rec-N-dup-k` describe entity N. */
export function loadFebrl(file: string): LabelledDataset {
  const table = readCsvFile(path.join(FEBRL_DIR, file));
  const idColumn = table.header.indexOf('rec_id');
  const columns = Object.entries(FEBRL_MAPPING).map(
    ([name, kind]) => [table.header.indexOf(name), kind] as const,
  );
  const records = table.rows.map((row) => {
    const fields: LinkageRecord['fields'] = {};
    for (const [column, kind] of columns) if (row[column]) fields[kind] = row[column];
    return { id: row[idColumn], fields };
  });
  const truth = records.map((r) => /^rec-(\d+)-/.exec(r.id)?.[1] ?? r.id);
  return { name: `FEBRL ${file.replace(/\D/g, '')}`, records, truth };
}
