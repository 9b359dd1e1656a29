// Error analysis of the linkage engine on the French synthetic generator: pairwise P/R/F1 per seed,
// false negatives split into never compared (blocking), scored below the threshold and lost in
// clustering, false positives into accepted pairs and chained merges, with the comparison pattern of
// each class and a few examples.
//   node tools/run-ts.mjs tools/bench/linkage-errors.ts --size 10000 --seeds 1,2 [--examples 10] [--splits]
//     [--geography department|france] [--without household,address]
// (--splits: examples of clustering splits only, with the records of both clusters).
import { dedupe, type LinkageRecord } from '@pacte/linkage';
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

type Counter = Map<string, number>;
let onlySplits = false;

function bump(counter: Counter, key: string): void {
  counter.set(key, (counter.get(key) ?? 0) + 1);
}

function top(counter: Counter, limit: number): string {
  return [...counter]
    .sort((p, q) => q[1] - p[1])
    .slice(0, limit)
    .map(([key, count]) => `    ${String(count).padStart(6)}  ${key}`)
    .join('\n');
}

function show(record: LinkageRecord): string {
  const f = record.fields;
  return `${f.firstName ?? ''} | ${f.lastName ?? ''} | ${f.birthDate ?? ''} | ${f.sex ?? ''} | ${f.postcode ?? ''} ${f.city ?? ''} | ${f.address ?? ''}`;
}

async function analyse(size: number, seed: number, examples: number): Promise<void> {
  const geography = option('--geography', geographyFor(size)) as Geography;
  const generated = generateFrenchDataset(size, seed, 'france', geography);
  const { truth } = generated;
  // Columns a file may lack (the household key is not a kind of the CLI's contract).
  const dropped = option('--without', '').split(',').filter(Boolean);
  const records = generated.records.map(({ id, fields }) => ({
    id,
    fields: Object.fromEntries(Object.entries(fields).filter(([kind]) => !dropped.includes(kind))),
  }));
  const started = performance.now();
  const result = await dedupe(records);
  const seconds = (performance.now() - started) / 1000;
  const { session } = result;
  const predicted = records.map((r) => result.clusters.get(r.id) as string);
  const scores = pairwiseScores(predicted, truth);
  const threshold = result.model.threshold;
  console.log(
    `\n## size ${size} seed ${seed}: P ${(scores.precision * 100).toFixed(2)} R ${(scores.recall * 100).toFixed(2)} ` +
      `F1 ${scores.f1.toFixed(4)} — ${result.stats.comparisons} pairs, threshold ${threshold.toFixed(2)}, ` +
      `λ ${result.model.lambda.toExponential(2)}, EM ${result.stats.emIterations} it., ${seconds.toFixed(1)} s`,
  );
  console.log(`  timings ${JSON.stringify(result.stats.timingsMs)}`);
  console.log(
    '  weights: ' +
      result.model.fields
        .map(
          (f) =>
            `${f.name} [${f.weights
              .slice(1)
              .map((w) => w.toFixed(1))
              .join(' ')}]`,
        )
        .join('; '),
  );

  const candidates = session['candidates'];
  // Sorted pair keys, searched by bisection: a Set cannot hold the 20 million pairs of 1M records.
  const compared = Float64Array.from(
    { length: candidates.left.length },
    (_, k) => candidates.left[k] * size + candidates.right[k],
  ).sort();
  const isCompared = (i: number, j: number) => {
    const key = Math.min(i, j) * size + Math.max(i, j);
    let low = 0;
    let high = compared.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compared[middle] < key) low = middle + 1;
      else high = middle;
    }
    return compared[low] === key;
  };
  const pattern = (i: number, j: number) => {
    const c = session.scorer.contributions(i, j);
    return c.map((x) => `${x.field[0]}${x.field[1]}${x.level}`).join(' ');
  };

  const fnClass: Counter = new Map();
  const fnPattern: Counter = new Map();
  const fnExamples: string[] = [];
  const fnNames: Counter = new Map();
  for (const [i, j] of pairsWithin(truth)) {
    if (predicted[i] === predicted[j]) continue;
    const weight = session.scorer.weight(i, j);
    const kind = !isCompared(i, j)
      ? weight >= threshold
        ? 'not compared (would pass)'
        : 'not compared (would fail)'
      : weight >= threshold
        ? 'clustering split'
        : 'below threshold';
    bump(fnClass, kind);
    bump(fnPattern, `${kind.padEnd(26)} ${pattern(i, j)}`);
    bump(fnNames, `${kind.padEnd(26)} ${pattern(i, j).split(' ').slice(0, 3).join(' ')}`);
    if (fnExamples.length < examples && (!onlySplits || kind === 'clustering split')) {
      let context = '';
      if (kind === 'clustering split') {
        const mine = (c: string) => predicted.flatMap((p, k) => (p === c ? [k] : []));
        const other = (k: number) => (k === i ? j : i);
        for (const k of [i, j])
          for (const m of mine(predicted[k]))
            if (m !== k)
              context += `\n       ${k === i ? 'A' : 'B'}-side ${truth[m] === truth[i] ? 'same' : 'OTHER'} (w to other ${session.scorer.weight(m, other(k)).toFixed(1)}) ${show(records[m])}`;
      }
      fnExamples.push(
        `  [${kind}, ${weight.toFixed(1)}] ${pattern(i, j)}\n     ${show(records[i])}\n     ${show(records[j])}${context}`,
      );
    }
  }
  const fpClass: Counter = new Map();
  const fpPattern: Counter = new Map();
  const fpExamples: string[] = [];
  for (const [i, j] of pairsWithin(predicted)) {
    if (truth[i] === truth[j]) continue;
    const weight = session.scorer.weight(i, j);
    const kind = isCompared(i, j) && weight >= threshold ? 'accepted pair' : 'chained';
    bump(fpClass, kind);
    bump(fpPattern, `${kind.padEnd(14)} ${pattern(i, j)}`);
    if (fpExamples.length < examples)
      fpExamples.push(
        `  [${kind}, ${weight.toFixed(1)}] ${pattern(i, j)}\n     ${show(records[i])}\n     ${show(records[j])}`,
      );
  }
  console.log(`  FN ${scores.truePairs - scores.correctPairs}:\n${top(fnClass, 10)}`);
  console.log(`  FN patterns:\n${top(fnPattern, 25)}`);
  console.log(`  FN name/date patterns:\n${top(fnNames, 30)}`);
  console.log(`  FP ${scores.predictedPairs - scores.correctPairs}:\n${top(fpClass, 10)}`);
  console.log(`  FP patterns:\n${top(fpPattern, 15)}`);
  if (examples > 0)
    console.log(`  FN examples:\n${fnExamples.join('\n')}\n  FP examples:\n${fpExamples.join('\n')}`);
}

/** Every pair of records sharing a label (a true entity, or a predicted cluster). */
function* pairsWithin(labels: readonly string[]): Generator<[number, number]> {
  const groups = new Map<string, number[]>();
  labels.forEach((label, i) => groups.set(label, [...(groups.get(label) ?? []), i]));
  for (const members of groups.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) yield [members[x], members[y]];
}

async function main(): Promise<void> {
  const size = Number(option('--size', '10000'));
  const seeds = option('--seeds', '1,2,90210').split(',').filter(Boolean).map(Number);
  const examples = Number(option('--examples', '0'));
  onlySplits = process.argv.includes('--splits');
  for (const seed of seeds) await analyse(size, seed, examples);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
