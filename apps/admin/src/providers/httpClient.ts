import { fetchUtils, HttpError } from 'react-admin';
import type { ErrorBody } from '@pacte/domain';

export const STALE_VERSION_MESSAGE =
  "Cet enregistrement a été modifié par quelqu'un d'autre ; rechargez la page.";
const NETWORK_MESSAGE = 'Le serveur Pacte ne répond pas ; vérifiez votre connexion et réessayez.';

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ErrorBody).message === 'string';
}

/**
 * Turns the API's error body (`{ statusCode, code, message, fields? }`) into what react-admin understands:
 * field errors under `body.errors` (shown under the inputs), and a French message everywhere else.
 */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof HttpError)) {
    return error instanceof TypeError ? new HttpError(NETWORK_MESSAGE, 0) : error;
  }
  const body: unknown = error.body;
  if (!isErrorBody(body)) return error;
  if (body.code === 'STALE_VERSION') {
    return new HttpError(STALE_VERSION_MESSAGE, error.status, body);
  }
  if (body.fields?.length) {
    const errors: Record<string, string> = {};
    for (const { field, message } of body.fields) errors[field] = message;
    return new HttpError(body.message, error.status, { ...body, errors });
  }
  return new HttpError(body.message, error.status, body);
}

/** `fetchJson` with the session cookie and the API's errors mapped. */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers as HeadersInit | undefined);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return fetchUtils
    .fetchJson(url, { ...options, headers, credentials: 'same-origin' })
    .catch((error: unknown) => Promise.reject(toHttpError(error)));
}
