import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';

type Values = Record<string, unknown>;

/**
 * A button opening a form in a dialog, for the actions that are not simple-rest (a transition, a
 * renewal, attaching staff, adding a notice version). The API's field errors come back under the
 * inputs, its message in a notification; on success the page's data is refreshed and `onDone` runs.
 */
export const ActionDialog = ({
  label,
  title = label,
  icon,
  record,
  submit,
  done,
  onDone,
  disabled,
  children,
}: {
  label: string;
  title?: string;
  icon: ReactElement;
  record?: Values;
  submit: (values: Values) => Promise<unknown>;
  done: string;
  onDone?: () => void;
  disabled?: boolean;
  children: ReactNode;
}) => {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const onSubmit = async (values: Values) => {
    try {
      await submit(values);
    } catch (error) {
      const e = error as { body?: { errors?: Record<string, string> }; message?: string };
      notify(e.message ?? 'ra.notification.http_error', { type: 'error' });
      return e.body?.errors;
    }
    notify(done, { type: 'success' });
    setOpen(false);
    refresh();
    onDone?.();
    return undefined;
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} disabled={disabled}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={onSubmit} record={record}>
          <DialogTitle>{translate(title)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
