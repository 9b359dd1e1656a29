import { useEffect } from 'react';
import {
  AutocompleteInput,
  DateInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { EditToolbar } from '../../common/EditToolbar';
import { Section } from '../../common/Section';
import { fetchMyResidence } from '../api';
import { sexChoices } from '../choices';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

/** Shared by ResidentCreate and ResidentEdit; the API enforces the same rules. */
export const validateResident = {
  residenceId: [required()],
  lastName: [required()],
  firstName: [required()],
  birthDate: [
    required(),
    minValue('1900-01-01', 'La date de naissance ne peut pas être antérieure au 1er janvier 1900.'),
    (v: string) => (v && v > today() ? 'La date de naissance ne peut pas être dans le futur.' : undefined),
  ],
  sex: [required()],
  entryDate: [required()],
  adults: [minValue(1), maxValue(20)],
  children: [minValue(0), maxValue(20)],
};

/** A residence agent works at one residence: a new resident is his residence's. */
const DefaultResidence = () => {
  const { getValues, setValue } = useFormContext();
  useEffect(() => {
    if (getValues('residenceId')) return;
    fetchMyResidence().then(
      (mine) => mine && setValue('residenceId', mine.id, { shouldDirty: true }),
      () => undefined,
    );
  }, [getValues, setValue]);
  return null;
};

export const ResidentForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm toolbar={<EditToolbar deletable={false} />} mode="onBlur" reValidateMode="onBlur">
    {creating && <DefaultResidence />}
    <Section title="pacte.sections.identity">
      <TextInput source="lastName" id="lastName" validate={validateResident.lastName} />
      <TextInput source="birthName" id="birthName" />
      <TextInput source="firstName" id="firstName" validate={validateResident.firstName} />
      <DateInput source="birthDate" id="birthDate" validate={validateResident.birthDate} />
      <SelectInput source="sex" id="sex" choices={sexChoices} validate={validateResident.sex} />
    </Section>
    <Section title="pacte.residences.sections.stay">
      <ReferenceInput source="residenceId" reference="residences" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          id="residenceId"
          optionText="name"
          validate={validateResident.residenceId}
          filterToQuery={(q: string) => (q ? { q } : {})}
        />
      </ReferenceInput>
      <TextInput source="unit" id="unit" />
      <DateInput source="entryDate" id="entryDate" validate={validateResident.entryDate} />
      <DateInput source="exitDate" id="exitDate" />
      <NumberInput source="adults" id="adults" min={1} max={20} validate={validateResident.adults} />
      <NumberInput source="children" id="children" min={0} max={20} validate={validateResident.children} />
    </Section>
    <TextInput source="notes" id="notes" multiline minRows={3} fullWidth />
  </SimpleForm>
);
