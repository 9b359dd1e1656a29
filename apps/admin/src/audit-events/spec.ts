import type { ResourceSpec } from '../providers/resourceSpec';

/** Read-only: no create or update fields. */
export const auditEventsSpec: ResourceSpec = {
  sortable: ['occurredAt', 'action', 'entityType'],
  defaultSort: { field: 'occurredAt', order: 'DESC' },
};
