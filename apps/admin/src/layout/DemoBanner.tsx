import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isDemo } from '../config';

/** Shown on every page (login included) when the server runs on fictitious data. */
export const DemoBanner = ({ fixed = false }: { fixed?: boolean }) => {
  const translate = useTranslate();
  if (!isDemo) return null;
  return (
    <Alert
      severity="warning"
      variant="filled"
      role="status"
      data-testid="demo-banner"
      sx={{
        borderRadius: 0,
        justifyContent: 'center',
        fontWeight: 600,
        ...(fixed ? { position: 'fixed', top: 0, left: 0, right: 0, zIndex: 1200 } : { mb: 1 }),
      }}
    >
      {translate('pacte.demo.banner')}
    </Alert>
  );
};
