import { email, maxLength, regex, required } from 'react-admin';

/** Shared by ContactCreate and ContactEdit. */
export const validateContact = {
  organisationId: [required()],
  lastName: [required(), maxLength(120)],
  firstName: [maxLength(120)],
  jobTitle: [maxLength(200)],
  email: [email('Adresse électronique invalide')],
  phone: [regex(/^\+?[0-9 .()-]{6,25}$/, 'Numéro de téléphone invalide')],
};
