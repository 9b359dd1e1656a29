import { useState, type ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { addDays, frenchDate, isIsoDate, todayIn } from '@pacte/domain';
import {
  Button,
  Link,
  useCanAccess,
  useCreatePath,
  useGetList,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { issueCalendarToken } from './api';

const day = (value: unknown) => (isIsoDate(value) ? frenchDate(value) : '—');

const Panel = ({ title, children, testId }: { title: string; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }} gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

const Items = ({ items }: { items: Array<{ key: string; to: string; text: string; detail: string }> }) => {
  const translate = useTranslate();
  if (items.length === 0)
    return <Typography color="text.secondary">{translate('pacte.agreements.dashboard.none')}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to}>{item.text}</Link> — {item.detail}
        </li>
      ))}
    </Box>
  );
};

const Deadlines = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const notice = useGetList('agreements', {
    filter: { noticeWithinDays: 60 },
    sort: { field: 'terminationNoticeDeadline', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  const ending = useGetList('agreements', {
    filter: { endingWithinDays: 90 },
    sort: { field: 'currentTermEnd', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  const seen = new Set<string>();
  const items = [...(notice.data ?? []), ...(ending.data ?? [])]
    .filter((a: RaRecord) => (seen.has(String(a.id)) ? false : (seen.add(String(a.id)), true)))
    .map((a: RaRecord) => {
      const parts = [];
      if (
        typeof a.daysToNoticeDeadline === 'number' &&
        a.daysToNoticeDeadline >= 0 &&
        a.daysToNoticeDeadline <= 60
      )
        parts.push(
          translate('pacte.agreements.dashboard.notice', { date: day(a.terminationNoticeDeadline) }),
        );
      if (typeof a.daysToTermEnd === 'number' && a.daysToTermEnd <= 90)
        parts.push(translate('pacte.agreements.dashboard.ends', { date: day(a.currentTermEnd) }));
      return {
        key: String(a.id),
        to: createPath({ resource: 'agreements', type: 'show', id: a.id }),
        text: `${String(a.reference)} — ${String(a.title)}`,
        detail: parts.join(', '),
      };
    });
  return (
    <Panel title="pacte.agreements.dashboard.deadlines" testId="agreements-deadlines">
      <Items items={items} />
    </Panel>
  );
};

const Obligations = () => {
  const createPath = useCreatePath();
  const today = todayIn('Europe/Paris');
  const { data } = useGetList('agreement-obligations', {
    // What is due now: an ended agreement's forgotten obligations are history, not work to do.
    filter: { effectiveStatus: ['overdue', 'todo'], dueDate_lte: addDays(today, 30), agreementCurrent: true },
    sort: { field: 'dueDate', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  const items = (data ?? []).map((o: RaRecord) => ({
    key: String(o.id),
    to: `${createPath({ resource: 'agreements', type: 'show', id: o.agreementId })}/obligations`,
    text: `${String(o.agreementReference)} : ${String(o.description)}`,
    detail: `${o.effectiveStatus === 'overdue' ? 'en retard, ' : ''}échéance ${day(o.dueDate)}`,
  }));
  return (
    <Panel title="pacte.agreements.dashboard.obligations" testId="agreements-obligations">
      <Items items={items} />
    </Panel>
  );
};

const Meetings = () => {
  const createPath = useCreatePath();
  const { data } = useGetList('agreement-meetings', {
    sort: { field: 'nextDate', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const items = (data ?? [])
    .filter((m: RaRecord) => isIsoDate(m.nextOccurrence))
    .sort((a: RaRecord, b: RaRecord) => String(a.nextOccurrence).localeCompare(String(b.nextOccurrence)))
    .slice(0, 8)
    .map((m: RaRecord) => ({
      key: String(m.id),
      to: `${createPath({ resource: 'agreements', type: 'show', id: m.agreementId })}/meetings`,
      text: `${String(m.agreementReference)} : ${String(m.title)}`,
      detail: day(m.nextOccurrence),
    }));
  return (
    <Panel title="pacte.agreements.dashboard.meetings" testId="agreements-meetings">
      <Items items={items} />
    </Panel>
  );
};

const CalendarSubscription = () => {
  const translate = useTranslate();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <Panel title="pacte.agreements.dashboard.calendar" testId="agreements-calendar">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('pacte.agreements.dashboard.calendar_hint')}
      </Typography>
      {url ? (
        <Typography variant="body2" sx={{ wordBreak: 'break-all', fontFamily: 'monospace' }}>
          {url}
        </Typography>
      ) : (
        <Button
          label="pacte.agreements.dashboard.calendar_button"
          onClick={() =>
            issueCalendarToken().then(
              ({ path }) => setUrl(`${window.location.origin}${path}`),
              () => setFailed(true),
            )
          }
        >
          <EventIcon />
        </Button>
      )}
      {failed && <Alert severity="warning">{translate('pacte.dashboard.unavailable')}</Alert>}
    </Panel>
  );
};

/** Home page section: what is ending or must be denounced soon, obligations due, next meetings; each links to its agreement. */
export const AgreementsDashboard = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'agreements', action: 'list' });
  if (!canAccess) return null;
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="agreements-dashboard">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('pacte.agreements.dashboard.title')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))' }}>
        <Deadlines />
        <Obligations />
        <Meetings />
        <CalendarSubscription />
      </Box>
    </Box>
  );
};
