import { DateField, type DateFieldProps } from 'react-admin';

/** Dates and times always in French format, whatever the browser's locale. */
export const DateTimeField = (props: DateFieldProps) => (
  <DateField
    showTime
    locales="fr-FR"
    options={{ dateStyle: 'short', timeStyle: 'short' }}
    emptyText="—"
    sx={{ whiteSpace: 'nowrap' }}
    {...props}
  />
);
