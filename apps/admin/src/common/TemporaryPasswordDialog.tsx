import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useNotify, useTranslate } from 'react-admin';

interface Props {
  password: string | null;
  userName: string;
  onClose: () => void;
}

/** Shows a server-generated password once; the API never returns it again. */
export const TemporaryPasswordDialog = ({ password, userName, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = () => {
    if (!password) return;
    navigator.clipboard?.writeText(password).then(
      () => notify('pacte.password.copied', { type: 'info' }),
      () => undefined,
    );
  };
  return (
    <Dialog open={password !== null} onClose={onClose} aria-labelledby="temporary-password-title">
      <DialogTitle id="temporary-password-title">{translate('pacte.password.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('pacte.password.intro', { name: userName })}
        </Alert>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography
            data-testid="temporary-password"
            sx={{
              fontFamily: 'monospace',
              fontSize: '1.2rem',
              p: 1,
              bgcolor: 'action.hover',
              borderRadius: 1,
            }}
          >
            {password}
          </Typography>
          <Button startIcon={<ContentCopyIcon />} onClick={copy}>
            {translate('pacte.password.copy')}
          </Button>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('pacte.password.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
