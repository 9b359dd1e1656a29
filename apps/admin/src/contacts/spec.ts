import type { ResourceSpec } from '../providers/resourceSpec';

const EDITABLE = [
  'organisationId',
  'lastName',
  'firstName',
  'jobTitle',
  'email',
  'phone',
  'professionalSecrecy',
  'active',
  'notes',
] as const;

export const contactsSpec: ResourceSpec = {
  sortable: ['lastName', 'firstName', 'organisationId', 'createdAt', 'updatedAt'],
  defaultSort: { field: 'lastName', order: 'ASC' },
  createFields: EDITABLE,
  updateFields: EDITABLE,
};
