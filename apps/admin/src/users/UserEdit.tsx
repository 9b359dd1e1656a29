import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserForm } from './UserForm';

const EditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ShowButton />
  </TopToolbar>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />}>
    <UserForm />
  </Edit>
);
