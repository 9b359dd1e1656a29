import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/** Save, and — where the resource allows it — a pessimistic delete (the API soft-deletes). */
export const EditToolbar = ({ deletable = true }: { deletable?: boolean }) => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    {deletable && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);
