import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent, FieldChange } from './actions';

const REGISTERED = ['organisations', 'contacts', 'users'];

const DANGER = new Set(['delete', 'login_failure', 'login_locked', 'permission_denied']);

export const AuditActionField = (_props: { source?: 'action'; label?: string }) => {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      sx={{ width: 'fit-content' }}
      color={DANGER.has(record.action) ? 'error' : record.action === 'update' ? 'primary' : 'default'}
      label={translate(`resources.audit-events.actions.${record.action}`, { _: record.action })}
    />
  );
};

/** « contacts » → « Référent », linked to the object when the admin knows the resource. */
export const AuditEntityField = ({
  withId = false,
}: {
  source?: 'entityType';
  label?: string;
  withId?: boolean;
}) => {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record?.entityType) return <span>—</span>;
  const type = translate(`resources.${record.entityType}.name`, { smart_count: 1, _: record.entityType });
  if (!withId || !record.entityId) return <span>{type}</span>;
  if (!REGISTERED.includes(record.entityType)) return <span>{`${type} ${record.entityId}`}</span>;
  return (
    <Link to={createPath({ resource: record.entityType, id: record.entityId, type: 'show' })}>
      {`${type} ${record.entityId}`}
    </Link>
  );
};

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The field label of the audited resource when known (« jobTitle » → « Fonction »). */
function useFieldLabel(entityType: string | null) {
  const translate = useTranslate();
  return (field: string) =>
    entityType ? translate(`resources.${entityType}.fields.${field}`, { _: field }) : field;
}

/** `changes` as a table Champ / Avant / Après. */
export const ChangesTable = (_props: { source?: 'changes'; label?: string }) => {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  const fieldLabel = useFieldLabel(record?.entityType ?? null);
  const entries = Object.entries(record?.changes ?? {}) as Array<[string, FieldChange]>;
  if (entries.length === 0) {
    return <Typography variant="body2">{translate('resources.audit-events.no_changes')}</Typography>;
  }
  return (
    <Table size="small" data-testid="audit-changes" sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.audit-events.fields.field')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.before')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(([field, change]) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {fieldLabel(field)}
            </TableCell>
            <TableCell sx={{ color: 'error.main', wordBreak: 'break-word' }}>
              {display(change?.before)}
            </TableCell>
            <TableCell sx={{ color: 'success.main', wordBreak: 'break-word' }}>
              {display(change?.after)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** One line per change for the list: « Fonction : A → B ». */
export const ChangesSummary = (_props: { source?: 'changes'; label?: string }) => {
  const record = useRecordContext<AuditEvent>();
  const fieldLabel = useFieldLabel(record?.entityType ?? null);
  const entries = Object.entries(record?.changes ?? {}) as Array<[string, FieldChange]>;
  if (entries.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2, typography: 'body2' }}>
      {entries.slice(0, 3).map(([field, change]) => (
        <li key={field}>{`${fieldLabel(field)} : ${display(change?.before)} → ${display(change?.after)}`}</li>
      ))}
      {entries.length > 3 && <li>…</li>}
    </Box>
  );
};

export const JsonField = ({ source }: { source: 'details'; label?: string }) => {
  const record = useRecordContext<AuditEvent>();
  const value = record?.[source];
  if (value === null || value === undefined) return <span>—</span>;
  return (
    <Box
      component="pre"
      sx={{ m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: '0.8rem', overflowX: 'auto' }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};
