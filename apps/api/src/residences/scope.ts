import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext, SessionUser } from '../auth/session-user';
import type { SqlFragment } from '../common/crud/resource-definition';
import { Params } from '../common/crud/sql';

/** The residences a residence agent works at (one, through `residence_staff`). */
const STAFF_RESIDENCES = 'SELECT s.residence_id FROM residence_staff s WHERE s.user_id = $1';

/**
 * Who sees which residents, as SQL on a residence id column: a residence agent only his residence's;
 * the SIAO operator none (he gets the active-consent list, never the ledger of those who refused);
 * the DPO, the auditor and the administrator all of them. Null means no restriction.
 */
export function residenceCondition(user: SessionUser, residenceIdColumn: string): SqlFragment | null {
  switch (user.role) {
    case 'residence_agent':
      return { sql: `${residenceIdColumn} IN (${STAFF_RESIDENCES})`, params: [user.id] };
    case 'siao_operator':
    case 'ccas_agent':
      return { sql: 'FALSE', params: [] };
    default:
      return null;
  }
}

/** The same rule for rows attached to a resident (`resident_id` on alias `r`). */
export function throughResident(user: SessionUser, residentIdColumn = 'r.resident_id'): SqlFragment | null {
  const inner = residenceCondition(user, 'v.residence_id');
  if (!inner) return null;
  return {
    sql: `${residentIdColumn} IN (SELECT v.id FROM residents v WHERE ${inner.sql})`,
    params: inner.params,
  };
}

/** A resident the user may see (scope applied), optionally locked for the rest of the transaction. */
export async function visibleResident(
  manager: EntityManager,
  user: SessionUser,
  residentId: string,
  forUpdate = false,
): Promise<{
  id: string;
  residence_id: string;
  last_name: string;
  first_names: string;
  birth_date: string;
} | null> {
  const params = new Params();
  const where = [`v.id = ${params.add(residentId)}`];
  const scope = residenceCondition(user, 'v.residence_id');
  if (scope) where.push(`(${params.embed(scope)})`);
  const rows = await manager.query(
    `SELECT v.id, v.residence_id, v.last_name, v.first_names, v.birth_date FROM residents v WHERE ${where.join(' AND ')}${forUpdate ? ' FOR UPDATE' : ''}`,
    params.values,
  );
  return rows[0] ?? null;
}

/** Audits a refused access to a resident (out of scope or unknown), outside any business transaction. */
export async function auditRefusedResident(
  dataSource: DataSource,
  audit: AuditService,
  ctx: RequestContext,
  residentId: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  const exists: unknown[] = await dataSource.query(`SELECT 1 FROM residents WHERE id = $1`, [residentId]);
  await audit.recordFor(ctx, {
    action: 'permission_denied',
    entityType: 'residents',
    entityId: residentId,
    details: { refused: true, reason: exists.length ? 'out_of_scope' : 'not_found', ...details },
  });
}
