import { ListActions, RecordActions } from '../common/actions';
import GavelIcon from '@mui/icons-material/Gavel';
import {
  ArrayField,
  ArrayInput,
  AutocompleteArrayInput,
  BooleanField,
  ChipField,
  Create,
  DataTable,
  DateInput,
  Edit,
  FormDataConsumer,
  Labeled,
  List,
  NumberField,
  NumberInput,
  ReferenceArrayField,
  ReferenceArrayInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  maxLength,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { searchFilter } from '../common/SearchFilter';
import { Section } from '../common/Section';
import { bodyChoices, voteChoices } from './choices';
import { IsoDateField } from './fields';

const filters = [searchFilter, <SelectInput key="body" source="body" choices={bodyChoices} />];

const VoteField = () => {
  const record = useRecordContext();
  if (!record) return null;
  if (record.voteKind === 'unanimity') return <>À l’unanimité</>;
  return (
    <>{`${String(record.votesFor ?? 0)} pour, ${String(record.votesAgainst ?? 0)} contre, ${String(record.abstentions ?? 0)} abstention(s)`}</>
  );
};

const NamesField = ({ source }: { source: string; label?: string }) => {
  const names = (useRecordContext()?.[source] as string[] | undefined) ?? [];
  return <>{names.length ? names.join(', ') : '—'}</>;
};

export const DeliberationList = () => (
  <List filters={filters} sort={{ field: 'sessionDate', order: 'DESC' }} actions={<ListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="sessionDate">
        <IsoDateField source="sessionDate" />
      </DataTable.Col>
      <DataTable.Col source="body">
        <SelectField source="body" choices={bodyChoices} />
      </DataTable.Col>
      <DataTable.Col source="subject" />
      <DataTable.Col source="voteKind" disableSort>
        <VoteField />
      </DataTable.Col>
      <DataTable.Col source="quorumReached" disableSort>
        <BooleanField source="quorumReached" />
      </DataTable.Col>
    </DataTable>
  </List>
);

const Date = ({ source }: { source: string }) => (
  <Labeled source={source}>
    <IsoDateField source={source} />
  </Labeled>
);

export const DeliberationShow = () => (
  <Show actions={<RecordActions deletable />}>
    <SimpleShowLayout>
      <Section title="pacte.deliberations.sections.session">
        <Labeled source="body">
          <SelectField source="body" choices={bodyChoices} />
        </Labeled>
        <Labeled source="number">
          <TextField source="number" />
        </Labeled>
        <Date source="sessionDate" />
        <Date source="convocationDate" />
        <Labeled source="president">
          <TextField source="president" emptyText="—" />
        </Labeled>
      </Section>
      <TextField source="subject" />
      <Section title="pacte.deliberations.sections.attendance">
        <Labeled source="membersInOffice">
          <NumberField source="membersInOffice" />
        </Labeled>
        <Labeled source="attendingCount">
          <NumberField source="attendingCount" />
        </Labeled>
        <Labeled source="quorumRequired">
          <NumberField source="quorumRequired" />
        </Labeled>
        <Labeled source="quorumReached">
          <BooleanField source="quorumReached" />
        </Labeled>
      </Section>
      <Labeled source="membersPresent">
        <NamesField source="membersPresent" />
      </Labeled>
      <ArrayField source="membersRepresented">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="member" label="resources.deliberations.fields.membersRepresented.member" />
          <DataTable.Col source="by" label="resources.deliberations.fields.membersRepresented.by" />
        </DataTable>
      </ArrayField>
      <Labeled source="membersExcused">
        <NamesField source="membersExcused" />
      </Labeled>
      <Section title="pacte.deliberations.sections.vote">
        <Labeled source="voteKind">
          <VoteField />
        </Labeled>
        <Labeled source="agreementIds">
          <ReferenceArrayField source="agreementIds" reference="agreements">
            <SingleFieldList>
              <ChipField source="reference" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
      </Section>
      <TextField source="decision" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <Section title="pacte.deliberations.sections.acts">
        <Date source="publicationDate" />
        <Date source="prefectureDepositDate" />
      </Section>
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);

/** Names typed one per line ↔ the API's list of names. */
const lines = {
  format: (v: unknown) => (Array.isArray(v) ? v.join('\n') : ''),
  parse: (v: string) =>
    v
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
};

const DeliberationForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm toolbar={<EditToolbar deletable={!creating} />}>
    <Section title="pacte.deliberations.sections.session">
      <SelectInput source="body" choices={bodyChoices} validate={required()} />
      <TextInput source="number" validate={[required(), maxLength(40)]} />
      <DateInput source="sessionDate" validate={required()} />
      <DateInput source="convocationDate" />
      <TextInput source="president" />
    </Section>
    <TextInput source="subject" validate={required()} multiline fullWidth />
    <Section title="pacte.deliberations.sections.attendance">
      <NumberInput source="membersInOffice" validate={[required(), minValue(1)]} />
      <TextInput
        source="membersPresent"
        multiline
        minRows={3}
        format={lines.format}
        parse={lines.parse}
        helperText="Un nom par ligne"
      />
      <TextInput
        source="membersExcused"
        multiline
        minRows={3}
        format={lines.format}
        parse={lines.parse}
        helperText="Un nom par ligne"
      />
    </Section>
    <ArrayInput source="membersRepresented">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="member" validate={required()} />
        <TextInput source="by" validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
    <Section title="pacte.deliberations.sections.vote">
      <SelectInput source="voteKind" choices={voteChoices} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.voteKind === 'counts' && (
            <>
              <NumberInput source="votesFor" validate={minValue(0)} />
              <NumberInput source="votesAgainst" validate={minValue(0)} />
              <NumberInput source="abstentions" validate={minValue(0)} />
            </>
          )
        }
      </FormDataConsumer>
      <ReferenceArrayInput
        source="agreementIds"
        reference="agreements"
        sort={{ field: 'reference', order: 'ASC' }}
      >
        <AutocompleteArrayInput optionText="reference" filterToQuery={(q: string) => (q ? { q } : {})} />
      </ReferenceArrayInput>
    </Section>
    <TextInput source="decision" multiline minRows={3} fullWidth />
    <Section title="pacte.deliberations.sections.acts">
      <DateInput source="publicationDate" />
      <DateInput source="prefectureDepositDate" />
    </Section>
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const DeliberationCreate = () => (
  <Create
    redirect="show"
    record={{
      body: 'ccas_board',
      voteKind: 'unanimity',
      membersPresent: [],
      membersRepresented: [],
      membersExcused: [],
      agreementIds: [],
    }}
  >
    <DeliberationForm creating />
  </Create>
);

export const DeliberationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <DeliberationForm />
  </Edit>
);

export const deliberations = {
  list: DeliberationList,
  show: DeliberationShow,
  create: DeliberationCreate,
  edit: DeliberationEdit,
  icon: GavelIcon,
  recordRepresentation: 'number',
};
