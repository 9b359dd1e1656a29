import { ListActions } from '../common/actions';
import {
  ChipField,
  DataTable,
  List,
  ReferenceArrayField,
  SelectField,
  SelectInput,
  SingleFieldList,
} from 'react-admin';
import { searchFilter } from '../common/SearchFilter';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { kindChoices, renewalChoices, stateChoices, withinDaysChoices } from './choices';
import { DaysField, IsoDateField, StatusField } from './fields';

const filters = [
  searchFilter,
  <SelectInput key="status" source="status" choices={stateChoices} />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <OrganisationReferenceInput key="partnerIds" source="partnerIds" />,
  <SelectInput key="endingWithinDays" source="endingWithinDays" choices={withinDaysChoices} />,
  <SelectInput key="noticeWithinDays" source="noticeWithinDays" choices={withinDaysChoices} />,
];

export const AgreementList = () => (
  <List filters={filters} sort={{ field: 'reference', order: 'ASC' }} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="title" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={kindChoices} />
      </DataTable.Col>
      <DataTable.Col source="partnerIds" disableSort>
        <ReferenceArrayField source="partnerIds" reference="organisations">
          <SingleFieldList linkType={false}>
            <ChipField source="shortName" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="renewal" disableSort>
        <SelectField source="renewal" choices={renewalChoices} />
      </DataTable.Col>
      <DataTable.Col source="currentTermEnd">
        <IsoDateField source="currentTermEnd" />
      </DataTable.Col>
      <DataTable.Col source="terminationNoticeDeadline">
        <IsoDateField source="terminationNoticeDeadline" />
      </DataTable.Col>
      <DataTable.Col source="daysToTermEnd">
        <DaysField source="daysToTermEnd" warnBelow={90} />
      </DataTable.Col>
    </DataTable>
  </List>
);
