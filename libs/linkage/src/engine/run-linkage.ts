import { candidatePairs } from '../blocking/candidates';
import { Comparator, modelFieldsFor, type ModelField } from '../compare/comparator';
import { NAME_DIFFERENT } from '../compare/levels';
import { clusterPairs, COMPETITOR_MARGIN, edgesAbove, mergeSortedEdges } from '../cluster/cluster-pairs';
import { trainModel } from '../model/train';
import { fullNameCorrections } from '../model/full-name';
import { buildModel } from '../model/model';
import { matchProportionFromWeights } from '../model/match-proportion';
import { Scorer } from '../model/scorer';
import { TermFrequencies } from '../model/term-frequency';
import { estimateU } from '../model/u-estimation';
import { HouseholdEvidence } from '../model/household';
import type { LinkageOptions, LinkageRecord, LinkageStats } from '../types';
import { pairShares, prepareInParallel, resolveWorkerCount, WorkerPool } from '../parallel/pool';
import { LinkageSession } from './session';

export const DEFAULTS = {
  maxBlockSize: 50,
  windowSize: 10,
  randomPairs: 200_000,
  seed: 20240901,
  keepPairsAbove: 6,
  /**
   * A merge is refused when a pair across the two groups weighs this little: as much against as one
   * field fully contradicted (the floor of a level's weight). At 0, any pair with a little evidence
   * against vetoed, and the lines of one person, each with its own slips and gaps, stayed apart:
   * Splink's fake_1000 0.8599 → 0.8816, the French set and FEBRL unchanged within 0.0004.
   */
  chainFloor: -10,
  maxClusterSize: 100,
};

/** How far (bits) the threshold may fall from EM's when the prior is estimated from the weights. */
const PRIOR_SLACK = 2;

/** Pairs that could be linked: all of them, or in incremental mode those involving a new record. */
function possiblePairs(size: number, existingCluster?: Int32Array): number {
  const fresh = existingCluster ? existingCluster.reduce((n, c) => n + (c < 0 ? 1 : 0), 0) : size;
  return (fresh * (fresh - 1)) / 2 + fresh * (size - fresh) || 1;
}

