import { FieldError } from '@pacte/domain';

/** What a named constraint means to a user: the field at fault and a French message. */
const CONSTRAINTS: Record<string, FieldError> = {
  uq_users_email: { field: 'email', message: 'Cette adresse électronique est déjà utilisée.' },
  uq_organisations_siret: { field: 'siret', message: 'Une autre organisation porte déjà ce SIRET.' },
  fk_contacts_organisation: { field: 'organisationId', message: 'Organisation inconnue.' },
  fk_organisations_parent: { field: 'parentId', message: 'Organisation parente inconnue.' },
  fk_users_organisation: { field: 'organisationId', message: 'Organisation inconnue.' },
  ck_organisations_not_own_parent: {
    field: 'parentId',
    message: 'Une organisation ne peut pas dépendre d’elle-même.',
  },
};

export function registerConstraintMessages(entries: Record<string, FieldError>): void {
  Object.assign(CONSTRAINTS, entries);
}

interface PgError {
  code?: string;
  constraint?: string;
}

/** Maps a PostgreSQL error on input to a 4xx meaning, or null when it is a server fault. */
export function describePostgresError(
  error: unknown,
): { status: 400 | 409; code: 'VALIDATION_FAILED' | 'CONFLICT'; field: FieldError } | null {
  const pg = (error as { driverError?: PgError }).driverError ?? (error as PgError);
  if (!pg || typeof pg.code !== 'string') return null;
  const known = pg.constraint ? CONSTRAINTS[pg.constraint] : undefined;
  switch (pg.code) {
    case '23505':
      return {
        status: 409,
        code: 'CONFLICT',
        field: known ?? { field: 'id', message: 'Cet enregistrement existe déjà.' },
      };
    case '23503':
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        field: known ?? { field: 'id', message: 'Référence inconnue ou encore utilisée.' },
      };
    case '23514':
    case '23502':
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        field: known ?? { field: 'id', message: 'Valeur non autorisée.' },
      };
    case '22P02':
    case '22007':
    case '22008':
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        field: { field: 'id', message: 'Valeur mal formée.' },
      };
    default:
      return null;
  }
}
