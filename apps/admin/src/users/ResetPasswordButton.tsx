import { useState } from 'react';
import LockResetIcon from '@mui/icons-material/LockReset';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { TemporaryPasswordDialog } from '../common/TemporaryPasswordDialog';
import type { PacteDataProvider } from '../providers/dataProvider';

/** `POST /api/users/:id/reset-password`, then shows the temporary password once. */
export const ResetPasswordButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PacteDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'edit', record });
  const [confirming, setConfirming] = useState(false);
  const [loading, setLoading] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  if (!record || !canAccess) return null;

  const reset = async () => {
    setLoading(true);
    try {
      const { temporaryPassword } = await dataProvider.resetPassword(String(record.id));
      setPassword(temporaryPassword);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setLoading(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button label="pacte.password.reset" onClick={() => setConfirming(true)} disabled={loading}>
        <LockResetIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={loading}
        title={translate('pacte.password.reset_confirm_title', { name: record.displayName })}
        content="pacte.password.reset_confirm_content"
        onConfirm={reset}
        onClose={() => setConfirming(false)}
      />
      <TemporaryPasswordDialog
        password={password}
        userName={String(record.displayName ?? record.email)}
        onClose={() => setPassword(null)}
      />
    </>
  );
};
