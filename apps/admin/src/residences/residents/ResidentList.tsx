import { ListActions } from '../../common/actions';
import { DataTable, DateField, List, NullableBooleanInput, ReferenceInput, SelectInput } from 'react-admin';
import { searchFilter } from '../../common/SearchFilter';

const filters = [
  searchFilter,
  <NullableBooleanInput key="present" source="present" />,
  <ReferenceInput key="residenceId" source="residenceId" reference="residences">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

export const ResidentList = () => (
  <List filters={filters} sort={{ field: 'lastName', order: 'ASC' }} perPage={25} actions={<ListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="lastName" />
      <DataTable.Col source="firstName" />
      <DataTable.Col source="birthDate">
        <DateField source="birthDate" locales="fr-FR" />
      </DataTable.Col>
      <DataTable.Col source="unit" />
      <DataTable.Col source="residenceName" disableSort />
      <DataTable.Col source="entryDate">
        <DateField source="entryDate" locales="fr-FR" />
      </DataTable.Col>
      <DataTable.Col source="exitDate">
        <DateField source="exitDate" locales="fr-FR" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
