import { Box, Divider, MenuItem, Typography } from '@mui/material';
import { Logout, UserMenu, useGetIdentity } from 'react-admin';
import type { PacteIdentity } from '../providers/authProvider';

const IdentityItem = () => {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const { fullName, email, roleLabel, organisationName } = identity as PacteIdentity;
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }} data-testid="user-identity">
      <Box>
        <Typography variant="subtitle2">{fullName}</Typography>
        <Typography variant="body2" color="text.secondary">
          {roleLabel}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {email}
          {organisationName ? ` — ${organisationName}` : ''}
        </Typography>
      </Box>
    </MenuItem>
  );
};

export const PacteUserMenu = () => (
  <UserMenu>
    <IdentityItem />
    <Divider />
    <Logout />
  </UserMenu>
);
