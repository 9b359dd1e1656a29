import { BooleanInput, SimpleForm, TextInput } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { Section } from '../common/Section';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { validateContact as v } from './validators';

/** The one form of a contact, shared by ContactCreate and ContactEdit. */
export const ContactForm = ({ deletable = true }: { deletable?: boolean }) => (
  <SimpleForm toolbar={<EditToolbar deletable={deletable} />} mode="onBlur" reValidateMode="onBlur">
    <Section title="pacte.sections.identity">
      <OrganisationReferenceInput source="organisationId" validate={v.organisationId} />
      <TextInput source="lastName" id="lastName" validate={v.lastName} />
      <TextInput source="firstName" id="firstName" validate={v.firstName} />
      <TextInput source="jobTitle" id="jobTitle" validate={v.jobTitle} />
      <TextInput source="email" id="email" type="email" validate={v.email} />
      <TextInput source="phone" id="phone" type="tel" validate={v.phone} />
      <BooleanInput source="professionalSecrecy" id="professionalSecrecy" />
      <BooleanInput source="active" id="active" />
    </Section>
    <TextInput source="notes" id="notes" multiline minRows={3} fullWidth />
  </SimpleForm>
);
