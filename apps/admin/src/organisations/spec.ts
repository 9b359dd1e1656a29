import type { ResourceSpec } from '../providers/resourceSpec';

const EDITABLE = [
  'name',
  'shortName',
  'legalForm',
  'siret',
  'addressLine',
  'postcode',
  'city',
  'website',
  'parentId',
  'dataSharingRoles',
  'dpoName',
  'dpoEmail',
  'rightsContact',
  'notes',
  'active',
] as const;

export const organisationsSpec: ResourceSpec = {
  sortable: ['name', 'shortName', 'legalForm', 'city', 'createdAt', 'updatedAt'],
  defaultSort: { field: 'name', order: 'ASC' },
  createFields: EDITABLE,
  updateFields: EDITABLE,
};
