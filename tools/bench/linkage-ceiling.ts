// How far the French synthetic set can be linked at all with the engine's comparison features:
// pairwise P/R/F1 of the candidate pairs (before clustering) as the engine decides them, against
// (1) a *supervised* decision that knows, from another seed with the truth, the true match rate of
// each cell (comparison levels of every field × weight rounded to the bit: frequency adjustments
// included), and (2) a perfect classifier of the compared pairs (the blocking ceiling). When (1) is no
// better than the engine, the model has extracted what these features hold and the errors left are
// pairs the records themselves do not tell apart (dateless 115 records of namesakes, mostly).
//   node tools/run-ts.mjs tools/bench/linkage-ceiling.ts --size 10000 [--seeds 1,2]
import { dedupe } from '@pacte/linkage';
import { generateFrenchDataset } from '../../libs/linkage/src/testing/french-generator';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

interface Labelled {
  cells: string[];
  isMatch: Uint8Array;
  accepted: Uint8Array;
  truePairs: number;
}

async function label(size: number, seed: number): Promise<Labelled> {
  const { records, truth } = generateFrenchDataset(size, seed);
  const result = await dedupe(records);
  const { session } = result;
  // Blocked again in this thread (the run's pairs lived in the workers); weights computed again.
  const candidates = session.candidates;
  const pairs = candidates.left.length;
  const cells = new Array<string>(pairs);
  const isMatch = new Uint8Array(pairs);
  const accepted = new Uint8Array(pairs);
  for (let k = 0; k < pairs; k++) {
    const i = candidates.left[k];
    const j = candidates.right[k];
    const weight = session.scorer.weight(i, j);
    const levels = session.scorer
      .contributions(i, j)
      .map((c) => c.level)
      .join('');
    cells[k] = `${levels}:${Math.round(weight)}`;
    isMatch[k] = truth[i] === truth[j] ? 1 : 0;
    accepted[k] = weight >= result.model.threshold ? 1 : 0;
  }
  const perPerson = new Map<string, number>();
  for (const person of truth) perPerson.set(person, (perPerson.get(person) ?? 0) + 1);
  let truePairs = 0;
  for (const n of perPerson.values()) truePairs += (n * (n - 1)) / 2;
  return { cells, isMatch, accepted, truePairs };
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function scores(decide: (k: number) => boolean, set: Labelled): Scores {
  let correct = 0;
  let predicted = 0;
  for (let k = 0; k < set.cells.length; k++) {
    if (!decide(k)) continue;
    predicted++;
    correct += set.isMatch[k];
  }
  const precision = correct / predicted;
  const recall = correct / set.truePairs;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const cell = (s: Scores) =>
  `${(s.precision * 100).toFixed(2)} | ${(s.recall * 100).toFixed(2)} | **${s.f1.toFixed(4)}**`;

/** The comparison as a markdown table: one row per (training seed → measured seed) and decision. */
export async function ceilingTable(size: number, first: number, second: number): Promise<string> {
  const sets = [await label(size, first), await label(size, second)];
  const lines = ['| Mesuré sur | Décision | P | R | F1 |', '|---|---|---:|---:|---:|'];
  for (const [train, test, seeds] of [
    [sets[0], sets[1], `graine ${second} (apprise sur ${first})`],
    [sets[1], sets[0], `graine ${first} (apprise sur ${second})`],
  ] as const) {
    const cells = new Map<string, [number, number]>();
    train.cells.forEach((key, k) => {
      const counts = cells.get(key) ?? [0, 0];
      counts[0]++;
      counts[1] += train.isMatch[k];
      cells.set(key, counts);
    });
    // A cell seen fewer than 3 times in training keeps the engine's decision.
    const supervised = (k: number) => {
      const counts = cells.get(test.cells[k]);
      return counts && counts[0] >= 3 ? counts[1] / counts[0] > 0.5 : test.accepted[k] === 1;
    };
    lines.push(
      `| ${size}, ${seeds} | moteur (paires comparées, avant regroupement) | ${cell(scores((k) => test.accepted[k] === 1, test))} |`,
      `| | supervisée, mêmes attributs | ${cell(scores(supervised, test))} |`,
      `| | classement parfait des paires comparées | ${cell(scores((k) => test.isMatch[k] === 1, test))} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const size = Number(option('--size', '10000'));
  const [first, second] = option('--seeds', '1,2').split(',').map(Number);
  console.log(await ceilingTable(size, first, second));
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
