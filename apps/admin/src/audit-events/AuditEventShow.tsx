import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar, ListButton } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { Section } from '../common/Section';
import { AuditActionField, AuditEntityField, ChangesTable, JsonField } from './fields';

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

const mono = { fontFamily: 'monospace', wordBreak: 'break-all' } as const;

export const AuditEventShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <Section title="pacte.sections.details">
        <Labeled>
          <DateTimeField source="occurredAt" options={{ dateStyle: 'long', timeStyle: 'medium' }} />
        </Labeled>
        <Labeled>
          <AuditActionField source="action" />
        </Labeled>
        <Labeled>
          <TextField source="actorEmail" emptyText="—" />
        </Labeled>
        <Labeled label="resources.audit-events.fields.entityId">
          <AuditEntityField source="entityType" withId />
        </Labeled>
      </Section>
      <Section title="pacte.sections.changes" columns={1}>
        <ChangesTable source="changes" />
      </Section>
      <Labeled>
        <JsonField source="details" />
      </Labeled>
      <Section title="pacte.sections.technical" columns={2}>
        <Labeled>
          <TextField source="id" sx={mono} />
        </Labeled>
        <Labeled>
          <TextField source="actorId" emptyText="—" sx={mono} />
        </Labeled>
        <Labeled>
          <TextField source="requestId" emptyText="—" sx={mono} />
        </Labeled>
        <Labeled>
          <TextField source="ip" emptyText="—" sx={mono} />
        </Labeled>
        <Labeled>
          <TextField source="hash" sx={mono} />
        </Labeled>
        <Labeled>
          <TextField source="prevHash" emptyText="—" sx={mono} />
        </Labeled>
      </Section>
    </SimpleShowLayout>
  </Show>
);
