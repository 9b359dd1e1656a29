import { Box, Typography } from '@mui/material';
import { AppBar, TitlePortal, useTranslate } from 'react-admin';
import { PacteUserMenu } from './PacteUserMenu';

export const PacteAppBar = () => {
  const translate = useTranslate();
  return (
    <AppBar userMenu={<PacteUserMenu />}>
      <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 1 }}>
        {translate('pacte.title')}
      </Typography>
      <Box component="span" sx={{ opacity: 0.6, mr: 1 }}>
        ·
      </Box>
      <TitlePortal />
    </AppBar>
  );
};
