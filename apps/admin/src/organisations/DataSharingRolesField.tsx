import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { DATA_SHARING_ROLE_LABELS, type DataSharingRole } from '@pacte/domain';

export const DataSharingRolesField = (_props: { source?: 'dataSharingRoles'; label?: string }) => {
  const record = useRecordContext<{ dataSharingRoles?: DataSharingRole[] | null }>();
  const roles = record?.dataSharingRoles ?? [];
  if (roles.length === 0) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {roles.map((role) => (
        <Chip key={role} size="small" label={DATA_SHARING_ROLE_LABELS[role] ?? role} />
      ))}
    </Stack>
  );
};
