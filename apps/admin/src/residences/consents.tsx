import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Alert } from '@mui/material';
import {
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  Labeled,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { Section } from '../common/Section';
import type { ResourceSpec } from '../providers/resourceSpec';
import { channelChoices, decisionChoices, methodChoices } from './choices';

export const consentsSpec: ResourceSpec = {
  sortable: ['seq', 'decidedAt', 'recordedAt', 'decision'],
  defaultSort: { field: 'seq', order: 'DESC' },
};

const filters = [
  <SelectInput key="decision" source="decision" choices={decisionChoices} alwaysOn />,
  <DateInput key="decidedAt_gte" source="decidedAt_gte" />,
  <DateInput key="decidedAt_lte" source="decidedAt_lte" />,
];

/** The ledger, newest first. Events are never edited: the page has no edit or delete. */
const ConsentList = () => (
  <List
    filters={filters}
    sort={{ field: 'seq', order: 'DESC' }}
    perPage={25}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="seq" />
      <DataTable.Col source="decidedAt">
        <DateTimeField source="decidedAt" />
      </DataTable.Col>
      <DataTable.Col source="residentName" disableSort>
        <ReferenceField source="residentId" reference="residents" link="show" />
      </DataTable.Col>
      <DataTable.Col source="purposeLabel" disableSort />
      <DataTable.Col source="decision">
        <SelectField source="decision" choices={decisionChoices} />
      </DataTable.Col>
      <DataTable.Col source="collectedByName" disableSort />
      <DataTable.Col source="correctedById" disableSort>
        <TextField source="correctedById" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);

const AppendOnly = () => {
  const translate = useTranslate();
  return <Alert severity="info">{translate('pacte.residences.sections.ledger')}</Alert>;
};

const ConsentShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <AppendOnly />
      <Section title="pacte.sections.details">
        <Labeled>
          <ReferenceField source="residentId" reference="residents" link="show" />
        </Labeled>
        <Labeled>
          <TextField source="purposeLabel" />
        </Labeled>
        <Labeled>
          <TextField source="recipientName" emptyText="—" />
        </Labeled>
        <Labeled>
          <SelectField source="decision" choices={decisionChoices} />
        </Labeled>
        <Labeled>
          <DateTimeField source="decidedAt" />
        </Labeled>
        <Labeled>
          <SelectField source="method" choices={methodChoices} emptyText="—" />
        </Labeled>
        <Labeled>
          <SelectField source="channel" choices={channelChoices} emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="collectedByName" />
        </Labeled>
        <Labeled>
          <TextField source="note" emptyText="—" />
        </Labeled>
      </Section>
      <Section title="pacte.residences.sections.proof">
        <Labeled>
          <TextField source="noticeVersion" />
        </Labeled>
        <Labeled>
          <TextField source="noticeSha256" sx={{ wordBreak: 'break-all' }} />
        </Labeled>
        <Labeled>
          <TextField source="evidenceName" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="evidenceSha256" emptyText="—" sx={{ wordBreak: 'break-all' }} />
        </Labeled>
        <Labeled>
          <TextField source="correctsId" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="correctedById" emptyText="—" />
        </Labeled>
        <Labeled>
          <DateTimeField source="recordedAt" />
        </Labeled>
      </Section>
    </SimpleShowLayout>
  </Show>
);

export const consents = {
  list: ConsentList,
  show: ConsentShow,
  icon: FactCheckIcon,
  recordRepresentation: 'residentName',
};
