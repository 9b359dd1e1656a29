import { Labeled, TextField } from 'react-admin';
import { DateTimeField } from './DateTimeField';
import { Section } from './Section';

/** The closing block of a record's page: its free notes and when it was created and last changed. */
export const HistorySection = () => (
  <Section title="pacte.sections.history">
    <Labeled>
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </Labeled>
    <Labeled>
      <DateTimeField source="createdAt" />
    </Labeled>
    <Labeled>
      <DateTimeField source="updatedAt" />
    </Labeled>
  </Section>
);
