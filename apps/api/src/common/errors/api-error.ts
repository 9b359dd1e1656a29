import { DomainError, ErrorCode, FieldError } from '@pacte/domain';

/** A DomainError raised by the API layer itself (authentication, lock-out, conflicts…). */
export class ApiError extends DomainError {
  constructor(
    code: ErrorCode,
    message: string,
    fields: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message, fields);
  }

  static notFound(what = 'Enregistrement'): ApiError {
    return new ApiError('NOT_FOUND', `${what} introuvable.`);
  }
  static unauthenticated(): ApiError {
    return new ApiError('UNAUTHENTICATED', 'Vous devez vous connecter.');
  }
  static forbidden(): ApiError {
    return new ApiError('FORBIDDEN', "Vous n'avez pas le droit d'effectuer cette action.");
  }
  static stale(): ApiError {
    return new ApiError(
      'STALE_VERSION',
      "Cet enregistrement a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert ; rechargez-le.",
      [{ field: 'version', message: 'Version périmée.' }],
    );
  }
}