/** Whether two records' first names agree at some level (or one is missing), swaps included. */
function givenNameAgreement(comparator: Comparator, fields: ModelField[]): (i: number, j: number) => boolean {
  const first = fields.findIndex((field) => field.name === 'firstName');
  const levels = new Uint8Array(fields.length);
  return (i, j) => {
    if (first < 0) return true;
    comparator.levels(i, j, levels);
    return levels[first] !== NAME_DIFFERENT;
  };
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
  pool.start();
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
  // Parsing is memoised per distinct raw value; most of the time goes to looking raw values up, which
  // this thread and the workers share out.
  const data = await prepareInParallel(records, pool);
  const { kinds } = data;
  lap('normalisation');

  const fields = modelFieldsFor(kinds);
  const comparator = new Comparator(data, fields);
  const isNew = existingCluster ? Uint8Array.from(existingCluster, (c) => (c < 0 ? 1 : 0)) : undefined;
  const blocking = { maxBlockSize: settings.maxBlockSize, windowSize: settings.windowSize, isNew };
  const shares = pairShares(pool);
  const blocked = await shares.block(data, fields, blocking);
  let comparisons = blocked.reduce((sum, share) => sum + share.pairs, 0);
  // Blocks are the same in every share; only the pairs each rule proposed are split among them.
  const blockingRules = blocked[0].rules.map((rule, r) => ({
    ...rule,
    pairs: blocked.reduce((sum, share) => sum + share.rules[r].pairs, 0),
  }));
  lap('blocking');
  const patterns = new Map<number, number>();
  const comparing = shares.compare();
  // The workers compare the candidates while this thread compares the random pairs that give u and
  // counts the full names; the "comparison" timing includes all of it, with or without workers.
  const u = estimateU(comparator, settings.randomPairs, settings.seed);
  const fullNames = fullNameCorrections(data);
  let trainingPairs = 0;
  for (const share of await comparing) {
    share.codes.forEach((code, p) => patterns.set(code, (patterns.get(code) ?? 0) + share.counts[p]));
    trainingPairs += share.trainingPairs;
  }
  lap('comparison');

  const training = trainModel(comparator, patterns, u);
  const possible = possiblePairs(records.length, existingCluster);
  const modelFor = (prior: number) =>
    buildModel(
      fields,
      training.m,
      u,
      prior,
      training.iterations,
      training.converged,
      settings.threshold,
      fullNames,
    );
  // At most even odds: with one expected match among a handful of possible pairs, not a certainty.
  const emModel = modelFor(Math.min(Math.max(training.lambdaCandidates * trainingPairs, 1) / possible, 0.5));
  const frequencies = new TermFrequencies(data);
  lap('estimation');

  // The pairs kept for review (and explanation), and the clustering's competitors, are all that is
  // needed of the candidates afterwards. They are scored PRIOR_SLACK bits deeper, for the threshold
  // may fall by as much once the prior is estimated again from their weights.
  const keepPairsAbove = settings.keepPairsAbove ?? DEFAULTS.keepPairsAbove;
  const keptMargin = Math.max(keepPairsAbove, COMPETITOR_MARGIN);
  const slack = settings.threshold === undefined ? PRIOR_SLACK : 0;
  const scored = await shares.score(emModel, emModel.threshold - keptMargin - slack);
  // In the order of a single share, so that what is summed over them does not depend on the threads.
  let kept = mergeSortedEdges(scored);
  const lowest = emModel.modelThreshold - PRIOR_SLACK;
  let model = modelFor(matchProportionFromWeights(kept.weight, possible, emModel.lambda));
  // The prior at which the threshold is `lowest`: log2((1 − λ) / λ) = lowest.
  if (model.modelThreshold < lowest) model = modelFor(1 / (1 + 2 ** lowest));
  kept = edgesAbove(kept, model.threshold - keptMargin);
  const scorer = new Scorer(comparator, model, frequencies);
  let accepted = kept.weight.reduce((count, weight) => (weight >= model.threshold ? count + 1 : count), 0);
  lap('scoring');
  // Added to the kept pairs' weights, and to every weight the scorer gives from now on. Capped at
  // the kept margin, the evidence cannot lift a pair that was not kept over the threshold.
  const households = kinds.includes('household')
    ? await HouseholdEvidence.apply({
        household: data.household,
        keyCount: data.householdKeys.length,
        kept,
        threshold: model.threshold,
        modelThreshold: model.modelThreshold,
        cap: keptMargin,
        weigh: (left, right) => shares.weigh(left, right),
        sameGivenName: givenNameAgreement(comparator, fields),
      })
    : undefined;
  if (households) {
    scorer.useHousehold(households.evidence);
    kept = households.kept;
    const { groups, largestGroup, pairs } = households.report;
    comparisons += pairs;
    // Reported as a rule whose blocks are the households, alone or two linked ones.
    blockingRules.push({
      name: 'membres d’un ménage, ou de deux ménages reliés',
      blocks: groups,
      cappedBlocks: 0,
      largestBlock: largestGroup,
      pairs,
    });
    accepted = kept.weight.reduce((count, weight) => (weight >= model.threshold ? count + 1 : count), 0);
  }
  const edges = edgesAbove(kept, model.threshold);
  const competitors = edgesAbove(kept, model.threshold - COMPETITOR_MARGIN);
  lap('households');

  const session = new LinkageSession(
    records,
    scorer,
    kept,
    () => candidatePairs(data, blocking),
    existingCluster,
  );
  const { mustLink, cannotLink } = session.constraintIndexes(settings.constraints ?? []);
  const clustering = clusterPairs({
    size: records.length,
    edges,
    competitors,
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
    comparisons,
    blockingRules,
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
