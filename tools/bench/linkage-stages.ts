// Per-stage timings of one `dedupe` run on the French synthetic set (same seed as the speed table),
// with a fingerprint of the result so that speed work can be checked to change nothing:
//   node tools/run-ts.mjs tools/bench/linkage-stages.ts --size 1000000 [--seed N] [--geography department|france]
import { createHash } from 'node:crypto';
import { dedupe } from '@pacte/linkage';
import {
  generateFrenchDataset,
  geographyFor,
  type Geography,
} from '../../libs/linkage/src/testing/french-generator';
import { pairwiseScores } from './metrics';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

async function main(): Promise<void> {
  const size = Number(option('--size', '100000'));
  const seed = Number(option('--seed', String(1000 + size)));
  let clock = performance.now();
  const geography = option('--geography', geographyFor(size)) as Geography;
  const { records, truth } = generateFrenchDataset(size, seed, 'france', geography);
  const generated = performance.now() - clock;
  clock = performance.now();
  const result = await dedupe(records);
  const total = performance.now() - clock;
  const stages = result.stats.timingsMs;
  const inStages = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
  const predicted = records.map((r) => result.clusters.get(r.id) as string);
  const scores = pairwiseScores(predicted, truth);
  const clusters = createHash('sha1').update(predicted.join('\n')).digest('hex');
  const pairs = createHash('sha1');
  for (const p of result.pairs) pairs.update(`${p.a},${p.b},${p.weight}\n`);
  const report = {
    size,
    seed,
    geography,
    generatedMs: Math.round(generated),
    dedupeMs: Math.round(total),
    stagesMs: stages,
    outsideStagesMs: Math.round(total - inStages),
    comparisons: result.stats.comparisons,
    acceptedPairs: result.stats.acceptedPairs,
    threshold: result.stats.threshold,
    precision: scores.precision,
    recall: scores.recall,
    f1: scores.f1,
    clustersSha1: clusters,
    pairsSha1: pairs.digest('hex'),
    keptPairs: result.pairs.length,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
