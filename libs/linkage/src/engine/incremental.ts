import type { LinkageOptions, LinkageRecord, LinkageResult, PairConstraint } from '../types';
import { assertUniqueIds, toResult } from './dedupe';
import { runLinkage } from './run-linkage';

export interface ClusteredRecord extends LinkageRecord {
  cluster: string;
}

function sameFields(a: LinkageRecord, b: LinkageRecord): boolean {
  const keys = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]) as Set<
    keyof LinkageRecord['fields']
  >;
  return [...keys].every((k) => (a.fields[k] ?? '') === (b.fields[k] ?? ''));
}

/**
 * A record sent again unchanged (same id, same values) stays in its cluster whatever the model
 * re-estimated on the new month says: the monthly list needs that stability.
 */
function resubmissions(
  existing: readonly ClusteredRecord[],
  newRecords: readonly LinkageRecord[],
): PairConstraint[] {
  const previous = new Map(existing.map((r) => [r.id, r]));
  return newRecords.flatMap((record) => {
    const before = previous.get(record.id);
    return before && sameFields(before, record)
      ? [{ a: record.id, b: record.id, kind: 'must-link' as const }]
      : [];
  });
}

/**
 * Links a new month's records to existing clusters. Existing clusters keep their id and are never
 * merged together (that is a job for a full `dedupe` reviewed by a person); a new record joins at
 * most one of them; new records matching no one form new clusters with fresh ids that never collide
 * with existing ones. The result maps only the new records.
 */
export async function linkIncremental(
  existing: readonly ClusteredRecord[],
  newRecords: readonly LinkageRecord[],
  options: LinkageOptions = {},
): Promise<LinkageResult> {
  assertUniqueIds(existing);
  assertUniqueIds(newRecords);
  const clusterIndex = new Map<string, number>();
  const existingIds: string[] = [];
  const existingCluster = new Int32Array(existing.length + newRecords.length).fill(-1);
  existing.forEach((record, i) => {
    let index = clusterIndex.get(record.cluster);
    if (index === undefined) {
      index = existingIds.length;
      clusterIndex.set(record.cluster, index);
      existingIds.push(record.cluster);
    }
    existingCluster[i] = index;
  });
  const records = [...existing.map(({ id, fields }) => ({ id, fields })), ...newRecords];
  const session = await runLinkage(
    records,
    { ...options, constraints: [...(options.constraints ?? []), ...resubmissions(existing, newRecords)] },
    existingCluster,
  );
  return toResult(session, session.clusterIds(existingIds), existing.length, options);
}
