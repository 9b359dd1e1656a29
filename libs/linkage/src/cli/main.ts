import { dedupe } from '../engine/dedupe';
import { linkIncremental } from '../engine/incremental';
import { LinkageConstraintError } from '../cluster/constraint-error';
import type { LinkageOptions, LinkageResult } from '../types';
import { parseArguments, type CliArguments } from './args';
import { loadConstraints, loadRecords } from './load-records';
import { UsageError } from './usage-error';
import { clustersCsv, explanationsCsv, writeAtomically } from './write-outputs';

function report(result: LinkageResult, seconds: number): void {
  const { stats } = result;
  const lines = [
    `linkage: ${stats.records} enregistrements, ${stats.comparisons} comparaisons (blocs plafonnés à ${stats.maxBlockSize}, fenêtre ${stats.windowSize})`,
    ...stats.blockingRules.map(
      (r) =>
        `linkage:   règle « ${r.name} » : ${r.blocks} blocs, plus grand ${r.largestBlock}, ${r.cappedBlocks} plafonnés, ${r.pairs} paires proposées`,
    ),
    `linkage: seuil ${stats.threshold.toFixed(2)} bits, ${stats.acceptedPairs} paires acceptées, ${stats.refusedMerges} fusions refusées (chaînage ou contraintes)`,
    `linkage: ${stats.clusters} clusters, ${seconds.toFixed(1)} s (${Object.entries(stats.timingsMs)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}), mémoire max ${Math.round(process.resourceUsage().maxRSS / 1024)} Mo`,
  ];
  process.stderr.write(lines.join('\n') + '\n');
}

async function run(args: CliArguments): Promise<void> {
  const started = performance.now();
  const options: LinkageOptions = {
    threshold: args.threshold,
    workers: args.workers,
    constraints: args.constraints ? loadConstraints(args.constraints) : [],
  };
  const records = loadRecords(args.input, args);
  const result =
    args.command === 'dedupe'
      ? await dedupe(records, options)
      : await linkIncremental(loadRecords(args.existing as string, args, true), records, options);
  const explanations = args.explain ? explanationsCsv(result) : undefined;
  writeAtomically(args.output, clustersCsv(result));
  if (args.explain && explanations !== undefined) writeAtomically(args.explain, explanations);
  report(result, (performance.now() - started) / 1000);
}

async function main(): Promise<number> {
  try {
    await run(parseArguments(process.argv.slice(2)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof LinkageConstraintError) {
      process.stderr.write(`linkage: erreur : ${error.message}\n`);
      return 2;
    }
    process.stderr.write(
      `linkage: erreur : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
