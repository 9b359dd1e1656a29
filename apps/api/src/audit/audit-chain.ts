import { createHash } from 'node:crypto';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBadId?: string;
  reason?: string;
}

const GENESIS = '0'.repeat(64);
const BATCH = 5000;

/**
 * Recomputes the audit trail's hash chain from the rows themselves. The canonical text is rebuilt
 * here, independently of the database function that wrote it, so a tampered row, a tampered
 * function, a removed or re-ordered event all break the chain.
 */
/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner (to check inside a transaction). */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export async function verifyAuditChain(db: Queryable): Promise<ChainReport> {
  let previousHash = GENESIS;
  let expectedId = 1n;
  let checked = 0;
  for (;;) {
    const rows = (await db.query(
      `SELECT e.id::text AS id, e.prev_hash, e.hash,
              concat_ws('|', e.id::text,
                to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                coalesce(e.actor_id::text, ''), coalesce(e.actor_email, ''), coalesce(e.actor_organisation_id::text, ''),
                e.action, coalesce(e.entity_type, ''), coalesce(e.entity_id, ''),
                coalesce(e.changes::text, ''), coalesce(e.details::text, ''),
                coalesce(e.request_id, ''), coalesce(e.ip, '')) AS canonical
         FROM audit_events e WHERE e.id >= $1 ORDER BY e.id LIMIT ${BATCH}`,
      [expectedId.toString()],
    )) as Array<{ id: string; canonical: string; prev_hash: string; hash: string }>;
    for (const row of rows) {
      if (BigInt(row.id) !== expectedId)
        return { ok: false, checked, firstBadId: row.id, reason: `événement ${expectedId} manquant` };
      if (row.prev_hash !== previousHash)
        return {
          ok: false,
          checked,
          firstBadId: row.id,
          reason: 'chaînage rompu (empreinte précédente différente)',
        };
      const hash = createHash('sha256').update(`${previousHash}|${row.canonical}`, 'utf8').digest('hex');
      if (hash !== row.hash)
        return { ok: false, checked, firstBadId: row.id, reason: 'contenu modifié (empreinte différente)' };
      previousHash = hash;
      expectedId += 1n;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  const head = (await db.query(`SELECT last_id::text, last_hash FROM audit_chain_head`)) as Array<{
    last_id: string;
    last_hash: string;
  }>;
  if (head[0] && (BigInt(head[0].last_id) !== expectedId - 1n || head[0].last_hash !== previousHash)) {
    return {
      ok: false,
      checked,
      reason:
        'la tête de chaîne ne correspond pas au dernier événement (événements supprimés en fin de journal ?)',
    };
  }
  return { ok: true, checked };
}
