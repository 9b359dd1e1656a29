import { email, maxLength, regex, required } from 'react-admin';
import { isValidSiret, normaliseSiret } from '@pacte/domain';

export const SIRET_INVALID = 'SIRET invalide (14 chiffres, clé de contrôle)';

const siret = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !isValidSiret(value) ? SIRET_INVALID : undefined;

/** Shared by OrganisationCreate and OrganisationEdit. */
export const validateOrganisation = {
  name: [required(), maxLength(200)],
  shortName: [maxLength(60)],
  legalForm: [required()],
  siret: [siret],
  postcode: [regex(/^(\d{5}|\d{2} ?\d{3})$/, 'Code postal invalide (5 chiffres)')],
  website: [regex(/^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i, 'Adresse web invalide')],
  dpoEmail: [email('Adresse électronique invalide')],
};

/** Sent as 14 digits, whatever spaces or dots the user typed. */
export function transformOrganisation<T extends { siret?: string | null }>(data: T): T {
  return { ...data, siret: data.siret ? normaliseSiret(data.siret) : null };
}
