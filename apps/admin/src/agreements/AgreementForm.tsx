import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  Create,
  DateInput,
  Edit,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxLength,
  minValue,
  number,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { Section } from '../common/Section';
import { OrganisationReferenceInput } from '../organisations/OrganisationReferenceInput';
import { effectiveFromChoices, kindChoices, renewalChoices, roleChoices, unitChoices } from './choices';
import { CentsInput } from './fields';

/** Validators shared by AgreementCreate and AgreementEdit; the server checks the rest (dates, parties). */
export const validateAgreement = {
  reference: [
    required(),
    maxLength(40),
    regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Lettres, chiffres, tirets (ex. CONV-2023-004)'),
  ],
  title: [required(), maxLength(300)],
  kind: [required()],
  positive: [number(), minValue(1)],
  nonNegative: [number(), minValue(0)],
};

const Period = ({ name, min = 1 }: { name: string; min?: number }) => (
  <Box sx={{ display: 'flex', gap: 1 }}>
    <NumberInput
      source={`${name}Value`}
      id={`${name}Value`}
      validate={min ? validateAgreement.positive : validateAgreement.nonNegative}
      sx={{ flex: 1 }}
    />
    <SelectInput
      source={`${name}Unit`}
      id={`${name}Unit`}
      choices={unitChoices}
      emptyText="—"
      sx={{ flex: 1 }}
    />
  </Box>
);

const Hint = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ gridColumn: '1 / -1' }}>
      {translate(text, { _: text })}
    </Typography>
  );
};

/** The one form of an agreement. Creation may register an agreement already signed. */
export const AgreementForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm toolbar={<EditToolbar deletable={!creating} />} mode="onBlur" reValidateMode="onBlur">
    <Section title="pacte.agreements.sections.identity">
      <TextInput source="reference" id="reference" validate={validateAgreement.reference} />
      <TextInput source="title" id="title" validate={validateAgreement.title} />
      <SelectInput source="kind" id="kind" choices={kindChoices} validate={validateAgreement.kind} />
      {creating && (
        <SelectInput
          source="lifecycleState"
          id="lifecycleState"
          label="État à l’enregistrement"
          choices={[
            { id: 'draft', name: 'Projet' },
            { id: 'signed', name: 'Déjà signée' },
          ]}
        />
      )}
    </Section>
    <TextInput source="object" id="object" multiline minRows={2} fullWidth />
    <ArrayInput source="parties" id="parties">
      <SimpleFormIterator inline disableReordering>
        <OrganisationReferenceInput source="organisationId" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <TextInput source="representedBy" />
        <TextInput source="capacity" />
        <CentsInput source="contributionCents" />
      </SimpleFormIterator>
    </ArrayInput>
    <Section title="pacte.agreements.sections.dates">
      <DateInput source="signatureDate" id="signatureDate" />
      <SelectInput source="effectiveFrom" id="effectiveFrom" choices={effectiveFromChoices} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.effectiveFrom === 'date' && <DateInput source="effectiveDate" id="effectiveDate" />
        }
      </FormDataConsumer>
      <DateInput source="endDate" id="endDate" />
      <Period name="duration" />
      <Hint text="Indiquez une durée ou une date de fin (ou les deux si elles concordent)." />
    </Section>
    <Section title="pacte.agreements.sections.renewal">
      <SelectInput source="renewal" id="renewal" choices={renewalChoices} />
      <Period name="renewalPeriod" />
      <Period name="noticePeriod" min={0} />
      <Period name="breachNotice" min={0} />
    </Section>
    <Section title="pacte.agreements.sections.money">
      <CentsInput source="totalAmountCents" id="totalAmountCents" />
      <TextInput source="paymentSchedule" id="paymentSchedule" multiline />
    </Section>
    <Section title="pacte.agreements.sections.data" columns={2}>
      <TextInput source="confidentiality" id="confidentiality" multiline minRows={2} />
      <TextInput source="dataRetention" id="dataRetention" multiline minRows={2} />
      <TextInput source="securityMeasures" id="securityMeasures" multiline minRows={2} />
      <TextInput source="dpoContacts" id="dpoContacts" multiline minRows={2} />
    </Section>
    <Section title="pacte.agreements.sections.acts">
      <ReferenceInput
        source="supersedesId"
        reference="agreements"
        sort={{ field: 'reference', order: 'ASC' }}
      >
        <AutocompleteInput
          id="supersedesId"
          optionText="reference"
          filterToQuery={(q: string) => (q ? { q } : {})}
        />
      </ReferenceInput>
      <TextInput source="supersedesNote" id="supersedesNote" />
      <DateInput source="prefectureDepositDate" id="prefectureDepositDate" />
      <DateInput source="publicationDate" id="publicationDate" />
    </Section>
    <TextInput source="notes" id="notes" multiline minRows={3} fullWidth />
  </SimpleForm>
);

export const AgreementCreate = () => (
  <Create
    redirect="show"
    record={{
      kind: 'partnership',
      effectiveFrom: 'signature',
      renewal: 'none',
      lifecycleState: 'signed',
      parties: [],
    }}
  >
    <AgreementForm creating />
  </Create>
);

export const AgreementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <AgreementForm />
  </Edit>
);
