import {
  ArrayField,
  DataTable,
  DeleteButton,
  EditButton,
  Labeled,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SingleFieldList,
  ChipField,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { frenchDate, isIsoDate } from '@pacte/domain';
import { Section } from '../common/Section';
import { effectiveFromChoices, kindChoices, renewalChoices, roleChoices, stateChoices } from './choices';
import { CentsField, DaysField, IsoDateField, PeriodField, StatusField } from './fields';
import { HistoryTab, RenewalButton, TransitionButton } from './lifecycle';
import { AmendmentsTab, DocumentsTab, MeetingsTab, ObligationsTab } from './parts';

const ShowActions = () => (
  <TopToolbar>
    <TransitionButton />
    <RenewalButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const Text = ({ source }: { source: string }) => (
  <Labeled source={source}>
    <TextField source={source} emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
  </Labeled>
);

const Date = ({ source }: { source: string }) => (
  <Labeled source={source}>
    <IsoDateField source={source} />
  </Labeled>
);

export const AgreementTitle = () => {
  const record = useRecordContext();
  return <>{record ? `${String(record.reference)} — ${String(record.title)}` : ''}</>;
};

export const AgreementShow = () => {
  const { canAccess: canReadDocuments } = useCanAccess({ resource: 'agreement-documents', action: 'list' });
  return (
    <Show actions={<ShowActions />} title={<AgreementTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="pacte.agreements.tabs.terms">
          <Section title="pacte.agreements.sections.identity">
            <Text source="reference" />
            <Labeled source="kind">
              <SelectField source="kind" choices={kindChoices} />
            </Labeled>
            <Labeled source="lifecycleState">
              <SelectField source="lifecycleState" choices={stateChoices} />
            </Labeled>
          </Section>
          <TextField source="title" />
          <TextField source="object" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
          <SituationSection />
          <Section title="pacte.agreements.sections.dates">
            <Date source="signatureDate" />
            <Labeled source="effectiveFrom">
              <SelectField source="effectiveFrom" choices={effectiveFromChoices} />
            </Labeled>
            <Date source="effectiveStart" />
            <Date source="endDate" />
            <Labeled source="durationValue">
              <PeriodField source="duration" />
            </Labeled>
          </Section>
          <Section title="pacte.agreements.sections.renewal">
            <Labeled source="renewal">
              <SelectField source="renewal" choices={renewalChoices} />
            </Labeled>
            <Labeled source="renewalPeriodValue">
              <PeriodField source="renewalPeriod" />
            </Labeled>
            <Labeled source="noticePeriodValue">
              <PeriodField source="noticePeriod" />
            </Labeled>
            <Labeled source="breachNoticeValue">
              <PeriodField source="breachNotice" />
            </Labeled>
          </Section>
          <Section title="pacte.agreements.sections.money">
            <Labeled source="totalAmountCents">
              <CentsField source="totalAmountCents" />
            </Labeled>
            <Text source="paymentSchedule" />
          </Section>
          <Section title="pacte.agreements.sections.data" columns={2}>
            <Text source="confidentiality" />
            <Text source="dataRetention" />
            <Text source="securityMeasures" />
            <Text source="dpoContacts" />
          </Section>
          <Section title="pacte.agreements.sections.acts">
            <Labeled source="deliberationIds">
              <ReferenceArrayField source="deliberationIds" reference="deliberations">
                <SingleFieldList>
                  <ChipField source="number" size="small" />
                </SingleFieldList>
              </ReferenceArrayField>
            </Labeled>
            <Labeled source="supersedesId">
              <ReferenceField source="supersedesId" reference="agreements" link="show" emptyText="—">
                <TextField source="reference" />
              </ReferenceField>
            </Labeled>
            <Text source="supersedesNote" />
            <Date source="prefectureDepositDate" />
            <Date source="publicationDate" />
          </Section>
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="pacte.agreements.tabs.parties" path="parties">
          <ArrayField source="parties">
            <DataTable bulkActionButtons={false} rowClick={false} resource="agreements">
              <DataTable.Col
                source="organisationId"
                label="resources.agreements.fields.parties.organisationId"
              >
                <ReferenceField source="organisationId" reference="organisations" link="show" />
              </DataTable.Col>
              <DataTable.Col source="role" label="resources.agreements.fields.parties.role">
                <SelectField source="role" choices={roleChoices} />
              </DataTable.Col>
              <DataTable.Col
                source="representedBy"
                label="resources.agreements.fields.parties.representedBy"
              />
              <DataTable.Col source="capacity" label="resources.agreements.fields.parties.capacity" />
              <DataTable.Col
                source="contributionCents"
                label="resources.agreements.fields.parties.contributionCents"
              >
                <CentsField source="contributionCents" />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="pacte.agreements.tabs.amendments" path="amendments">
          <AmendmentsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="pacte.agreements.tabs.obligations" path="obligations">
          <ObligationsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="pacte.agreements.tabs.meetings" path="meetings">
          <MeetingsTab />
        </TabbedShowLayout.Tab>
        {canReadDocuments && (
          <TabbedShowLayout.Tab label="pacte.agreements.tabs.documents" path="documents">
            <DocumentsTab />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="pacte.agreements.tabs.history" path="history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};

const SituationSection = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const asOf = record?.asOf;
  return (
    <Section
      title={translate('pacte.agreements.sections.computed', {
        date: isIsoDate(asOf) ? frenchDate(asOf) : '',
      })}
    >
      <Labeled source="status">
        <StatusField />
      </Labeled>
      <Date source="currentTermStart" />
      <Date source="currentTermEnd" />
      <Date source="terminationNoticeDeadline" />
      <Labeled source="daysToTermEnd">
        <DaysField source="daysToTermEnd" warnBelow={90} />
      </Labeled>
      <Date source="nextRenewalDate" />
    </Section>
  );
};
