import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { ConsentDecision } from '@pacte/domain';
import { recordConsent } from '../api';
import { channelChoices, methodChoices } from '../choices';

export type ConsentAction = 'give' | 'refuse' | 'withdraw';
const DECISION: Record<ConsentAction, ConsentDecision> = {
  give: 'given',
  refuse: 'refused',
  withdraw: 'withdrawn',
};

/** Now, to the minute, as a datetime-local value in the browser's (Paris) time. */
function localNow(): string {
  const now = new Date(Date.now() - 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

interface Props {
  residentId: string;
  purpose: { code: string; label: string };
  action: ConsentAction;
  onClose: () => void;
  onRecorded: () => void;
}

/** Records one decision in the ledger: when, how (or by which channel for a withdrawal), with an optional scan. */
export const ConsentDialog = ({ residentId, purpose, action, onClose, onRecorded }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const withdrawal = action === 'withdraw';
  const [decidedAt, setDecidedAt] = useState(localNow);
  const [method, setMethod] = useState(withdrawal ? '' : 'paper_signature');
  const [channel, setChannel] = useState(withdrawal ? 'in_person' : '');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await recordConsent(
        {
          residentId,
          purpose: purpose.code,
          decision: DECISION[action],
          decidedAt,
          method: method || undefined,
          channel: channel || undefined,
          note,
        },
        evidence,
      );
      notify(withdrawal ? 'pacte.residences.withdrawn' : 'pacte.residences.recorded', { type: 'success' });
      onRecorded();
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="consent-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="consent-dialog-title">
        {translate(`pacte.residences.dialog.${action}`, { purpose: purpose.label })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {withdrawal && <Alert severity="info">{translate('pacte.residences.dialog.withdraw_help')}</Alert>}
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            id="decidedAt"
            label={translate('pacte.residences.dialog.decidedAt')}
            type="datetime-local"
            value={decidedAt}
            onChange={(e) => setDecidedAt(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            required
          />
          {withdrawal ? (
            <TextField
              id="channel"
              select
              label={translate('resources.consents.fields.channel')}
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
              required
            >
              {channelChoices.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField
              id="method"
              select
              label={translate('resources.consents.fields.method')}
              value={method}
              onChange={(e) => setMethod(e.target.value)}
              required
            >
              {methodChoices.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            id="note"
            label={translate('pacte.residences.dialog.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={2}
          />
          <TextField
            id="evidence"
            type="file"
            label={translate('pacte.residences.dialog.evidence')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { accept: 'application/pdf,image/*' } }}
            onChange={(e) => setEvidence((e.target as HTMLInputElement).files?.[0] ?? null)}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('pacte.residences.actions.cancel')}</Button>
        <Button
          variant="contained"
          color={withdrawal ? 'error' : 'primary'}
          onClick={submit}
          disabled={saving || !decidedAt}
        >
          {translate(withdrawal ? 'pacte.residences.actions.withdraw' : 'pacte.residences.actions.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
