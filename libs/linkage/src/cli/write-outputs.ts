import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { toCsvLine } from '../csv/write-csv';
import { explainPair } from '../explain/explain-pair';
import type { LinkageResult } from '../types';

/** Writes next to the target then renames, so that a failed run never leaves a partial file. */
export function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function clustersCsv(result: LinkageResult): string {
  let text = toCsvLine(['id', 'cluster']);
  for (const [id, cluster] of result.clusters) text += toCsvLine([id, cluster]);
  return text;
}

export function explanationsCsv(result: LinkageResult): string {
  let text = toCsvLine(['id_a', 'id_b', 'score', 'seuil', 'decision', 'explication']);
  for (const pair of result.pairs) {
    const explanation = explainPair(result, pair.a, pair.b);
    text += toCsvLine([
      pair.a,
      pair.b,
      pair.weight.toFixed(2),
      explanation.threshold.toFixed(2),
      explanation.linked ? 'même personne' : 'distinctes',
      explanation.text,
    ]);
  }
  return text;
}
