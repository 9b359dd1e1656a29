import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardActions, CardContent, Chip, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useCanAccess, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { fetchReceipt, printableReceiptUrl, type Receipt, type ReceiptDecision } from '../api';
import { ConsentDialog, type ConsentAction } from './ConsentDialog';

const COLORS = { given: 'success', refused: 'default', withdrawn: 'warning', none: 'default' } as const;
const day = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });

/** The resident's decision in force per purpose (derived by the API from the ledger), with one-click actions. */
export const ConsentPanel = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { canAccess: canWrite } = useCanAccess({ resource: 'consents', action: 'create' });
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ purpose: ReceiptDecision; action: ConsentAction } | null>(null);
  const residentId = record?.id;

  const load = useCallback(() => {
    if (!residentId) return;
    fetchReceipt(residentId).then(setReceipt, (reason: unknown) =>
      setError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, [residentId]);
  useEffect(load, [load]);

  if (!residentId) return null;
  return (
    <Box component="section" sx={{ width: '100%' }} data-testid="consent-panel">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('pacte.residences.sections.consents')}
        </Typography>
        <Button
          startIcon={<PrintIcon />}
          href={printableReceiptUrl(residentId)}
          target="_blank"
          rel="noopener"
        >
          {translate('pacte.residences.actions.receipt')}
        </Button>
      </Box>
      {error && <Alert severity="warning">{error}</Alert>}
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}
      >
        {receipt?.decisions.map((d) => (
          <Card key={d.purposeCode} variant="outlined" data-testid={`consent-${d.purposeCode}`}>
            <CardContent>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {d.purposeLabel}
              </Typography>
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {translate('pacte.residences.recipient', { name: d.recipientName })}
              </Typography>
              <Chip
                color={COLORS[d.status]}
                label={translate(`pacte.residences.status.${d.status}`)}
                data-testid={`consent-status-${d.purposeCode}`}
              />
              {d.since && (
                <Typography component="span" variant="body2" sx={{ ml: 1 }}>
                  {translate('pacte.residences.since', { date: day(d.since) })}
                </Typography>
              )}
            </CardContent>
            {canWrite && (
              <CardActions>
                {d.status === 'given' ? (
                  <Button
                    color="error"
                    variant="outlined"
                    onClick={() => setDialog({ purpose: d, action: 'withdraw' })}
                  >
                    {translate('pacte.residences.actions.withdraw')}
                  </Button>
                ) : (
                  <>
                    <Button variant="outlined" onClick={() => setDialog({ purpose: d, action: 'give' })}>
                      {translate('pacte.residences.actions.give')}
                    </Button>
                    <Button onClick={() => setDialog({ purpose: d, action: 'refuse' })}>
                      {translate('pacte.residences.actions.refuse')}
                    </Button>
                  </>
                )}
              </CardActions>
            )}
          </Card>
        ))}
      </Box>
      {dialog && (
        <ConsentDialog
          residentId={residentId}
          purpose={{ code: dialog.purpose.purposeCode, label: dialog.purpose.purposeLabel }}
          action={dialog.action}
          onClose={() => setDialog(null)}
          onRecorded={() => {
            setDialog(null);
            load();
            refresh();
          }}
        />
      )}
    </Box>
  );
};
