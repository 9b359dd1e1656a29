import { useState } from 'react';
import {
  Box,
  Button,
  CardContent,
  CircularProgress,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import {
  Form,
  Login,
  PasswordInput,
  TextInput,
  required,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemo } from '../config';
import { DemoBanner } from './DemoBanner';

interface Credentials {
  username: string;
  password: string;
}

/** Clicking an account fills the form (demo only). */
const DemoAccounts = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext<Credentials>();
  if (!isDemo) return null;
  return (
    <Box sx={{ mt: 2 }} data-testid="demo-accounts">
      <Typography variant="subtitle2">{translate('pacte.demo.accounts')}</Typography>
      <List dense disablePadding>
        {DEMO_ACCOUNTS.map((email) => (
          <ListItemButton
            key={email}
            sx={{ py: 0 }}
            aria-label={translate('pacte.demo.use_account', { email })}
            onClick={() => {
              setValue('username', email, { shouldValidate: true, shouldDirty: true });
              setValue('password', DEMO_PASSWORD, { shouldValidate: true, shouldDirty: true });
            }}
          >
            <ListItemText
              primary={email}
              slotProps={{ primary: { variant: 'body2', fontFamily: 'monospace' } }}
            />
          </ListItemButton>
        ))}
      </List>
      <Typography variant="caption" color="text.secondary">
        {translate('pacte.demo.password')}
      </Typography>
    </Box>
  );
};

/** react-admin's LoginForm markup (`username`, `password`, « Connexion »), plus the demo accounts. */
const PacteLoginForm = () => {
  const [loading, setLoading] = useState(false);
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();

  const submit = (values: Partial<Credentials>) => {
    setLoading(true);
    login(values)
      .catch((error: unknown) => {
        const message = error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      })
      .finally(() => setLoading(false));
  };

  return (
    <Form onSubmit={submit} mode="onChange" noValidate>
      <CardContent sx={{ width: 340, pb: 2 }}>
        <Typography variant="h5" component="h1" align="center">
          {translate('pacte.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" align="center" sx={{ mb: 1 }}>
          {translate('pacte.subtitle')}
        </Typography>
        <TextInput
          autoFocus
          source="username"
          type="email"
          label={translate('ra.auth.username')}
          helperText="pacte.login.email_hint"
          autoComplete="username"
          validate={required()}
        />
        <PasswordInput
          source="password"
          id="password"
          label={translate('ra.auth.password')}
          autoComplete="current-password"
          validate={required()}
        />
        <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={19} thickness={3} /> : translate('ra.auth.sign_in')}
        </Button>
        <DemoAccounts />
      </CardContent>
    </Form>
  );
};

export const LoginPage = () => (
  <>
    <DemoBanner fixed />
    <Login>
      <PacteLoginForm />
    </Login>
  </>
);
