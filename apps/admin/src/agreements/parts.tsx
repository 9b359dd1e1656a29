import { useState, type FormEvent, type ReactNode } from 'react';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DoneIcon from '@mui/icons-material/Done';
import {
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link as MuiLink,
  Typography,
} from '@mui/material';
import {
  Button,
  CreateBase,
  DataTable,
  DateInput,
  Form,
  NumberInput,
  ReferenceField,
  ReferenceManyField,
  SaveButton,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  required,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
  type SortPayload,
} from 'react-admin';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { useUpload } from '../common/useUpload';
import { documentUrl, uploadDocument } from './api';
import { documentKindChoices, recurrenceChoices, renewalChoices, unitChoices } from './choices';
import { CentsInput, IsoDateField, ObligationStatusField } from './fields';

const useCanEditAgreement = () => useCanAccess({ resource: 'agreements', action: 'edit' }).canAccess === true;

/** Adds a part (amendment, obligation, meeting) to the agreement shown, in a dialog; the API checks the rest. */
const AddPartButton = ({
  resource,
  label,
  children,
}: {
  resource: string;
  label: string;
  children: ReactNode;
}) => {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  if (!useCanEditAgreement() || !record) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md">
        {/* Parts are guarded by the agreement's permission: the create controller's own check is bypassed, the API enforces it. */}
        <CreateBase
          resource={resource}
          record={{ agreementId: record.id }}
          redirect={false}
          disableAuthentication
          mutationOptions={{
            onSuccess: () => {
              setOpen(false);
              notify('ra.notification.created', { messageArgs: { smart_count: 1 } });
              refresh();
            },
          }}
        >
          <Form>
            <DialogTitle>{translate(label)}</DialogTitle>
            <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
              {children}
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <SaveButton />
            </DialogActions>
          </Form>
        </CreateBase>
      </Dialog>
    </>
  );
};

const Toolbar = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>{children}</Box>
);

const Empty = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ py: 1 }}>
      {translate('ra.navigation.no_results', {
        name: translate(`resources.${resource}.name`, { smart_count: 2 }),
      })}
    </Typography>
  );
};

/** The list of one kind of part of the agreement (amendments, obligations…), as a tab shows it. */
const PartTable = ({
  reference,
  sort,
  children,
}: {
  reference: string;
  sort: SortPayload;
  children: ReactNode;
}) => (
  <ReferenceManyField reference={reference} target="agreementId" sort={sort} perPage={100}>
    <DataTable
      bulkActionButtons={false}
      rowClick={false}
      resource={reference}
      empty={<Empty resource={reference} />}
    >
      {children}
    </DataTable>
  </ReferenceManyField>
);

const ChangesField = () => {
  const changes = useRecordContext()?.changes as Record<string, unknown> | null | undefined;
  const translate = useTranslate();
  if (!changes) return <>—</>;
  return (
    <>
      {Object.entries(changes)
        .map(
          ([field, value]) =>
            `${translate(`resources.agreements.fields.${field}`)} : ${String(value ?? '—')}`,
        )
        .join(' ; ')}
    </>
  );
};

export const AmendmentsTab = () => (
  <Box sx={{ width: '100%' }}>
    <Toolbar>
      <AddPartButton resource="agreement-amendments" label="pacte.agreements.add_amendment">
        <NumberInput source="number" id="amendment-number" validate={required()} />
        <DateInput source="date" id="amendment-date" validate={required()} />
        <TextInput source="summary" id="amendment-summary" validate={required()} multiline minRows={2} />
        <Typography variant="body2" color="text.secondary">
          <AmendmentHint />
        </Typography>
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { md: 'repeat(3, 1fr)' } }}>
          <DateInput source="changes.endDate" label="resources.agreements.fields.endDate" />
          <NumberInput source="changes.durationValue" label="resources.agreements.fields.durationValue" />
          <SelectInput
            source="changes.durationUnit"
            label="resources.agreements.fields.durationUnit"
            choices={unitChoices}
          />
          <SelectInput
            source="changes.renewal"
            label="resources.agreements.fields.renewal"
            choices={renewalChoices}
          />
          <NumberInput
            source="changes.noticePeriodValue"
            label="resources.agreements.fields.noticePeriodValue"
          />
          <SelectInput
            source="changes.noticePeriodUnit"
            label="resources.agreements.fields.noticePeriodUnit"
            choices={unitChoices}
          />
          <CentsInput
            source="changes.totalAmountCents"
            label="resources.agreements.fields.totalAmountCents"
          />
        </Box>
      </AddPartButton>
    </Toolbar>
    <PartTable reference="agreement-amendments" sort={{ field: 'number', order: 'ASC' }}>
      <DataTable.Col source="number" />
      <DataTable.Col source="date">
        <IsoDateField source="date" />
      </DataTable.Col>
      <DataTable.Col source="summary" disableSort />
      <DataTable.Col source="changes" disableSort>
        <ChangesField />
      </DataTable.Col>
    </PartTable>
  </Box>
);

const AmendmentHint = () => <>{useTranslate()('pacte.agreements.changes_hint')}</>;

