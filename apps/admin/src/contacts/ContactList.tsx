import { ListActions } from '../common/actions';
import {
  BooleanField,
  BulkDeleteButton,
  BulkExportButton,
  DataTable,
  EmailField,
  List,
  NullableBooleanInput,
  ReferenceField,
} from 'react-admin';
import { searchFilter } from '../common/SearchFilter';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';

const filters = [
  searchFilter,
  <OrganisationReferenceInput key="organisationId" source="organisationId" alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
  <NullableBooleanInput key="professionalSecrecy" source="professionalSecrecy" />,
];

const BulkActions = () => (
  <>
    <BulkExportButton />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);

export const ContactList = () => (
  <List filters={filters} sort={{ field: 'lastName', order: 'ASC' }} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="lastName" />
      <DataTable.Col source="firstName" />
      <DataTable.Col source="organisationId">
        <ReferenceField source="organisationId" reference="organisations" link="show" />
      </DataTable.Col>
      <DataTable.Col source="jobTitle" disableSort />
      <DataTable.Col source="email" disableSort>
        <EmailField source="email" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="professionalSecrecy" disableSort>
        <BooleanField source="professionalSecrecy" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
