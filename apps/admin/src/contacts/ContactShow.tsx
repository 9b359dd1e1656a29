import { HistorySection } from '../common/HistorySection';
import {
  BooleanField,
  DeleteButton,
  EditButton,
  EmailField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Section } from '../common/Section';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const ContactShow = () => (
  <Show actions={<ShowActions />}>
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
