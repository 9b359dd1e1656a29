// Incremental mode on the French synthetic set: a month's records are deduplicated, the next month's
// are linked to its clusters (`linkIncremental`), and the result is scored against the truth beside a
// `dedupe` of both months together. Also the inflow the SIAO counts (persons new in the second month)
// and the ids changed when the first month is linked to itself (the monthly list needs none).
//   node tools/run-ts.mjs tools/bench/linkage-incremental.ts --size 20000 --seeds 1,2
import { dedupe, linkIncremental, type LinkageRecord } from '@pacte/linkage';
import { seededRandom } from '../../libs/linkage/src/model/random';
import { generateFrenchDataset } from '../../libs/linkage/src/testing/french-generator';
import { pairwiseScores } from './metrics';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

interface IncrementalRow {
  seed: number;
  firstMonth: number;
  secondMonth: number;
  linked: ReturnType<typeof pairwiseScores>;
  together: ReturnType<typeof pairwiseScores>;
  newPersons: number;
  newClusters: number;
  newClustersTogether: number;
  changedIds: number;
  linkSeconds: number;
}

async function measure(size: number, seed: number): Promise<IncrementalRow> {
  const { records, truth } = generateFrenchDataset(size, seed);
  const random = seededRandom(seed + 1);
  const month = records.map(() => (random() < 0.5 ? 1 : 2));
  // Household keys are numbered per file and month: a key of the second month names another household.
  const monthRecords = records.map((r, i): LinkageRecord =>
    month[i] === 1 || !r.fields.household
      ? r
      : { id: r.id, fields: { ...r.fields, household: `m2-${r.fields.household}` } },
  );
  const first = monthRecords.filter((_, i) => month[i] === 1);
  const second = monthRecords.filter((_, i) => month[i] === 2);

  const firstResult = await dedupe(first);
  const existing = first.map((r) => ({ ...r, cluster: firstResult.clusters.get(r.id) as string }));
  const started = performance.now();
  const secondResult = await linkIncremental(existing, second);
  const linkSeconds = (performance.now() - started) / 1000;
  const predicted = monthRecords.map((r, i) =>
    month[i] === 1 ? (firstResult.clusters.get(r.id) as string) : (secondResult.clusters.get(r.id) as string),
  );
  const together = await dedupe(monthRecords);

  const seenFirst = new Set(truth.filter((_, i) => month[i] === 1));
  const newPersons = new Set(truth.filter((person, i) => month[i] === 2 && !seenFirst.has(person))).size;
  const firstClusters = new Set(firstResult.clusters.values());
  const newClusters = new Set([...secondResult.clusters.values()].filter((c) => !firstClusters.has(c))).size;
  const jointFirst = new Set(first.map((r) => together.clusters.get(r.id)));
  const newClustersTogether = new Set(
    second.map((r) => together.clusters.get(r.id)).filter((c) => !jointFirst.has(c)),
  ).size;
  const again = await linkIncremental(existing, first);
  const changedIds = first.filter((r) => again.clusters.get(r.id) !== firstResult.clusters.get(r.id)).length;

  return {
    seed,
    firstMonth: first.length,
    secondMonth: second.length,
    linked: pairwiseScores(predicted, truth),
    together: pairwiseScores(
      monthRecords.map((r) => together.clusters.get(r.id) as string),
      truth,
    ),
    newPersons,
    newClusters,
    newClustersTogether,
    changedIds,
    linkSeconds,
  };
}

const percent = (x: number) => (x * 100).toFixed(2);

/** Markdown table of the incremental runs, one line per seed. */
export async function incrementalTable(size: number, seeds: number[]): Promise<string> {
  const rows: IncrementalRow[] = [];
  for (const seed of seeds) rows.push(await measure(size, seed));
  return [
    '| Graine | Mois 1 | Mois 2 | P link | R link | F1 link | F1 `dedupe` des deux mois | Nouvelles personnes au mois 2 : vraies / `link` / `dedupe` | Ids changés, mois 1 relié à lui-même | `link` (s) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.seed} | ${r.firstMonth} | ${r.secondMonth} | ${percent(r.linked.precision)} | ${percent(r.linked.recall)} | ` +
        `**${r.linked.f1.toFixed(4)}** | ${r.together.f1.toFixed(4)} | ${r.newPersons} / ${r.newClusters} / ${r.newClustersTogether} | ` +
        `${r.changedIds} | ${r.linkSeconds.toFixed(1)} |`,
    ),
  ].join('\n');
}

if (require.main === module) {
  const size = Number(option('--size', '20000'));
  const seeds = option('--seeds', '1,2').split(',').filter(Boolean).map(Number);
  void incrementalTable(size, seeds)
    .then((table) => process.stdout.write(table + '\n'))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
