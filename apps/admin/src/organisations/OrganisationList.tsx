import { ListActions } from '../common/actions';
import {
  BooleanField,
  BulkDeleteButton,
  BulkExportButton,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  SelectField,
  SelectInput,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { searchFilter } from '../common/SearchFilter';
import { legalFormChoices } from './choices';
import { OrganisationReferenceInput } from './OrganisationReferenceInput';

const filters = [
  searchFilter,
  <SelectInput key="legalForm" source="legalForm" choices={legalFormChoices} />,
  <NullableBooleanInput key="active" source="active" />,
  <OrganisationReferenceInput key="parentId" source="parentId" />,
];

const BulkActions = () => (
  <>
    <BulkExportButton />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);

export const OrganisationList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="name" />
      <DataTable.Col source="shortName" />
      <DataTable.Col source="legalForm">
        <SelectField source="legalForm" choices={legalFormChoices} />
      </DataTable.Col>
      <DataTable.Col source="city" />
      <DataTable.Col source="parentId" disableSort>
        <ReferenceField source="parentId" reference="organisations" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateTimeField source="updatedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
