import { RecordActions } from '../common/actions';
import { HistorySection } from '../common/HistorySection';
import { Divider } from '@mui/material';
import {
  BooleanField,
  EmailField,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
} from 'react-admin';
import { Section } from '../common/Section';
import { legalFormChoices } from './choices';
import { DataSharingRolesField } from './DataSharingRolesField';
import { OrganisationContacts } from './OrganisationContacts';

export const OrganisationShow = () => (
  <Show actions={<RecordActions deletable />}>
    <SimpleShowLayout>
      <Section title="pacte.sections.identity">
        <Labeled>
          <TextField source="name" />
        </Labeled>
        <Labeled>
          <TextField source="shortName" emptyText="—" />
        </Labeled>
        <Labeled>
          <SelectField source="legalForm" choices={legalFormChoices} />
        </Labeled>
        <Labeled>
          <TextField source="siret" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="siren" emptyText="—" />
        </Labeled>
        <Labeled>
          <ReferenceField source="parentId" reference="organisations" link="show" emptyText="—" />
        </Labeled>
        <Labeled>
          <BooleanField source="active" />
        </Labeled>
      </Section>
      <Section title="pacte.sections.address">
        <Labeled>
          <TextField source="addressLine" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="postcode" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="city" emptyText="—" />
        </Labeled>
        <Labeled>
          <UrlField source="website" target="_blank" rel="noopener noreferrer" emptyText="—" />
        </Labeled>
      </Section>
      <Section title="pacte.sections.data_protection">
        <Labeled>
          <DataSharingRolesField source="dataSharingRoles" />
        </Labeled>
        <Labeled>
          <TextField source="dpoName" emptyText="—" />
        </Labeled>
        <Labeled>
          <EmailField source="dpoEmail" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="rightsContact" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        </Labeled>
      </Section>
      <Divider flexItem />
      <OrganisationContacts />
      <Divider flexItem />
      <HistorySection />
    </SimpleShowLayout>
  </Show>
);
