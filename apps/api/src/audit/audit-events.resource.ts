import type { ResourceDefinition } from '../common/crud/resource-definition';
import { AUDIT_ACTIONS, AuditEvent } from './audit-event.entity';

/** The trail, read-only. A DPO sees what the people of his own organisation did; admin and auditor see all. */
export const auditEventsResource: ResourceDefinition = {
  name: 'audit-events',
  label: 'Événement d’audit',
  entity: AuditEvent,
  idType: 'bigint',
  search: `f_unaccent(coalesce(r.actor_email,'') || ' ' || coalesce(r.entity_type,'') || ' ' || coalesce(r.entity_id,''))`,
  scope: (user) =>
    user.role === 'dpo' ? { sql: 'r.actor_organisation_id = $1', params: [user.organisationId] } : null,
  list: {
    sortable: ['occurredAt', 'id', 'action', 'entityType'],
    defaultSort: ['occurredAt', 'DESC'],
    maxPageSize: 500,
    filters: {
      id: { type: 'string' },
      actorId: { type: 'uuid' },
      action: { type: 'enum', values: AUDIT_ACTIONS },
      entityType: { type: 'string' },
      entityId: { type: 'string' },
      occurredAt: { type: 'date', range: true },
    },
  },
};
