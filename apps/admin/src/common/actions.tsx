import { CreateButton, DeleteButton, EditButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

/** A register's list toolbar: filters, creation and CSV export (buttons the role may not use are hidden). */
export const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** A record page's toolbar: edit, and delete (after confirmation by the server) where the record may be removed. */
export const RecordActions = ({ deletable = false }: { deletable?: boolean }) => (
  <TopToolbar>
    <EditButton />
    {deletable && <DeleteButton mutationMode="pessimistic" />}
  </TopToolbar>
);
