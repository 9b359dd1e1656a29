import { AUDIT_ACTIONS, type AuditAction } from '@pacte/domain';

/** Choices whose names are i18n keys (`resources.audit-events.actions.*`), translated by the inputs. */
export const auditActionChoices = AUDIT_ACTIONS.map((id) => ({
  id,
  name: `resources.audit-events.actions.${id}`,
}));

export interface FieldChange {
  before: unknown;
  after: unknown;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorEmail: string | null;
  action: AuditAction | string;
  entityType: string | null;
  entityId: string | null;
  changes: Record<string, FieldChange> | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
  ip: string | null;
  hash: string;
  prevHash: string | null;
}
