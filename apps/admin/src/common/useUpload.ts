import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

/**
 * Sends a file to the API with a busy flag: on success says so and refreshes the page's data, on
 * failure shows the API's French message. Resolves to whether it succeeded.
 */
export function useUpload(): {
  busy: boolean;
  upload: (send: () => Promise<unknown>, done: string) => Promise<boolean>;
} {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const upload = async (send: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await send();
      notify(done, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, upload };
}
