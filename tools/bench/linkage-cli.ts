// The CLI end to end at one size, as an operator runs it: the French synthetic set written to a CSV
// file, then `npm run -s linkage -- dedupe …` in its own process (reading, linking, writing):
//   node tools/run-ts.mjs tools/bench/linkage-cli.ts --size 1000000
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateFrenchDataset } from '../../libs/linkage/src/testing/french-generator';
import { toCsvLine } from '../../libs/linkage/src/csv/write-csv';
import { readCsvFile } from '../../libs/linkage/src/csv/read-csv';
import { pairwiseScores } from './metrics';

const root = path.resolve(__dirname, '../..');

export interface CliRun {
  records: number;
  seconds: number;
  peakRssMb: number;
  f1: number;
  /** The CLI's own report (stderr), last line. */
  summary: string;
}

/** Writes the set, runs the CLI on it, reads its output back (the temporary directory is removed). */
export function runCli(size: number, seed = 1000 + size): CliRun {
  const { records, truth } = generateFrenchDataset(size, seed);
  const kinds = [
    ...new Set(records.flatMap((r) => Object.keys(r.fields))),
  ] as (keyof (typeof records)[0]['fields'])[];
  const directory = mkdtempSync(path.join(tmpdir(), 'linkage-cli-'));
  try {
    const input = path.join(directory, 'records.csv');
    const output = path.join(directory, 'clusters.csv');
    const lines = [toCsvLine(['rec_id', ...kinds])];
    for (const record of records)
      lines.push(toCsvLine([record.id, ...kinds.map((k) => record.fields[k] ?? '')]));
    writeFileSync(input, lines.join(''));
    const started = performance.now();
    const maps = kinds.flatMap((kind) => ['--map', `${kind}:${kind}`]);
    // The command of the issue, as an operator types it (npm and the Node options of its script).
    const run = spawnSync(
      'npm',
      [
        'run',
        '-s',
        'linkage',
        '--',
        'dedupe',
        '--input',
        input,
        '--id',
        'rec_id',
        ...maps,
        '--output',
        output,
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`linkage CLI failed (${run.status ?? run.signal}): ${run.stderr}`);
    const summary = run.stderr.trim().split('\n').at(-1) ?? '';
    const rss = /mémoire max (\d+) Mo/.exec(summary);
    // Read back with the engine's own CSV reader (quotes included), as any consumer would.
    const clusters = readCsvFile(output);
    const cluster = new Map(clusters.rows.map(([id, value]) => [id, value]));
    const predicted = records.map((r) => cluster.get(r.id) as string);
    return {
      records: size,
      seconds,
      peakRssMb: rss ? Number(rss[1]) : NaN,
      f1: pairwiseScores(predicted, truth).f1,
      summary,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function cliTable(runs: CliRun[]): string {
  return [
    '| Enreg. | Temps total (s) | Enreg./s | RSS max (Mo) | F1 |',
    '|---:|---:|---:|---:|---:|',
    ...runs.map(
      (r) =>
        `| ${r.records} | ${r.seconds.toFixed(1)} | ${Math.round(r.records / r.seconds)} | ${r.peakRssMb} | ${r.f1.toFixed(4)} |`,
    ),
  ].join('\n');
}

if (require.main === module) {
  const index = process.argv.indexOf('--size');
  const run = runCli(Number(index >= 0 ? process.argv[index + 1] : '100000'));
  process.stdout.write(`${cliTable([run])}\n\n${run.summary}\n`);
}
