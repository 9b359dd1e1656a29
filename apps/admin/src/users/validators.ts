import { email, maxLength, required } from 'react-admin';
import { passwordProblem } from '@pacte/domain';

/** Optional: left empty, the server generates a temporary password. */
const password = (value: unknown, values: { email?: string }) =>
  typeof value === 'string' && value !== ''
    ? (passwordProblem(value, values.email ?? '') ?? undefined)
    : undefined;

/** Shared by UserCreate and UserEdit. */
export const validateUser = {
  email: [required(), email('Adresse électronique invalide')],
  displayName: [required(), maxLength(120)],
  organisationId: [required()],
  role: [required()],
  password: [password],
};
