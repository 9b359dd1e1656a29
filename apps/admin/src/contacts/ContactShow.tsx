import { RecordActions } from '../common/actions';
import { HistorySection } from '../common/HistorySection';
import {
  BooleanField,
  EmailField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { Section } from '../common/Section';

export const ContactShow = () => (
  <Show actions={<RecordActions deletable />}>
    <SimpleShowLayout>
      <Section title="pacte.sections.identity">
        <Labeled>
          <TextField source="lastName" />
        </Labeled>
        <Labeled>
          <TextField source="firstName" emptyText="—" />
        </Labeled>
        <Labeled>
          <ReferenceField source="organisationId" reference="organisations" link="show" />
        </Labeled>
        <Labeled>
          <TextField source="jobTitle" emptyText="—" />
        </Labeled>
        <Labeled>
          <EmailField source="email" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="phone" emptyText="—" />
        </Labeled>
        <Labeled>
          <BooleanField source="professionalSecrecy" />
        </Labeled>
        <Labeled>
          <BooleanField source="active" />
        </Labeled>
      </Section>
      <HistorySection />
    </SimpleShowLayout>
  </Show>
);
