import type { ComponentType, ReactNode } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import BusinessIcon from '@mui/icons-material/Business';
import ContactsIcon from '@mui/icons-material/ContactMail';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { CountCard } from './CountCard';
import { useDashboard } from './useDashboard';
import { FEATURES } from '../features';

/** The registers counted on the dashboard, in display order. The API only sends those the user may read. */
const COUNTED: Array<{ resource: string; icon: ComponentType }> = [
  { resource: 'organisations', icon: BusinessIcon },
  { resource: 'contacts', icon: ContactsIcon },
  { resource: 'users', icon: PeopleIcon },
  { resource: 'audit-events', icon: HistoryIcon },
];

const DashboardSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** Sections are independent: later ones (agreement deadlines, rights requests…) slot in below the counts. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data, error, isPending } = useDashboard();
  const counts = data?.counts ?? {};
  return (
    <Box sx={{ p: 2 }}>
      <Title title="pacte.dashboard.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('pacte.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <DashboardSection title="pacte.dashboard.counts">
        {isPending && <CircularProgress size={24} />}
        {error !== null && <Alert severity="warning">{translate('pacte.dashboard.unavailable')}</Alert>}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
          {COUNTED.filter(({ resource }) => typeof counts[resource] === 'number').map(
            ({ resource, icon }) => (
              <CountCard key={resource} resource={resource} icon={icon} count={counts[resource] as number} />
            ),
          )}
        </Box>
      </DashboardSection>
      {FEATURES.map(({ dashboard: Section }, index) => (Section ? <Section key={index} /> : null))}
    </Box>
  );
};
