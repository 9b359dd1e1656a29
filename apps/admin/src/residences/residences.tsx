import { RecordActions } from '../common/actions';
import ApartmentIcon from '@mui/icons-material/Apartment';
import GroupIcon from '@mui/icons-material/Group';
import {
  AutocompleteArrayInput,
  Create,
  CreateButton,
  DataTable,
  Edit,
  EmailField,
  Labeled,
  List,
  NumberField,
  NumberInput,
  required,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  ReferenceArrayInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useApiJson } from '../common/useApiJson';
import { API_URL } from '../config';
import { EditToolbar } from '../common/EditToolbar';
import { searchFilter } from '../common/SearchFilter';
import { Section } from '../common/Section';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { httpClient } from '../providers/httpClient';
import type { ResourceSpec } from '../providers/resourceSpec';
import { residenceKindChoices } from './choices';

const EDITABLE = [
  'name',
  'operatorId',
  'kind',
  'addressLine',
  'postcode',
  'city',
  'capacity',
  'rightsEmail',
  'rightsPostalAddress',
  'retentionMonthsAfterExit',
  'notes',
] as const;
export const residencesSpec: ResourceSpec = {
  sortable: ['name', 'kind', 'city', 'capacity', 'createdAt', 'updatedAt'],
  defaultSort: { field: 'name', order: 'ASC' },
  createFields: EDITABLE,
  updateFields: EDITABLE,
};

const ResidenceList = () => (
  <List
    filters={[searchFilter]}
    sort={{ field: 'name', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="operatorName" disableSort />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={residenceKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="city" />
      <DataTable.Col source="capacity" />
    </DataTable>
  </List>
);

const NONE: never[] = [];

/** The residence agents attached to the residence; administrators (residences:write) change the list. */
const Staff = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'residences', action: 'edit' });
  const { data: staff, reload } = useApiJson<Array<{ id: string; displayName: string; email: string }>>(
    record ? `/residences/${record.id}/staff` : null,
    NONE,
  );
  if (!record) return null;
  return (
    <Section title="pacte.residences.sections.staff" columns={1}>
      {staff.length === 0 ? (
        <small>{translate('pacte.residences.staff.none')}</small>
      ) : (
        <ul style={{ margin: 0 }}>
          {staff.map((s) => (
            <li key={s.id}>
              {s.displayName} ({s.email})
            </li>
          ))}
        </ul>
      )}
      {canAccess && (
        <ActionDialog
          label="pacte.residences.staff.edit"
          icon={<GroupIcon />}
          record={{ userIds: staff.map((s) => s.id) }}
          submit={(values) =>
            httpClient(`${API_URL}/residences/${record.id}/staff`, {
              method: 'PUT',
              body: JSON.stringify({ userIds: values.userIds ?? [] }),
            })
          }
          done="pacte.residences.staff.saved"
          onDone={reload}
        >
          <ReferenceArrayInput
            source="userIds"
            reference="users"
            filter={{ role: 'residence_agent', active: true }}
            sort={{ field: 'displayName', order: 'ASC' }}
          >
            <AutocompleteArrayInput
              label="pacte.residences.staff.agents"
              optionText={(u: { displayName: string; email: string }) => `${u.displayName} (${u.email})`}
              filterToQuery={(q: string) => (q ? { q } : {})}
              fullWidth
            />
          </ReferenceArrayInput>
          <small>{translate('pacte.residences.staff.help')}</small>
        </ActionDialog>
      )}
    </Section>
  );
};

const ResidenceShow = () => (
  <Show actions={<RecordActions />}>
    <SimpleShowLayout>
      <Section title="pacte.sections.identity">
        <Labeled>
          <TextField source="name" />
        </Labeled>
        <Labeled>
          <TextField source="operatorName" />
        </Labeled>
        <Labeled>
          <SelectField source="kind" choices={residenceKindChoices} />
        </Labeled>
        <Labeled>
          <NumberField source="capacity" emptyText="—" />
        </Labeled>
      </Section>
      <Section title="pacte.sections.address">
        <Labeled>
          <TextField source="addressLine" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="postcode" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="city" emptyText="—" />
        </Labeled>
      </Section>
      <Section title="pacte.residences.sections.rights">
        <Labeled>
          <EmailField source="rightsEmail" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="rightsPostalAddress" emptyText="—" />
        </Labeled>
        <Labeled>
          <NumberField source="retentionMonthsAfterExit" />
        </Labeled>
      </Section>
      <Staff />
      <Labeled>
        <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);

const ResidenceForm = () => (
  <SimpleForm toolbar={<EditToolbar deletable={false} />}>
    <Section title="pacte.sections.identity">
      <TextInput source="name" id="name" validate={required()} />
      <OrganisationReferenceInput source="operatorId" validate={required()} />
      <SelectInput source="kind" id="kind" choices={residenceKindChoices} validate={required()} />
      <NumberInput source="capacity" id="capacity" min={0} />
    </Section>
    <Section title="pacte.sections.address">
      <TextInput source="addressLine" id="addressLine" />
      <TextInput source="postcode" id="postcode" />
      <TextInput source="city" id="city" />
    </Section>
    <Section title="pacte.residences.sections.rights">
      <TextInput source="rightsEmail" id="rightsEmail" type="email" />
      <TextInput source="rightsPostalAddress" id="rightsPostalAddress" />
      <NumberInput source="retentionMonthsAfterExit" id="retentionMonthsAfterExit" min={0} max={240} />
    </Section>
    <TextInput source="notes" id="notes" multiline minRows={3} fullWidth />
  </SimpleForm>
);

export const residences = {
  list: ResidenceList,
  show: ResidenceShow,
  create: () => (
    <Create redirect="show" record={{ kind: 'social_residence', retentionMonthsAfterExit: 24 }}>
      <ResidenceForm />
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <ResidenceForm />
    </Edit>
  ),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
