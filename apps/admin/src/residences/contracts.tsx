import { RecordActions } from '../common/actions';
import ArticleIcon from '@mui/icons-material/Article';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  DateField,
  DateInput,
  Edit,
  Labeled,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { Section } from '../common/Section';
import type { ResourceSpec } from '../providers/resourceSpec';

const TEMPLATE_FIELDS = ['residenceId', 'title', 'versionLabel', 'effectiveFrom', 'body'] as const;
export const contractTemplatesSpec: ResourceSpec = {
  sortable: ['title', 'versionLabel', 'effectiveFrom', 'createdAt'],
  defaultSort: { field: 'effectiveFrom', order: 'DESC' },
  createFields: TEMPLATE_FIELDS,
  updateFields: TEMPLATE_FIELDS,
};
const CONTRACT_FIELDS = [
  'residentId',
  'templateId',
  'signedOn',
  'startsOn',
  'endsOn',
  'informedOfDataProcessing',
  'notes',
] as const;
export const residencyContractsSpec: ResourceSpec = {
  sortable: ['signedOn', 'startsOn', 'endsOn', 'createdAt'],
  defaultSort: { field: 'signedOn', order: 'DESC' },
  createFields: CONTRACT_FIELDS,
  updateFields: CONTRACT_FIELDS,
};

const Day = ({ source }: { source: string }) => <DateField source={source} locales="fr-FR" emptyText="—" />;

const TemplateForm = () => (
  <SimpleForm toolbar={<EditToolbar deletable={false} />}>
    <ReferenceInput source="residenceId" reference="residences">
      <SelectInput optionText="name" id="residenceId" validate={required()} />
    </ReferenceInput>
    <TextInput source="title" id="title" validate={required()} fullWidth />
    <TextInput source="versionLabel" id="versionLabel" validate={required()} />
    <DateInput source="effectiveFrom" id="effectiveFrom" validate={required()} />
    <TextInput source="body" id="body" validate={required()} multiline minRows={12} fullWidth />
  </SimpleForm>
);

export const contractTemplates = {
  list: () => (
    <List
      sort={{ field: 'effectiveFrom', order: 'DESC' }}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="versionLabel" />
        <DataTable.Col source="effectiveFrom">
          <Day source="effectiveFrom" />
        </DataTable.Col>
        <DataTable.Col source="residenceName" disableSort />
        <DataTable.Col source="used" disableSort>
          <BooleanField source="used" />
        </DataTable.Col>
      </DataTable>
    </List>
  ),
  show: () => (
    <Show actions={<RecordActions />}>
      <SimpleShowLayout>
        <Section title="pacte.sections.identity">
          <Labeled>
            <TextField source="title" />
          </Labeled>
          <Labeled>
            <TextField source="versionLabel" />
          </Labeled>
          <Labeled>
            <Day source="effectiveFrom" />
          </Labeled>
          <Labeled>
            <TextField source="residenceName" />
          </Labeled>
          <Labeled>
            <BooleanField source="used" />
          </Labeled>
          <Labeled>
            <TextField source="bodySha256" sx={{ wordBreak: 'break-all' }} />
          </Labeled>
        </Section>
        <Labeled>
          <TextField source="body" sx={{ whiteSpace: 'pre-line' }} />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  ),
  create: () => (
    <Create redirect="show">
      <TemplateForm />
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <TemplateForm />
    </Edit>
  ),
  icon: ArticleIcon,
  recordRepresentation: (record: { title?: string; versionLabel?: string }) =>
    `${record.title ?? ''} (${record.versionLabel ?? ''})`,
};

const ContractForm = () => (
  <SimpleForm toolbar={<EditToolbar deletable={false} />}>
    <ReferenceInput source="residentId" reference="residents">
      <AutocompleteInput
        id="residentId"
        optionText="fullName"
        validate={required()}
        filterToQuery={(q: string) => (q ? { q } : {})}
      />
    </ReferenceInput>
    <ReferenceInput source="templateId" reference="contract-templates">
      <SelectInput
        id="templateId"
        optionText={(r: { title: string; versionLabel: string }) => `${r.title} (${r.versionLabel})`}
        validate={required()}
      />
    </ReferenceInput>
    <DateInput source="signedOn" id="signedOn" validate={required()} />
    <DateInput source="startsOn" id="startsOn" validate={required()} />
    <DateInput source="endsOn" id="endsOn" />
    <BooleanInput source="informedOfDataProcessing" id="informedOfDataProcessing" />
    <TextInput source="notes" id="notes" multiline minRows={2} fullWidth />
  </SimpleForm>
);

export const residencyContracts = {
  list: () => (
    <List
      sort={{ field: 'signedOn', order: 'DESC' }}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="residentName" disableSort />
        <DataTable.Col source="templateLabel" disableSort />
        <DataTable.Col source="signedOn">
          <Day source="signedOn" />
        </DataTable.Col>
        <DataTable.Col source="informedOfDataProcessing" disableSort>
          <BooleanField source="informedOfDataProcessing" />
        </DataTable.Col>
      </DataTable>
    </List>
  ),
  show: () => (
    <Show actions={<RecordActions />}>
      <SimpleShowLayout>
        <Labeled>
          <ReferenceField source="residentId" reference="residents" link="show" />
        </Labeled>
        <Labeled>
          <TextField source="templateLabel" />
        </Labeled>
        <Labeled>
          <Day source="signedOn" />
        </Labeled>
        <Labeled>
          <Day source="startsOn" />
        </Labeled>
        <Labeled>
          <Day source="endsOn" />
        </Labeled>
        <Labeled>
          <BooleanField source="informedOfDataProcessing" />
        </Labeled>
        <Labeled>
          <TextField source="documentName" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="documentSha256" emptyText="—" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  ),
  create: () => (
    <Create redirect="show" record={{ informedOfDataProcessing: true }}>
      <ContractForm />
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <ContractForm />
    </Edit>
  ),
  icon: HistoryEduIcon,
  recordRepresentation: 'templateLabel',
};
