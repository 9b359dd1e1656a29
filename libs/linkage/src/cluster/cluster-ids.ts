import { createHash } from 'node:crypto';

/** A stable, opaque cluster id derived from the id of the record that founded the cluster. */
export function clusterIdFor(recordId: string): string {
  return 'p' + createHash('sha1').update(recordId).digest('hex').slice(0, 16);
}

/** Returns an id not in `taken` (appending -2, -3… on the rare hash collision) and reserves it. */
export function reserveClusterId(recordId: string, taken: Set<string>): string {
  const base = clusterIdFor(recordId);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
