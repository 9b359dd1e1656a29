import {
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { searchFilter } from '../common/SearchFilter';
import { auditActionChoices } from './actions';
import { ActorFilter } from './ActorFilter';
import { AuditActionField, AuditEntityField, ChangesSummary } from './fields';

const filters = [
  searchFilter,
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
  <TextInput key="entityType" source="entityType" />,
  <DateInput key="occurredAt_gte" source="occurredAt_gte" alwaysOn />,
  <DateInput key="occurredAt_lte" source="occurredAt_lte" alwaysOn />,
  <ActorFilter key="actorId" source="actorId" />,
  <TextInput key="entityId" source="entityId" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    {/* The API serves at most 500 audit events per request. */}
    <ExportButton maxResults={500} />
  </TopToolbar>
);

/** Read-only and append-only: no create, edit, delete nor bulk actions. */
export const AuditEventList = () => (
  <List
    filters={filters}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    actions={<ListActions />}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt">
        <DateTimeField source="occurredAt" options={{ dateStyle: 'short', timeStyle: 'medium' }} />
      </DataTable.Col>
      <DataTable.Col source="action">
        <AuditActionField source="action" />
      </DataTable.Col>
      <DataTable.Col source="actorEmail" disableSort>
        <TextField source="actorEmail" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="entityType">
        <AuditEntityField source="entityType" />
      </DataTable.Col>
      <DataTable.Col source="changes" disableSort>
        <ChangesSummary source="changes" />
      </DataTable.Col>
    </DataTable>
  </List>
);
