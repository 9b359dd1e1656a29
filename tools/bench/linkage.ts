// Record-linkage benchmark: accuracy (FEBRL 1 and 2, French synthetic sets) against an exact-match
// baseline, then speed and peak RSS at several sizes, each size in its own process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dedupe, type FieldKind } from '@pacte/linkage';
import {
  generateFrenchDataset,
  geographyFor,
  type Geography,
  type SurnameProfile,
} from '../../libs/linkage/src/testing/french-generator';
import { exactBaseline } from './baseline';
import { ceilingTable } from './linkage-ceiling';
import { incrementalTable } from './linkage-incremental';
import { cliTable, runCli, type CliRun } from './linkage-cli';
import { loadFebrl, type LabelledDataset } from './datasets';
import { pairwiseScores, type PairwiseScores } from './metrics';

interface Row {
  dataset: string;
  records: number;
  comparisons: number;
  ours: PairwiseScores;
  baseline: PairwiseScores;
  seconds: number;
  peakRssMb: number;
}

const root = path.resolve(__dirname, '../..');
const REPORT = path.join(root, 'bench/results/linkage.md');

/** The report's written notes (from its first "## Notes" heading on), kept when the tables are redone. */
function keptNotes(): string {
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const start = previous.search(/^## Notes/m);
  return start < 0 ? '' : '\n' + previous.slice(start);
}
const HELD_OUT_SEED = 90210;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

async function measure(dataset: LabelledDataset): Promise<Row> {
  const started = performance.now();
  const result = await dedupe(dataset.records);
  const seconds = (performance.now() - started) / 1000;
  const predicted = dataset.records.map((r) => result.clusters.get(r.id) as string);
  return {
    dataset: dataset.name,
    records: dataset.records.length,
    comparisons: result.stats.comparisons,
    ours: pairwiseScores(predicted, dataset.truth),
    baseline: pairwiseScores(exactBaseline(dataset.records), dataset.truth),
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/**
 * One run per seed, scores averaged: a small file gives the estimation few pairs and one file alone
 * says little; over many 10k files, the spread between seeds shows.
 */
async function measureMany(size: number, seeds: number[], label: string): Promise<Row & { f1s: number[] }> {
  const rows: Row[] = [];
  for (const seed of seeds) rows.push(await measure(french(size, seed, '')));
  const mean = (value: (row: Row) => number) => rows.reduce((sum, row) => sum + value(row), 0) / rows.length;
  const scores = (pick: (row: Row) => PairwiseScores): PairwiseScores => ({
    ...pick(rows[0]),
    precision: mean((row) => pick(row).precision),
    recall: mean((row) => pick(row).recall),
    f1: mean((row) => pick(row).f1),
  });
  const f1s = rows.map((row) => row.ours.f1);
  return {
    dataset:
      `Français synthétique, ${seeds.length} ${label} (graines ${seeds[0]} à ${seeds.at(-1)}), moyenne ` +
      `(F1 de ${Math.min(...f1s).toFixed(4)} à ${Math.max(...f1s).toFixed(4)})`,
    records: size,
    comparisons: Math.round(mean((row) => row.comparisons)),
    ours: scores((row) => row.ours),
    baseline: scores((row) => row.baseline),
    seconds: mean((row) => row.seconds),
    peakRssMb: Math.max(...rows.map((row) => row.peakRssMb)),
    f1s,
  };
}

const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');

/**
 * Largest French file whose F1 is read against the issue's target. The issue asks F1 ≥ 0.98 on FEBRL
 * 1 and 2 and on "your French set", and, at a million records, time and memory; a million records
 * is a national file of 645,000 persons (twice France's homeless population), whose F1 is measured
 * against the same 0.98 in a table of its own, beside the one-département stress files.
 */
const ACCURACY_TARGET_MAX_RECORDS = 100_000;

const yes = (met: boolean) => (met ? 'oui' : 'non');

/**
 * The issue's targets beside what this run measured: F1 ≥ 0.98 on FEBRL 1 and 2 and on the French
 * set, 1M records in under 60 s with a peak RSS under 4 GB.
 */
function targetsTable(
  febrl: Row[],
  french10k: number[],
  frenchLarge: Row[],
  stress: Row[],
  cli: CliRun,
): string {
  const above = french10k.filter((f1) => f1 >= 0.98).length;
  const mean = french10k.reduce((sum, f1) => sum + f1, 0) / french10k.length;
  const largest = frenchLarge.at(-1);
  const lines = [
    '| Cible | Mesuré | Atteinte |',
    '|---|---|---|',
    ...febrl.map(
      (row) => `| F1 ≥ 0,98 sur ${row.dataset} | ${decimal(row.ours.f1, 4)} | ${yes(row.ours.f1 >= 0.98)} |`,
    ),
    `| F1 ≥ 0,98 sur le jeu français, ${french10k.length} fichiers de 10k | moyenne ${decimal(mean, 4)}, ` +
      `de ${decimal(Math.min(...french10k), 4)} à ${decimal(Math.max(...french10k), 4)} | ` +
      `${mean >= 0.98 ? 'en moyenne' : 'non'} ; ${above} fichiers sur ${french10k.length} |`,
    ...frenchLarge
      .filter((row) => row.records <= ACCURACY_TARGET_MAX_RECORDS)
      .map(
        (row) =>
          `| F1 ≥ 0,98 sur le jeu français, ${row.records} enreg. (fichier national) | ${decimal(row.ours.f1, 4)} | ${yes(row.ours.f1 >= 0.98)} |`,
      ),
  ];
  if (largest) {
    lines.push(
      `| ${largest.records} enreg. en moins de 60 s (\`dedupe\` ; un seul département ; CLI de bout en bout) | ` +
        `${[largest, ...stress, cli].map((run) => `${decimal(run.seconds, 1)} s`).join(' ; ')} | ` +
        `${yes([largest, ...stress, cli].every((run) => run.seconds < 60))}, à ce passage |`,
      `| RSS max < 4 Go (\`dedupe\` ; un seul département ; CLI) | ` +
        `${[largest, ...stress, cli].map((run) => `${Math.round(run.peakRssMb)} Mo`).join(' ; ')} | ` +
        `${yes([largest, ...stress, cli].every((run) => run.peakRssMb < 4096))} |`,
    );
  }
  return lines.join('\n');
}

/** F1 against 0.98 where the issue sets none: the national file beyond 100k, the stress files. */
function beyondTargetsTable(frenchLarge: Row[], stress: Row[]): string {
  const rows = [
    ...frenchLarge
      .filter((row) => row.records > ACCURACY_TARGET_MAX_RECORDS)
      .map((row) => ({ row, label: `jeu français, ${row.records} enreg. (fichier national)` })),
    ...stress.map((row) => ({
      row,
      label: `${row.records} enreg. dans un seul département (contrainte, voir les notes)`,
    })),
  ];
  if (rows.length === 0) return '';
  return [
    '## Au-delà des cibles de l’issue',
    '',
    'L’issue fixe F1 ≥ 0,98 sur FEBRL 1 et 2 et sur le jeu français, et, à un million d’enregistrements, ' +
      `le temps et la mémoire. Le F1 des fichiers nationaux de plus de ${ACCURACY_TARGET_MAX_RECORDS} ` +
      'enregistrements (à un million : 645 000 personnes, deux fois les sans-domicile du pays) et celui des ' +
      'fichiers d’un seul département sont mesurés ici contre le même seuil (voir le plafond des attributs ' +
      'et les notes).',
    '',
    '| Mesure | F1 | ≥ 0,98 |',
    '|---|---|---|',
    ...rows.map(
      ({ row, label }) => `| ${label} | ${decimal(row.ours.f1, 4)} | ${yes(row.ours.f1 >= 0.98)} |`,
    ),
    '',
  ].join('\n');
}

function french(
  size: number,
  seed: number,
  label: string,
  surnames?: SurnameProfile,
  geography?: Geography,
): LabelledDataset {
  const { records, truth } = generateFrenchDataset(size, seed, surnames, geography);
  return { name: `Français synthétique ${label} (graine ${seed})`, records, truth };
}

/** How a row names the geography of a size (see `Geography`): the reader must see which file it is. */
function geographyLabel(size: number, geography: Geography): string {
  if (geography === 'france') return `${size}, fichier national`;
  return geographyFor(size) === 'france' ? `${size}, un seul département (contrainte)` : `${size}`;
}

/** The same records without one kind of field: what the engine does when a file lacks it. */
function without(dataset: LabelledDataset, kind: FieldKind, label: string): LabelledDataset {
  return {
    name: `${dataset.name}, sans ${label}`,
    records: dataset.records.map(({ id, fields: { [kind]: _dropped, ...fields } }) => ({ id, fields })),
    truth: dataset.truth,
  };
}

/** Child mode: one size, fresh process, so that peak RSS belongs to that size alone. */
async function child(size: number, geography: Geography): Promise<void> {
  const row = await measure(french(size, 1000 + size, geographyLabel(size, geography), 'france', geography));
  process.stdout.write(JSON.stringify(row) + '\n');
}

function runChild(size: number, geography = geographyFor(size)): Row {
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      path.join(root, 'tools/register.cjs'),
      __filename,
      '--child',
      String(size),
      '--geography',
      geography,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    },
  );
  if (run.status !== 0)
    throw new Error(`benchmark child for ${size} records failed (${run.status ?? run.signal})`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Row;
}

const percent = (x: number) => (x * 100).toFixed(2);

function table(rows: Row[]): string {
  const lines = [
    '| Jeu de données | Enreg. | Paires comparées | P ours | R ours | F1 ours | P base | R base | F1 base | Temps (s) | Enreg./s | RSS max (Mo) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.dataset} | ${r.records} | ${r.comparisons} | ${percent(r.ours.precision)} | ${percent(r.ours.recall)} | **${r.ours.f1.toFixed(4)}** | ` +
        `${percent(r.baseline.precision)} | ${percent(r.baseline.recall)} | ${r.baseline.f1.toFixed(4)} | ${r.seconds.toFixed(1)} | ` +
        `${Math.round(r.records / r.seconds)} | ${Math.round(r.peakRssMb)} |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--child'))
    return child(Number(option('--child', '0')), option('--geography', 'department') as Geography);
  const sizes = option('--sizes', '10000,100000,1000000').split(',').filter(Boolean).map(Number);
  const seeds = option('--seeds', '1,2').split(',').filter(Boolean).map(Number);
  const accuracy: Row[] = [];
  const febrl = ['dataset1.csv', 'dataset2.csv'].map(loadFebrl);
  const febrlRows: Row[] = [];
  for (const dataset of febrl) febrlRows.push(await measure(dataset));
  accuracy.push(...febrlRows);
  // A generality check: most files, the SIAO's included, have no national identifier.
  for (const dataset of febrl) accuracy.push(await measure(without(dataset, 'identifier', 'identifiant')));
  const frenchSets = [
    ...seeds.map((seed) => french(10_000, seed, '10k')),
    french(10_000, HELD_OUT_SEED, '10k, graine réservée'),
  ];
  const frenchRows: Row[] = [];
  for (const dataset of frenchSets) frenchRows.push(await measure(dataset));
  accuracy.push(...frenchRows);
  for (const dataset of frenchSets)
    accuracy.push(await measure(without(dataset, 'household', 'clé de ménage')));
  // The generator's first surname profile, far more concentrated than France's: namesakes grow with
  // the file. Same seeds as the speed rows.
  for (const size of [10_000, 100_000])
    accuracy.push(
      await measure(french(size, 1000 + size, `${size}, noms concentrés`, 'concentrated', 'department')),
    );
  accuracy.push(
    await measure(french(100_000, 101_000, geographyLabel(100_000, 'department'), 'france', 'department')),
  );
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const tenFiles = await measureMany(10_000, range(3, 12), 'fichiers de 10k');
  accuracy.push(tenFiles);
  for (const size of [30, 300]) accuracy.push(await measureMany(size, range(501, 508), 'petits fichiers'));
  const ceiling = await ceilingTable(10_000, seeds[0] ?? 1, seeds[1] ?? 2);
  const incremental = await incrementalTable(20_000, seeds);
  const speed = sizes.map((size) => runChild(size));
  // The largest size again with every person in one département: more people than it has inhabitants,
  // so namesakes only the date can part. Not a realistic file; shown so that nothing is hidden.
  const largest = Math.max(...sizes);
  const stress = geographyFor(largest) === 'france' ? [runChild(largest, 'department')] : [];
  const cli = runCli(largest);
  const command = `npm run bench:linkage${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`;
  const report = [
    '# Benchmark du moteur de rapprochement (`libs/linkage`)',
    '',
    `Commande : \`${command}\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).availableParallelism()} cœurs.`,
    '',
    'Précision (P), rappel (R) et F1 par paires, contre la vérité ; « base » = correspondance exacte sur prénom, nom et date de naissance normalisés.',
    '',
    '## Cibles de l’issue',
    '',
    targetsTable(
      febrlRows,
      [...frenchRows.map((row) => row.ours.f1), ...tenFiles.f1s],
      speed.filter((row) => row.records > 10_000),
      stress,
      cli,
    ),
    '',
    beyondTargetsTable(
      speed.filter((row) => row.records > 10_000),
      stress,
    ),
    '## Exactitude',
    '',
    table(accuracy),
    '',
    '## Plafond des attributs de comparaison (jeu français, 10k)',
    '',
    'Décision _supervisée_ : taux réel de correspondances de chaque cellule (niveaux de tous les champs × poids arrondi au bit) appris avec la vérité sur l’autre graine. Quand elle ne fait pas mieux que le moteur, les erreurs restantes sont des paires que les enregistrements ne permettent pas de trancher. `node tools/run-ts.mjs tools/bench/linkage-ceiling.ts --size 10000 --seeds 1,2`.',
    '',
    ceiling,
    '',
    '## Mode incrémental (`link`, 20 000 enregistrements répartis au hasard sur deux mois)',
    '',
    'Le mois 1 est dédoublonné, le mois 2 relié à ses clusters ; F1 sur les deux mois, à côté d’un `dedupe` des deux mois ensemble. `node tools/run-ts.mjs tools/bench/linkage-incremental.ts --size 20000 --seeds 1,2`.',
    '',
    incremental,
    '',
    '## Vitesse et mémoire (jeu français synthétique, un processus par taille)',
    '',
    table([...speed, ...stress]),
    '',
    '## La CLI de bout en bout (jeu français synthétique, même graine que la plus grande taille)',
    '',
    'Lecture du CSV, rapprochement, écriture de `id,cluster`, dans son propre processus, comme un opérateur la lance. `node tools/run-ts.mjs tools/bench/linkage-cli.ts --size 1000000`.',
    '',
    cliTable([cli]),
    '',
  ].join('\n');
  process.stdout.write(report);
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(REPORT, report + keptNotes());
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
