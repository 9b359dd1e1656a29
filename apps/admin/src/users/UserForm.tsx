import { BooleanInput, PasswordInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { roleChoices } from './choices';
import { validateUser as v } from './validators';

/**
 * Shared by UserCreate and UserEdit. The address is the login: set at creation, read-only afterwards;
 * the password is only chosen at creation (afterwards: « Réinitialiser le mot de passe »).
 */
export const UserForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm
    toolbar={<EditToolbar deletable={false} />}
    mode="onBlur"
    reValidateMode="onBlur"
    sx={{ maxWidth: 600 }}
  >
    <TextInput source="email" id="email" type="email" validate={v.email} disabled={!creating} fullWidth />
    <TextInput source="displayName" id="displayName" validate={v.displayName} fullWidth />
    <SelectInput source="role" id="role" choices={roleChoices} validate={v.role} fullWidth />
    <OrganisationReferenceInput source="organisationId" validate={v.organisationId} />
    {creating ? (
      <PasswordInput
        source="password"
        id="password"
        validate={v.password}
        autoComplete="new-password"
        helperText="resources.users.password_help"
        fullWidth
      />
    ) : (
      <BooleanInput source="active" id="active" />
    )}
  </SimpleForm>
);