const MarkDoneButton = () => {
  const record = useRecordContext();
  const [update, { isPending }] = useUpdate();
  const refresh = useRefresh();
  const canEdit = useCanEditAgreement();
  if (!record || record.status === 'done' || !canEdit) return null;
  return (
    <Button
      label="pacte.agreements.mark_done"
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        update(
          'agreement-obligations',
          { id: record.id, data: { status: 'done' }, previousData: record },
          { onSuccess: () => refresh() },
        );
      }}
    >
      <DoneIcon />
    </Button>
  );
};

export const ObligationsTab = () => (
  <Box sx={{ width: '100%' }}>
    <Toolbar>
      <AddPartButton resource="agreement-obligations" label="pacte.agreements.add_obligation">
        <TextInput source="description" id="obligation-description" validate={required()} multiline />
        <OrganisationReferenceInput source="partyOrganisationId" />
        <DateInput source="dueDate" id="obligation-dueDate" />
        <SelectInput
          source="recurrence"
          id="obligation-recurrence"
          choices={recurrenceChoices}
          defaultValue="once"
        />
      </AddPartButton>
    </Toolbar>
    <PartTable reference="agreement-obligations" sort={{ field: 'dueDate', order: 'ASC' }}>
      <DataTable.Col source="description" disableSort />
      <DataTable.Col source="partyOrganisationId" disableSort>
        <ReferenceField source="partyOrganisationId" reference="organisations" link="show" emptyText="—">
          <TextField source="shortName" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="dueDate">
        <IsoDateField source="dueDate" />
      </DataTable.Col>
      <DataTable.Col source="recurrence" disableSort>
        <SelectField source="recurrence" choices={recurrenceChoices} />
      </DataTable.Col>
      <DataTable.Col source="effectiveStatus">
        <ObligationStatusField />
      </DataTable.Col>
      <DataTable.Col disableSort>
        <MarkDoneButton />
      </DataTable.Col>
    </PartTable>
  </Box>
);

export const MeetingsTab = () => (
  <Box sx={{ width: '100%' }}>
    <Toolbar>
      <AddPartButton resource="agreement-meetings" label="pacte.agreements.add_meeting">
        <TextInput source="title" id="meeting-title" validate={required()} />
        <SelectInput
          source="recurrence"
          id="meeting-recurrence"
          choices={recurrenceChoices}
          validate={required()}
        />
        <DateInput source="nextDate" id="meeting-nextDate" />
        <TextInput source="participants" id="meeting-participants" multiline />
      </AddPartButton>
    </Toolbar>
    <PartTable reference="agreement-meetings" sort={{ field: 'nextDate', order: 'ASC' }}>
      <DataTable.Col source="title" />
      <DataTable.Col source="recurrence">
        <SelectField source="recurrence" choices={recurrenceChoices} />
      </DataTable.Col>
      <DataTable.Col source="participants" disableSort />
      <DataTable.Col source="nextOccurrence" disableSort>
        <IsoDateField source="nextOccurrence" />
      </DataTable.Col>
    </PartTable>
  </Box>
);

const UploadButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { busy, upload } = useUpload();
  const { canAccess } = useCanAccess({ resource: 'agreement-documents', action: 'create' });
  if (!canAccess || !record) return null;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set('agreementId', String(record.id));
    if (!form.get('title')) form.delete('title');
    if (await upload(() => uploadDocument(form), 'pacte.agreements.upload_done')) setOpen(false);
  };
  return (
    <>
      <Button label="pacte.agreements.upload" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <form onSubmit={submit} aria-label={translate('pacte.agreements.upload')}>
          <DialogTitle>{translate('pacte.agreements.upload')}</DialogTitle>
          <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
            <label>
              {translate('resources.agreement-documents.fields.file')}
              <br />
              <input
                type="file"
                name="file"
                id="document-file"
                required
                accept=".pdf,.odt,.docx,.png,.jpg,.jpeg"
              />
            </label>
            <label>
              {translate('resources.agreement-documents.fields.kind')}
              <br />
              <select name="kind" id="document-kind" defaultValue="signed">
                {documentKindChoices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {translate('resources.agreement-documents.fields.title')}
              <br />
              <input type="text" name="title" id="document-title" maxLength={300} style={{ width: '100%' }} />
            </label>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <Button label="pacte.agreements.upload" type="submit" variant="contained" disabled={busy} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};

const DownloadLink = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <MuiLink href={documentUrl(String(record.id))} download={String(record.fileName)}>
      {translate('pacte.agreements.download')}
    </MuiLink>
  );
};

const SizeField = () => {
  const size = useRecordContext()?.sizeBytes as number | undefined;
  return (
    <>
      {typeof size === 'number'
        ? `${(size / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Kio`
        : '—'}
    </>
  );
};

const ShortHash = () => {
  const hash = String(useRecordContext()?.sha256 ?? '');
  return <span title={hash}>{hash.slice(0, 12)}…</span>;
};

export const DocumentsTab = () => (
  <Box sx={{ width: '100%' }}>
    <Toolbar>
      <UploadButton />
    </Toolbar>
    <PartTable reference="agreement-documents" sort={{ field: 'createdAt', order: 'DESC' }}>
      <DataTable.Col source="title" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={documentKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="fileName" disableSort />
      <DataTable.Col source="sizeBytes">
        <SizeField />
      </DataTable.Col>
      <DataTable.Col source="sha256" disableSort>
        <ShortHash />
      </DataTable.Col>
      <DataTable.Col disableSort>
        <DownloadLink />
      </DataTable.Col>
    </PartTable>
  </Box>
);
