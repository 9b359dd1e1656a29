import { ListActions } from '../common/actions';
import {
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  SelectField,
  SelectInput,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { searchFilter } from '../common/SearchFilter';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { roleChoices } from './choices';

const filters = [
  searchFilter,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
  <OrganisationReferenceInput key="organisationId" source="organisationId" />,
];

/** No bulk delete: users are deactivated, never deleted. */
export const UserList = () => (
  <List
    filters={filters}
    sort={{ field: 'displayName', order: 'ASC' }}
    actions={<ListActions />}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="organisationId" disableSort>
        <ReferenceField source="organisationId" reference="organisations" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt">
        <DateTimeField source="lastLoginAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
