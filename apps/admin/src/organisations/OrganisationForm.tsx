import {
  BooleanInput,
  CheckboxGroupInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  Labeled,
  useRecordContext,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { Section } from '../common/Section';
import { dataSharingRoleChoices, legalFormChoices } from './choices';
import { OrganisationReferenceInput } from './OrganisationReferenceInput';
import { validateOrganisation as v } from './validators';

/** SIREN is derived by the server from the SIRET: shown, never sent. */
const SirenField = () => {
  const record = useRecordContext();
  if (!record?.id) return null;
  return (
    <Labeled>
      <TextField source="siren" emptyText="—" />
    </Labeled>
  );
};

/** The one form of an organisation, shared by OrganisationCreate and OrganisationEdit. */
export const OrganisationForm = ({ deletable = true }: { deletable?: boolean }) => (
  <SimpleForm toolbar={<EditToolbar deletable={deletable} />} mode="onBlur" reValidateMode="onBlur">
    <Section title="pacte.sections.identity">
      <TextInput source="name" id="name" validate={v.name} />
      <TextInput source="shortName" id="shortName" validate={v.shortName} />
      <SelectInput source="legalForm" id="legalForm" choices={legalFormChoices} validate={v.legalForm} />
      <TextInput source="siret" id="siret" validate={v.siret} helperText="14 chiffres" />
      <SirenField />
      <OrganisationReferenceInput source="parentId" />
      <BooleanInput source="active" id="active" />
    </Section>
    <Section title="pacte.sections.address">
      <TextInput source="addressLine" id="addressLine" />
      <TextInput source="postcode" id="postcode" validate={v.postcode} />
      <TextInput source="city" id="city" />
      <TextInput source="website" id="website" type="url" validate={v.website} />
    </Section>
    <Section title="pacte.sections.data_protection" columns={2}>
      <CheckboxGroupInput source="dataSharingRoles" id="dataSharingRoles" choices={dataSharingRoleChoices} />
      <TextInput source="dpoName" id="dpoName" />
      <TextInput source="dpoEmail" id="dpoEmail" type="email" validate={v.dpoEmail} />
      <TextInput source="rightsContact" id="rightsContact" multiline minRows={2} />
    </Section>
    <TextInput source="notes" id="notes" multiline minRows={3} fullWidth />
  </SimpleForm>
);
