import {
  BooleanField,
  EditButton,
  EmailField,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { Section } from '../common/Section';
import { roleChoices } from './choices';
import { ResetPasswordButton } from './ResetPasswordButton';

const ShowActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <Section title="pacte.sections.identity">
        <Labeled>
          <TextField source="displayName" />
        </Labeled>
        <Labeled>
          <EmailField source="email" />
        </Labeled>
        <Labeled>
          <SelectField source="role" choices={roleChoices} />
        </Labeled>
        <Labeled>
          <ReferenceField source="organisationId" reference="organisations" link="show" emptyText="—" />
        </Labeled>
        <Labeled>
          <BooleanField source="active" />
        </Labeled>
      </Section>
      <Section title="pacte.sections.history">
        <Labeled>
          <DateTimeField source="lastLoginAt" />
        </Labeled>
        <Labeled>
          <DateTimeField source="createdAt" />
        </Labeled>
      </Section>
    </SimpleShowLayout>
  </Show>
);
