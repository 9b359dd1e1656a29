import type { LinkageOptions, LinkageRecord } from '../types';
import { runLinkage } from './run-linkage';
import type { LinkageSession } from './session';
import { DEFAULTS } from './run-linkage';
import type { LinkageResult, ScoredPair } from '../types';
import { ClusterAssignment } from './cluster-assignment';
import { firstDuplicate } from './first-duplicate';

export class DuplicateIdError extends Error {
  constructor(readonly duplicateId: string) {
    super(`identifiant en double : ${duplicateId}`);
    this.name = 'DuplicateIdError';
  }
}

export function assertUniqueIds(records: readonly LinkageRecord[]): void {
  const duplicate = firstDuplicate(records.map((record) => record.id));
  if (duplicate !== undefined) throw new DuplicateIdError(duplicate);
}

export function toResult(
  session: LinkageSession,
  clusterIds: string[],
  outputFrom: number,
  options: LinkageOptions,
): LinkageResult {
  const ids = session.records.slice(outputFrom).map((record) => record.id);
  const clusters = new ClusterAssignment(ids, clusterIds.slice(outputFrom));
  session.stats.clusters = session.clusterCount(outputFrom);
  const margin = options.keepPairsAbove ?? DEFAULTS.keepPairsAbove;
  let pairs: ScoredPair[] | undefined;
  return {
    clusters,
    stats: session.stats,
    model: session.model,
    // Listed on first use: ordering a million kept pairs costs a second or two that a run which only
    // wants the clusters (the CLI without --explain) need not pay.
    get pairs() {
      pairs ??= session.pairsAbove(session.model.threshold - margin);
      return pairs;
    },
    session,
  };
}

/** Groups records that describe the same person; every record gets a deterministic cluster id. */
export async function dedupe(
  records: readonly LinkageRecord[],
  options: LinkageOptions = {},
): Promise<LinkageResult> {
  assertUniqueIds(records);
  const session = await runLinkage(records, options);
  return toResult(session, session.clusterIds(), 0, options);
}
