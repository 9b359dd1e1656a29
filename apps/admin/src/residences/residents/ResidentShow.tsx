import { RecordActions } from '../../common/actions';
import { HistorySection } from '../../common/HistorySection';
import { Alert, Divider } from '@mui/material';
import {
  BooleanField,
  DataTable,
  DateField,
  Labeled,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { Section } from '../../common/Section';
import { channelChoices, decisionChoices, methodChoices, sexChoices } from '../choices';
import { ConsentPanel } from './ConsentPanel';

const DayField = ({ source }: { source: string }) => (
  <DateField source={source} locales="fr-FR" emptyText="—" />
);

const RetentionNotice = () => {
  const record = useRecordContext<{ exitDate?: string | null }>();
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ gridColumn: '1 / -1' }}>
      {record?.exitDate ? '' : `${translate('pacte.residences.retention_none')} `}
      {translate('pacte.residences.retention_help')}
    </Alert>
  );
};

const ConsentHistory = () => {
  const translate = useTranslate();
  return (
    <Section title="pacte.residences.sections.ledger" columns={1}>
      <ReferenceManyField
        reference="consents"
        target="residentId"
        sort={{ field: 'seq', order: 'DESC' }}
        perPage={50}
      >
        <DataTable
          bulkActionButtons={false}
          rowClick="show"
          resource="consents"
          empty={<span>{translate('pacte.residences.status.none')}</span>}
        >
          <DataTable.Col source="decidedAt">
            <DateTimeField source="decidedAt" />
          </DataTable.Col>
          <DataTable.Col source="purposeLabel" disableSort />
          <DataTable.Col source="decision">
            <SelectField source="decision" choices={decisionChoices} />
          </DataTable.Col>
          <DataTable.Col source="method" disableSort>
            <SelectField source="method" choices={methodChoices} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="channel" disableSort>
            <SelectField source="channel" choices={channelChoices} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="noticeVersion" disableSort />
          <DataTable.Col source="collectedByName" disableSort />
          <DataTable.Col source="correctedById" disableSort>
            <TextField source="correctedById" emptyText="—" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
};

export const ResidentShow = () => (
  <Show actions={<RecordActions />}>
    <SimpleShowLayout>
      <Section title="pacte.sections.identity">
        <Labeled>
          <TextField source="lastName" />
        </Labeled>
        <Labeled>
          <TextField source="birthName" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="firstName" />
        </Labeled>
        <Labeled>
          <DayField source="birthDate" />
        </Labeled>
        <Labeled>
          <SelectField source="sex" choices={sexChoices} />
        </Labeled>
      </Section>
      <Section title="pacte.residences.sections.stay">
        <Labeled>
          <TextField source="residenceName" />
        </Labeled>
        <Labeled>
          <TextField source="unit" emptyText="—" />
        </Labeled>
        <Labeled>
          <BooleanField source="present" />
        </Labeled>
        <Labeled>
          <DayField source="entryDate" />
        </Labeled>
        <Labeled>
          <DayField source="exitDate" />
        </Labeled>
        <Labeled>
          <NumberField source="adults" />
        </Labeled>
        <Labeled>
          <NumberField source="children" />
        </Labeled>
      </Section>
      <Section title="pacte.residences.sections.retention">
        <Labeled>
          <NumberField source="retentionMonthsAfterExit" />
        </Labeled>
        <Labeled>
          <DayField source="retentionUntil" />
        </Labeled>
        <RetentionNotice />
      </Section>
      <Divider flexItem />
      <ConsentPanel />
      <ConsentHistory />
      <Divider flexItem />
      <Section title="pacte.residences.sections.contracts" columns={1}>
        <ReferenceManyField
          reference="residency-contracts"
          target="residentId"
          sort={{ field: 'signedOn', order: 'DESC' }}
        >
          <DataTable bulkActionButtons={false} rowClick="show" resource="residency-contracts">
            <DataTable.Col source="templateLabel" disableSort />
            <DataTable.Col source="signedOn">
              <DayField source="signedOn" />
            </DataTable.Col>
            <DataTable.Col source="informedOfDataProcessing" disableSort>
              <BooleanField source="informedOfDataProcessing" />
            </DataTable.Col>
            <DataTable.Col source="documentName" disableSort>
              <TextField source="documentName" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Section>
      <HistorySection />
    </SimpleShowLayout>
  </Show>
);
