import { Chip, Typography } from '@mui/material';
import {
  AGREEMENT_STATE_LABELS,
  describePeriod,
  frenchDate,
  isAgreementState,
  isIsoDate,
  OBLIGATION_STATUS_LABELS,
  periodOf,
  type ObligationStatus,
} from '@pacte/domain';
import { NumberInput, useRecordContext, type NumberInputProps } from 'react-admin';

type Color = 'default' | 'success' | 'warning' | 'error' | 'info';

/** A calendar date (YYYY-MM-DD) in French, never shifted by the browser's time zone. */
export const IsoDateField = ({ source }: { source: string; label?: string }) => {
  const value = useRecordContext()?.[source];
  return <Typography variant="body2">{isIsoDate(value) ? frenchDate(value) : '—'}</Typography>;
};

export const euros = (cents: unknown) =>
  typeof cents === 'number'
    ? (cents / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR' })
    : '—';

/** Money stored in cents, shown in euros. */
export const CentsField = ({ source }: { source: string; label?: string }) => {
  const value = useRecordContext()?.[source];
  return <Typography variant="body2">{euros(value)}</Typography>;
};

/** Typed in euros, sent in whole cents. */
export const CentsInput = (props: NumberInputProps) => (
  <NumberInput
    step={0.01}
    format={(v: unknown) =>
      typeof v === 'number' ? v / 100 : v === null || v === undefined ? '' : (v as string)
    }
    parse={(v: string) => (v === '' || v === null ? null : Math.round(Number(v) * 100))}
    {...props}
  />
);

/** « 1 an », « 15 jours » from a value/unit pair. */
export const PeriodField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const period = periodOf(
    record?.[`${source}Value`] as number | null,
    record?.[`${source}Unit`] as string | null,
  );
  return <Typography variant="body2">{period ? describePeriod(period) : '—'}</Typography>;
};

const STATUS_COLORS: Record<string, Color> = {
  draft: 'default',
  approved: 'info',
  signed: 'info',
  in_force: 'success',
  expired: 'default',
  terminated: 'error',
};

export const StatusField = ({ source = 'status' }: { source?: string; label?: string }) => {
  const value = useRecordContext()?.[source];
  if (!isAgreementState(value)) return null;
  return (
    <Chip
      size="small"
      label={AGREEMENT_STATE_LABELS[value]}
      color={STATUS_COLORS[value]}
      data-testid="agreement-status"
      sx={{ alignSelf: 'flex-start', width: 'fit-content' }}
    />
  );
};

const OBLIGATION_COLORS: Record<ObligationStatus, Color> = {
  todo: 'info',
  done: 'success',
  overdue: 'error',
};

export const ObligationStatusField = ({
  source = 'effectiveStatus',
}: {
  source?: string;
  label?: string;
}) => {
  const value = useRecordContext()?.[source] as ObligationStatus | undefined;
  if (!value || !OBLIGATION_STATUS_LABELS[value]) return null;
  return (
    <Chip
      size="small"
      label={OBLIGATION_STATUS_LABELS[value]}
      color={OBLIGATION_COLORS[value]}
      sx={{ width: 'fit-content' }}
    />
  );
};

/** Days before a date, red when close. */
export const DaysField = ({
  source,
  warnBelow = 60,
}: {
  source: string;
  label?: string;
  warnBelow?: number;
}) => {
  const value = useRecordContext()?.[source];
  if (typeof value !== 'number') return <Typography variant="body2">—</Typography>;
  return (
    <Typography
      variant="body2"
      color={value < 0 ? 'text.secondary' : value <= warnBelow ? 'error' : 'text.primary'}
    >
      {value} j
    </Typography>
  );
};
