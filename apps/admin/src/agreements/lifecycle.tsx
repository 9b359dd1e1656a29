import { useEffect, useState } from 'react';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import {
  AGREEMENT_STATE_LABELS,
  AGREEMENT_TRANSITIONS,
  frenchDate,
  isAgreementState,
  isIsoDate,
  todayIn,
  type AgreementState,
} from '@pacte/domain';
import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { fetchHistory, postRenewal, postTransition, type HistoryEvent } from './api';
import { euros } from './fields';

const today = () => todayIn('Europe/Paris');
const label = (state: unknown) =>
  isAgreementState(state) ? AGREEMENT_STATE_LABELS[state] : String(state ?? '—');

/** Moves the agreement along its lifecycle (allowed transitions only, with a reason). */
export const TransitionButton = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'agreements', action: 'edit' });
  if (!record || !canAccess || !isAgreementState(record.lifecycleState)) return null;
  const choices = AGREEMENT_TRANSITIONS[record.lifecycleState as AgreementState].map((id) => ({
    id,
    name: AGREEMENT_STATE_LABELS[id],
  }));
  return (
    <ActionDialog
      label="pacte.agreements.transition.button"
      title="pacte.agreements.transition.title"
      icon={<SyncAltIcon />}
      disabled={choices.length === 0}
      record={{ date: today() }}
      submit={(v) =>
        postTransition(String(record.id), {
          to: String(v.to),
          reason: String(v.reason ?? ''),
          date: (v.date as string) || null,
          deliberationId: (v.deliberationId as string) || null,
        })
      }
      done="pacte.agreements.transition.done"
    >
      <SelectInput
        source="to"
        id="transition-to"
        label="pacte.agreements.transition.to"
        choices={choices}
        validate={required()}
        fullWidth
      />
      <TextInput
        source="reason"
        id="transition-reason"
        label="pacte.agreements.transition.reason"
        validate={required()}
        multiline
        fullWidth
      />
      <DateInput source="date" id="transition-date" label="pacte.agreements.transition.date" fullWidth />
      <FormDataConsumer>
        {({ formData }) =>
          formData.to === 'approved' && (
            <ReferenceInput
              source="deliberationId"
              reference="deliberations"
              sort={{ field: 'sessionDate', order: 'DESC' }}
            >
              <AutocompleteInput
                label="pacte.agreements.transition.deliberation"
                optionText="number"
                validate={required()}
                filterToQuery={(q: string) => (q ? { q } : {})}
              />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
    </ActionDialog>
  );
};

/** Records an express renewal decision (a tacit one rolls by itself). */
export const RenewalButton = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'agreements', action: 'edit' });
  if (!record || !canAccess || record.renewal !== 'express') return null;
  return (
    <ActionDialog
      label="pacte.agreements.renew.button"
      icon={<AutorenewIcon />}
      record={{ decisionDate: today() }}
      submit={(v) =>
        postRenewal(String(record.id), {
          decisionDate: String(v.decisionDate),
          termEnd: (v.termEnd as string) || null,
          note: (v.note as string) || null,
        })
      }
      done="pacte.agreements.renew.done"
    >
      <DateInput
        source="decisionDate"
        label="pacte.agreements.renew.decisionDate"
        validate={required()}
        fullWidth
      />
      <DateInput source="termEnd" label="pacte.agreements.renew.termEnd" fullWidth />
      <TextInput source="note" label="resources.agreements.fields.notes" multiline fullWidth />
    </ActionDialog>
  );
};

const day = (value: unknown) => (isIsoDate(value) ? frenchDate(value) : '');

const show = (field: string, value: unknown) => {
  if (value === null || value === undefined) return '—';
  if (field === 'totalAmountCents' && typeof value === 'number') return euros(value);
  if (field === 'status') return label(value);
  return isIsoDate(value) ? frenchDate(value) : String(value);
};

const BeforeAfter = ({ event }: { event: HistoryEvent }) => {
  const translate = useTranslate();
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
  if (changed.length === 0) return null;
  return (
    <Box
      component="table"
      sx={{ mt: 1, borderCollapse: 'collapse', '& td, & th': { border: 1, borderColor: 'divider', px: 1 } }}
    >
      <thead>
        <tr>
          <th />
          <th>{translate('pacte.agreements.before')}</th>
          <th>{translate('pacte.agreements.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changed.map((k) => (
          <tr key={k}>
            <th scope="row">{translate(`resources.agreements.fields.${k}`)}</th>
            <td>{show(k, before[k])}</td>
            <td>{show(k, after[k])}</td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
};

/** The agreement's life, in order: signature, entry into force, renewals, amendments (before/after), documents. */
export const HistoryTab = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  useEffect(() => {
    if (record?.id) fetchHistory(String(record.id)).then(setEvents, () => setEvents([]));
  }, [record?.id, record?.version]);
  if (!events) return null;
  if (events.length === 0) return <Typography>{translate('pacte.agreements.history.empty')}</Typography>;
  const title = (e: HistoryEvent) => {
    switch (e.kind) {
      case 'transition':
        return translate('pacte.agreements.history.transition', { from: label(e.from), to: label(e.to) });
      case 'renewal':
        return translate('pacte.agreements.history.renewal', { date: day(e.termEnd) });
      case 'amendment':
        return `${translate('pacte.agreements.history.amendment', { number: e.number })} — ${String(e.summary)}`;
      case 'document':
        return translate('pacte.agreements.history.document', { title: String(e.title) });
      default:
        return translate('pacte.agreements.history.created');
    }
  };
  return (
    <List dense data-testid="agreement-history" sx={{ width: '100%' }}>
      {events.map((e) => (
        <ListItem key={`${e.kind}-${e.id}`} alignItems="flex-start" divider>
          <ListItemText
            primary={`${day(e.date) || new Date(e.at).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })} — ${title(e)}`}
            secondary={
              <>
                {typeof e.reason === 'string' && e.reason}
                {typeof e.actorEmail === 'string' && ` (${e.actorEmail})`}
                {e.kind === 'amendment' && <BeforeAfter event={e} />}
              </>
            }
            secondaryTypographyProps={{ component: 'div' }}
          />
        </ListItem>
      ))}
    </List>
  );
};
