import { RecordActions } from '../common/actions';
import RuleIcon from '@mui/icons-material/Rule';
import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  DateInput,
  Edit,
  Labeled,
  List,
  required,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { frenchDate, todayIn } from '@pacte/domain';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { ActionDialog } from '../common/ActionDialog';
import { useApiJson } from '../common/useApiJson';
import { API_URL } from '../config';
import { EditToolbar } from '../common/EditToolbar';
import { Section } from '../common/Section';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { httpClient } from '../providers/httpClient';
import type { ResourceSpec } from '../providers/resourceSpec';
import { legalBasisChoices } from './choices';

export const purposesSpec: ResourceSpec = {
  sortable: ['code', 'label', 'createdAt'],
  defaultSort: { field: 'code', order: 'ASC' },
  createFields: ['code', 'label', 'description', 'recipientId', 'legalBasis', 'active'],
  updateFields: ['label', 'description', 'recipientId', 'legalBasis', 'active'],
};

const PurposeList = () => (
  <List
    sort={{ field: 'code', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="label" />
      <DataTable.Col source="recipientName" disableSort />
      <DataTable.Col source="currentNoticeVersion" disableSort />
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);

interface Notice {
  id: string;
  versionLabel: string;
  effectiveFrom: string;
  body: string;
  bodySha256: string;
}

const NONE: Notice[] = [];

/** Notice versions never change once added (the sha256 proves the text shown); the DPO adds new ones. */
const Notices = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'purposes', action: 'edit' });
  const { data: notices, reload } = useApiJson<Notice[]>(
    record ? `/purposes/${record.id}/notices` : null,
    NONE,
  );
  if (!record) return null;
  return (
    <Section title="pacte.residences.sections.notices" columns={1}>
      {notices.map((n) => (
        <Box key={n.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
          <Typography variant="subtitle2">
            {n.versionLabel} — {frenchDate(n.effectiveFrom)}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line', my: 1 }}>
            {n.body}
          </Typography>
          <Typography variant="caption" sx={{ wordBreak: 'break-all' }}>
            SHA-256 : {n.bodySha256}
          </Typography>
        </Box>
      ))}
      {canAccess && (
        <ActionDialog
          label="pacte.residences.notice.add"
          icon={<NoteAddIcon />}
          record={{ effectiveFrom: todayIn('Europe/Paris') }}
          submit={(values) =>
            httpClient(`${API_URL}/purposes/${record.id}/notices`, {
              method: 'POST',
              body: JSON.stringify(values),
            })
          }
          done="pacte.residences.notice.saved"
          onDone={reload}
        >
          <TextInput
            source="versionLabel"
            label="pacte.residences.notice.versionLabel"
            validate={required()}
            fullWidth
          />
          <DateInput
            source="effectiveFrom"
            label="pacte.residences.notice.effectiveFrom"
            validate={required()}
            fullWidth
          />
          <TextInput
            source="body"
            label="pacte.residences.notice.body"
            validate={required()}
            multiline
            minRows={6}
            fullWidth
          />
          <small>{translate('pacte.residences.notice.help')}</small>
        </ActionDialog>
      )}
    </Section>
  );
};

const PurposeShow = () => (
  <Show actions={<RecordActions />}>
    <SimpleShowLayout>
      <Section title="pacte.sections.identity">
        <Labeled>
          <TextField source="code" />
        </Labeled>
        <Labeled>
          <TextField source="label" />
        </Labeled>
        <Labeled>
          <TextField source="recipientName" emptyText="—" />
        </Labeled>
        <Labeled>
          <SelectField source="legalBasis" choices={legalBasisChoices} />
        </Labeled>
        <Labeled>
          <BooleanField source="active" />
        </Labeled>
        <Labeled>
          <TextField source="description" emptyText="—" />
        </Labeled>
      </Section>
      <Notices />
    </SimpleShowLayout>
  </Show>
);

const PurposeForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm toolbar={<EditToolbar deletable={false} />}>
    <TextInput source="code" id="code" validate={required()} disabled={!creating} />
    <TextInput source="label" id="label" validate={required()} fullWidth />
    <TextInput source="description" id="description" multiline minRows={2} fullWidth />
    <OrganisationReferenceInput source="recipientId" />
    <SelectInput source="legalBasis" id="legalBasis" choices={legalBasisChoices} validate={required()} />
    <BooleanInput source="active" id="active" />
  </SimpleForm>
);

export const purposes = {
  list: PurposeList,
  show: PurposeShow,
  create: () => (
    <Create redirect="show" record={{ legalBasis: 'consent', active: true }}>
      <PurposeForm creating />
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <PurposeForm />
    </Edit>
  ),
  icon: RuleIcon,
  recordRepresentation: 'label',
};
