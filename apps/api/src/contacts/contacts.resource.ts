import type { ResourceDefinition } from '../common/crud/resource-definition';
import { Contact } from './contact.entity';

/** A contact is a named person: reading one is an audited read of personal data. */
export const contactsResource: ResourceDefinition = {
  name: 'contacts',
  label: 'Référent',
  entity: Contact,
  softDelete: true,
  personalData: true,
  search: `f_unaccent(coalesce(r.last_name,'') || ' ' || coalesce(r.first_name,'') || ' ' || coalesce(r.email,'') || ' ' || coalesce(r.job_title,''))`,
  list: {
    sortable: ['lastName', 'firstName', 'organisationId', 'createdAt', 'updatedAt'],
    defaultSort: ['lastName', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      organisationId: { type: 'uuid' },
      active: { type: 'boolean' },
      professionalSecrecy: { type: 'boolean' },
    },
  },
};
