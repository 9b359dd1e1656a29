import type { ResourceSpec } from '../providers/resourceSpec';

export const usersSpec: ResourceSpec = {
  sortable: ['email', 'displayName', 'role', 'createdAt', 'lastLoginAt'],
  defaultSort: { field: 'displayName', order: 'ASC' },
  // An empty password is dropped: the server then generates a temporary one.
  createFields: ['email', 'displayName', 'role', 'organisationId', 'password'],
  updateFields: ['displayName', 'role', 'organisationId', 'active'],
};
