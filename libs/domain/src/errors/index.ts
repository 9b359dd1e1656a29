/** Stable error codes of the API. The HTTP status is chosen once, from the code, by the API's filter. */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  INVALID_QUERY: 400,
  MALFORMED_JSON: 400,
  INVALID_TRANSITION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  field: string;
  message: string;
}

/** The one body shape of every API error. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  requestId?: string;
}

/** A rule broken by input: carries the field at fault and a French message. Framework-free. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError('VALIDATION_FAILED', message, [{ field, message }]);
  }
}
