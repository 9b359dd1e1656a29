import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

interface Props {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
}

/** Picks an organisation by name (server-side `q` search). */
export const OrganisationReferenceInput = ({ source, label, validate }: Props) => (
  <ReferenceInput
    source={source}
    reference="organisations"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={50}
  >
    <AutocompleteInput
      id={source}
      label={label}
      optionText="name"
      validate={validate}
      filterToQuery={(q: string) => (q ? { q } : {})}
      fullWidth
    />
  </ReferenceInput>
);
