import { Edit } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';
import { transformOrganisation } from './validators';

export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={transformOrganisation}>
    <OrganisationForm />
  </Edit>
);
