import { Box } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  DataTable,
  EditButton,
  Pagination,
  ReferenceManyField,
  useRecordContext,
  useTranslate,
} from 'react-admin';

/** The organisation's referents, with a shortcut to add one already attached to it. */
export const OrganisationContacts = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box component="section" sx={{ width: '100%' }} data-testid="organisation-contacts">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Box component="h2" sx={{ typography: 'h6', m: 0 }}>
          {translate('pacte.sections.contacts')}
        </Box>
        <CreateButton
          resource="contacts"
          label="resources.organisations.add_contact"
          state={{ record: { organisationId: record.id } }}
        />
      </Box>
      <ReferenceManyField
        reference="contacts"
        target="organisationId"
        sort={{ field: 'lastName', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination />}
      >
        <DataTable rowClick="show" bulkActionButtons={false} resource="contacts" empty={<EmptyContacts />}>
          <DataTable.Col source="lastName" />
          <DataTable.Col source="firstName" />
          <DataTable.Col source="jobTitle" disableSort />
          <DataTable.Col source="email" disableSort />
          <DataTable.Col source="phone" disableSort />
          <DataTable.Col source="professionalSecrecy" disableSort>
            <BooleanField source="professionalSecrecy" />
          </DataTable.Col>
          <DataTable.Col source="active" disableSort>
            <BooleanField source="active" />
          </DataTable.Col>
          <DataTable.Col disableSort>
            <EditButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};

const EmptyContacts = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ color: 'text.secondary', py: 1 }}>
      {translate('ra.navigation.no_results', {
        name: translate('resources.contacts.name', { smart_count: 2 }),
      })}
    </Box>
  );
};
