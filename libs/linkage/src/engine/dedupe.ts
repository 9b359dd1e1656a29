import type { LinkageOptions, LinkageRecord } from '../types';
import { runLinkage } from './run-linkage';
import type { LinkageSession } from './session';
import { DEFAULTS } from './run-linkage';
import type { LinkageResult } from '../types';

export class DuplicateIdError extends Error {
  constructor(readonly duplicateId: string) {
    super(`identifiant en double : ${duplicateId}`);
    this.name = 'DuplicateIdError';
  }
}

export function assertUniqueIds(records: readonly LinkageRecord[]): void {
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) throw new DuplicateIdError(record.id);
    seen.add(record.id);
  }
}

export function toResult(
  session: LinkageSession,
  clusterIds: string[],
  outputFrom: number,
  options: LinkageOptions,
): LinkageResult {
  const clusters = new Map<string, string>();
  for (let i = outputFrom; i < session.records.length; i++)
    clusters.set(session.records[i].id, clusterIds[i]);
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
