import { existsSync, statSync } from 'node:fs';
import { CsvError } from '../csv/parse-csv';
import { readCsvFile } from '../csv/read-csv';
import type { ClusteredRecord } from '../engine/incremental';
import { firstDuplicate } from '../engine/first-duplicate';
import type { LinkageRecord, PairConstraint } from '../types';
import type { CliArguments } from './args';
import { UsageError } from './usage-error';

function readTable(file: string) {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`fichier illisible : ${file}`);
  let table;
  try {
    table = readCsvFile(file);
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`CSV mal formé : ${file}, ${error.message}`);
    throw new UsageError(
      `fichier illisible : ${file} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (table.header.length === 0 || table.rows.length === 0) throw new UsageError(`fichier vide : ${file}`);
  return table;
}

function columnIndex(header: string[], column: string, file: string): number {
  const index = header.indexOf(column);
  if (index < 0) throw new UsageError(`colonne « ${column} » absente de ${file}`);
  if (header.lastIndexOf(column) !== index)
    throw new UsageError(`colonne « ${column} » en double dans l’en-tête de ${file}`);
  return index;
}

/** Reads a CSV into records, several columns mapped to one kind being joined with a space. */
export function loadRecords(file: string, args: CliArguments, withCluster = false): ClusteredRecord[] {
  const table = readTable(file);
  const idIndex = columnIndex(table.header, args.idColumn, file);
  const clusterIndex = withCluster ? columnIndex(table.header, args.clusterColumn, file) : -1;
  const mapped = args.mappings.map((m) => ({
    kind: m.kind,
    index: columnIndex(table.header, m.column, file),
  }));
  const ids = table.rows.map((row, r) => {
    const id = row[idIndex] ?? '';
    if (id === '') throw new UsageError(`identifiant vide ligne ${table.lines[r]} de ${file}`);
    return id;
  });
  const duplicate = firstDuplicate(ids);
  if (duplicate !== undefined) throw new UsageError(`identifiant en double « ${duplicate} » dans ${file}`);
  return table.rows.map((row, r) => {
    const id = ids[r];
    const fields: LinkageRecord['fields'] = {};
    for (const { kind, index } of mapped) {
      const value = row[index] ?? '';
      if (value !== '') fields[kind] = fields[kind] ? `${fields[kind]} ${value}` : value;
    }
    const cluster = clusterIndex >= 0 ? (row[clusterIndex] ?? '') : '';
    if (withCluster && cluster === '')
      throw new UsageError(`cluster vide ligne ${table.lines[r]} de ${file}`);
    return { id, fields, cluster };
  });
}

/** Review decisions: a CSV with columns id_a, id_b, decision (must-link | cannot-link). */
export function loadConstraints(file: string): PairConstraint[] {
  const table = readTable(file);
  const [a, b, kind] = ['id_a', 'id_b', 'decision'].map((c) => columnIndex(table.header, c, file));
  return table.rows.map((row, r) => {
    if (row[kind] !== 'must-link' && row[kind] !== 'cannot-link')
      throw new UsageError(`décision inconnue « ${row[kind]} » ligne ${table.lines[r]} de ${file}`);
    return { a: row[a], b: row[b], kind: row[kind] };
  });
}
