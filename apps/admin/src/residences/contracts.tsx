import { RecordActions } from '../common/actions';
import { Box, Button as MuiButton, Link as MuiLink, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ChangeEvent } from 'react';
import { useUpload } from '../common/useUpload';
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
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { contractDocumentUrl, uploadContractDocument } from './api';
import { frenchDate, isIsoDate } from '@pacte/domain';
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

/** The signed contract's scan: download it, or attach one (a residence agent, on his residence's contracts). */
const SignedContract = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { busy, upload } = useUpload();
  const { canAccess } = useCanAccess({ resource: 'residency-contracts', action: 'edit', record });
  if (!record) return null;
  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    await upload(
      () => uploadContractDocument(String(record.id), file),
      'pacte.residences.contract_document.attached',
    );
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      {record.documentName ? (
        <MuiLink href={contractDocumentUrl(String(record.id))} download={String(record.documentName)}>
          {String(record.documentName)} — {translate('pacte.residences.contract_document.download')}
        </MuiLink>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('pacte.residences.contract_document.none')}
        </Typography>
      )}
      {canAccess && (
        <MuiButton component="label" size="small" startIcon={<UploadFileIcon />} disabled={busy}>
          {translate(
            record.documentName
              ? 'pacte.residences.contract_document.replace'
              : 'pacte.residences.contract_document.attach',
          )}
          <input
            hidden
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp"
            aria-label={translate('pacte.residences.contract_document.file')}
            onChange={(event) => void attach(event)}
          />
        </MuiButton>
      )}
    </Box>
  );
};

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
        <Labeled source="documentName">
          <SignedContract />
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
  // « Contrat de résidence DUPONT Jean — 02/11/2026 » (the template's title repeated the resource's name).
  recordRepresentation: (record: { residentName?: string; signedOn?: string }) =>
    `${record.residentName ?? ''} — ${isIsoDate(record.signedOn) ? frenchDate(record.signedOn) : ''}`,
};
