import { Create } from 'react-admin';
import { OrganisationForm } from './OrganisationForm';
import { transformOrganisation } from './validators';

export const OrganisationCreate = () => (
  <Create redirect="show" transform={transformOrganisation} record={{ active: true, dataSharingRoles: [] }}>
    <OrganisationForm deletable={false} />
  </Create>
);
