import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { Link, useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import { fetchResidenceDashboard, type ResidenceDashboardData } from './api';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);
const day = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });

const Content = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [data, setData] = useState<ResidenceDashboardData | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    fetchResidenceDashboard().then(setData, () => setError(true));
  }, []);
  const residentLink = (id: string) => createPath({ resource: 'residents', type: 'show', id });
  if (error) return <Alert severity="warning">{translate('pacte.residences.dashboard.unavailable')}</Alert>;
  if (!data) return <LinearProgress />;
  return (
    <>
      {data.residences.map((residence) => (
        <Box key={residence.id} sx={{ mb: 2 }} data-testid="residence-dashboard">
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {residence.name} — {translate('pacte.residences.dashboard.present', { count: residence.present })}
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' }}>
            {residence.purposes.map((p) => (
              <Card key={p.purposeId} variant="outlined">
                <CardContent>
                  <Typography variant="subtitle2" component="h4">
                    {p.label}
                  </Typography>
                  <Typography variant="h4" component="p">
                    {percent(p.rate)}
                  </Typography>
                  <Typography color="text.secondary" gutterBottom>
                    {translate('pacte.residences.dashboard.rate')} ({p.active}/{p.present})
                  </Typography>
                  <Typography variant="body2">
                    {translate('pacte.residences.dashboard.this_month', p.thisMonth)}
                  </Typography>
                  <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
                    {translate('pacte.residences.dashboard.without')} ({p.withoutDecision.length})
                  </Typography>
                  {p.withoutDecision.length === 0 ? (
                    <Typography variant="body2">
                      {translate('pacte.residences.dashboard.none_without')}
                    </Typography>
                  ) : (
                    <Box component="ul" sx={{ m: 0, pl: 2 }}>
                      {p.withoutDecision.slice(0, 8).map((r) => (
                        <li key={r.id}>
                          <Link to={residentLink(r.id)}>{r.fullName}</Link>
                        </li>
                      ))}
                      {p.withoutDecision.length > 8 && <li>…</li>}
                    </Box>
                  )}
                </CardContent>
              </Card>
            ))}
          </Box>
        </Box>
      ))}
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('pacte.residences.dashboard.withdrawals')}
      </Typography>
      {data.recentWithdrawals.length === 0 ? (
        <Typography variant="body2">{translate('pacte.residences.dashboard.no_withdrawals')}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="recent-withdrawals">
          {data.recentWithdrawals.map((w) => (
            <li key={w.id}>
              {day(w.decidedAt)} — <Link to={residentLink(w.residentId)}>{w.residentName}</Link> (
              {w.residenceName}) : {w.purposeLabel}
            </li>
          ))}
        </Box>
      )}
    </>
  );
};

/** Home page section for those who may read residents (residence agents, DPO, auditor, administrator). */
export const ResidenceDashboard = () => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ resource: 'residents', action: 'list' });
  if (isPending || !canAccess) return null;
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('pacte.residences.dashboard.title')}
      </Typography>
      <Content />
    </Box>
  );
};
