import type { LinkageOptions, LinkageRecord } from '../types';
import { runLinkage } from './run-linkage';
import type { LinkageSession } from './session';
import { DEFAULTS } from './run-linkage';
import type { LinkageResult } from '../types';
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
  return {
    clusters,
    stats: session.stats,
    model: session.model,
    pairs: session.pairsAbove(session.model.threshold - margin),
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
