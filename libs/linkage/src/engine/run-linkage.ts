import { candidatePairs } from '../blocking/candidates';
import { Comparator, modelFieldsFor } from '../compare/comparator';
import { clusterPairs } from '../cluster/cluster-pairs';
import { trainModel } from '../model/train';
import { buildModel } from '../model/model';
import { Scorer } from '../model/scorer';
import { TermFrequencies } from '../model/term-frequency';
import { estimateU } from '../model/u-estimation';
import { prepareRecords, presentKinds } from '../normalize/prepare';
import type { LinkageOptions, LinkageRecord, LinkageStats } from '../types';
import { comparePairsInParallel, resolveWorkerCount, WorkerPool } from '../parallel/pool';
import { LinkageSession } from './session';

export const DEFAULTS = {
  maxBlockSize: 50,
  windowSize: 10,
  randomPairs: 200_000,
  seed: 20240901,
  keepPairsAbove: 6,
  chainFloor: 0,
  maxClusterSize: 100,
};

/** Pairs that could be linked: all of them, or in incremental mode those involving a new record. */
function possiblePairs(size: number, existingCluster?: Int32Array): number {
  const fresh = existingCluster ? existingCluster.reduce((n, c) => n + (c < 0 ? 1 : 0), 0) : size;
  return (fresh * (fresh - 1)) / 2 + fresh * (size - fresh) || 1;
}

/**
 * Shared pipeline of `dedupe` and `linkIncremental`: normalise, block, compare, estimate the model
 * (u from random pairs, m and λ by EM), score, then cluster under constraints.
 * `existingCluster[i]` (incremental mode) is the index of the existing cluster of record i, or -1.
 */
export async function runLinkage(
  records: readonly LinkageRecord[],
  options: LinkageOptions,
  existingCluster?: Int32Array,
): Promise<LinkageSession> {
  const settings = { ...DEFAULTS, ...options };
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - clock);
    clock = now;
  };
  const pool = new WorkerPool(resolveWorkerCount(options.workers, records.length));
  try {
    return await link(records, settings, pool, lap, timings, existingCluster);
  } finally {
    await pool.close();
  }
}

async function link(
  records: readonly LinkageRecord[],
  settings: LinkageOptions & typeof DEFAULTS,
  pool: WorkerPool,
  lap: (name: string) => void,
  timings: Record<string, number>,
  existingCluster?: Int32Array,
): Promise<LinkageSession> {
  const kinds = presentKinds(records);
  // In the main thread: parsing is memoised per distinct raw value, so copying every record to the
  // workers and merging their string tables back cost more than it saved (400k records: 13 s here,
  // 17 s with two workers).
  const data = prepareRecords(records, kinds);
  lap('normalisation');

  const fields = modelFieldsFor(kinds);
  const comparator = new Comparator(data, fields);
  const isNew = existingCluster ? Uint8Array.from(existingCluster, (c) => (c < 0 ? 1 : 0)) : undefined;
  const candidates = candidatePairs(data, {
    maxBlockSize: settings.maxBlockSize,
    windowSize: settings.windowSize,
    isNew,
  });
  lap('blocking');
  const patterns = await comparePairsInParallel(data, fields, candidates.left, candidates.right, pool);
  lap('comparison');

  const u = estimateU(comparator, settings.randomPairs, settings.seed);
  const training = trainModel(comparator, patterns, u);
  const expectedMatches = Math.max(training.lambdaCandidates * patterns.length, 1);
  const prior = expectedMatches / possiblePairs(records.length, existingCluster);
  const model = buildModel(
    fields,
    training.m,
    u,
    prior,
    training.iterations,
    training.converged,
    settings.threshold,
  );
  const scorer = new Scorer(comparator, model, new TermFrequencies(data));
  lap('estimation');

  const weights = new Float64Array(patterns.length);
  let accepted = 0;
  for (let k = 0; k < patterns.length; k++) {
    weights[k] = scorer.weightOfPattern(patterns[k], candidates.left[k], candidates.right[k]);
    if (weights[k] >= model.threshold) accepted++;
  }
  const edges = {
    left: new Uint32Array(accepted),
    right: new Uint32Array(accepted),
    weight: new Float64Array(accepted),
  };
  for (let k = 0, e = 0; k < patterns.length; k++) {
    if (weights[k] < model.threshold) continue;
    edges.left[e] = candidates.left[k];
    edges.right[e] = candidates.right[k];
    edges.weight[e++] = weights[k];
  }
  lap('scoring');

  const session = new LinkageSession(records, scorer, candidates, weights, existingCluster);
  const { mustLink, cannotLink } = session.constraintIndexes(settings.constraints ?? []);
  const clustering = clusterPairs({
    size: records.length,
    edges,
    weight: (i, j) => scorer.weight(i, j),
    threshold: model.threshold,
    mustLink,
    cannotLink,
    existingCluster,
    chainFloor: settings.chainFloor,
    maxClusterSize: settings.maxClusterSize,
    describe: (i) => records[i].id,
  });
  session.setClustering(clustering.sets);
  lap('clustering');

  const stats: LinkageStats = {
    records: records.length,
    comparisons: patterns.length,
    blockingRules: candidates.rules,
    maxBlockSize: settings.maxBlockSize,
    windowSize: settings.windowSize,
    emIterations: training.iterations,
    matchProportion: model.lambda,
    threshold: model.threshold,
    acceptedPairs: accepted,
    refusedMerges: clustering.refusedMerges,
    clusters: 0,
    timingsMs: timings,
  };
  session.stats = stats;
  return session;
}
