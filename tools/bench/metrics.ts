export interface PairwiseScores {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairsIn = (n: number) => (n * (n - 1)) / 2;

function groupSizes(labels: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  return sizes;
}

/** Pairwise precision/recall/F1 of a clustering against the truth, without enumerating pairs. */
export function pairwiseScores(predicted: readonly string[], truth: readonly string[]): PairwiseScores {
  let predictedPairs = 0;
  for (const n of groupSizes(predicted).values()) predictedPairs += pairsIn(n);
  let truePairs = 0;
  for (const n of groupSizes(truth).values()) truePairs += pairsIn(n);
  let correctPairs = 0;
  for (const n of groupSizes(predicted.map((p, i) => `${p}\u0000${truth[i]}`)).values())
    correctPairs += pairsIn(n);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}
