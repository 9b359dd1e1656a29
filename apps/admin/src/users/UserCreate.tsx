import { useState } from 'react';
import { Create, useCreatePath, useNotify, useRedirect, type RaRecord } from 'react-admin';
import { TemporaryPasswordDialog } from '../common/TemporaryPasswordDialog';
import { UserForm } from './UserForm';

interface CreatedUser extends RaRecord {
  displayName?: string;
  email?: string;
  temporaryPassword?: string;
}

/** When no password was typed, the server returns a generated one, once: show it before leaving. */
export const UserCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const [created, setCreated] = useState<CreatedUser | null>(null);

  const onSuccess = (user: CreatedUser) => {
    notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
    if (user.temporaryPassword) setCreated(user);
    else redirect(createPath({ resource: 'users', id: user.id, type: 'show' }));
  };

  return (
    <>
      <Create mutationOptions={{ onSuccess }} record={{ active: true }}>
        <UserForm creating />
      </Create>
      <TemporaryPasswordDialog
        password={created?.temporaryPassword ?? null}
        userName={String(created?.displayName ?? created?.email ?? '')}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id !== undefined) redirect(createPath({ resource: 'users', id, type: 'show' }));
        }}
      />
    </>
  );
};
