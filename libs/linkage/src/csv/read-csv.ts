import { readFileSync } from 'node:fs';
import { decodeText } from './decode';
import { parseCsv, type CsvTable } from './parse-csv';

export type { CsvTable };

export function readCsvFile(file: string): CsvTable {
  return parseCsv(decodeText(readFileSync(file)));
}
