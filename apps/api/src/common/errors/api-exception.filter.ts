import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError, ERROR_CODES, ErrorBody, ErrorCode } from '@pacte/domain';
import type { HttpReply, HttpRequest } from '../http/http-types';
import { ApiError } from './api-error';
import { describePostgresError } from './postgres-errors';

const HTTP_TO_CODE: Record<number, [ErrorCode, string]> = {
  400: ['VALIDATION_FAILED', 'Requête invalide.'],
  401: ['UNAUTHENTICATED', 'Vous devez vous connecter.'],
  403: ['FORBIDDEN', "Vous n'avez pas le droit d'effectuer cette action."],
  404: ['NOT_FOUND', 'Ressource introuvable.'],
  405: ['FORBIDDEN', 'Méthode non autorisée.'],
  409: ['CONFLICT', 'Conflit avec l’état actuel.'],
  413: ['PAYLOAD_TOO_LARGE', 'Contenu trop volumineux.'],
  415: [
    'VALIDATION_FAILED',
    'Type de contenu non pris en charge : envoyez du JSON ou un formulaire multipart.',
  ],
  429: ['TOO_MANY_ATTEMPTS', 'Trop de tentatives ; réessayez plus tard.'],
};

/** Turns any error into the one error body; never lets a stack trace reach the client. */
export function toErrorBody(exception: unknown): { body: ErrorBody; headers: Record<string, string> } {
  if (exception instanceof DomainError) {
    const headers = exception instanceof ApiError ? exception.headers : {};
    return {
      body: {
        statusCode: ERROR_CODES[exception.code],
        code: exception.code,
        message: exception.message,
        fields: exception.fields.length ? exception.fields : undefined,
      },
      headers,
    };
  }
  if (exception instanceof ThrottlerException) {
    return {
      body: { statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: HTTP_TO_CODE[429][1] },
      headers: { 'Retry-After': '60' },
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const [code, message] =
      HTTP_TO_CODE[status] ??
      (status < 500 ? ['VALIDATION_FAILED', 'Requête invalide.'] : ['INTERNAL', 'Erreur interne.']);
    return { body: { statusCode: status < 500 ? status : 500, code, message }, headers: {} };
  }
  const pg = describePostgresError(exception);
  if (pg)
    return {
      body: { statusCode: pg.status, code: pg.code, message: pg.field.message, fields: [pg.field] },
      headers: {},
    };
  return {
    body: { statusCode: 500, code: 'INTERNAL', message: 'Erreur interne. L’incident a été journalisé.' },
    headers: {},
  };
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<HttpReply>();
    const request = host.switchToHttp().getRequest<HttpRequest>();
    const { body, headers } = toErrorBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500) {
      // Name, message and stack only: a driver error's parameters may hold personal data.
      const err =
        exception instanceof Error
          ? { name: exception.name, message: exception.message, stack: exception.stack }
          : { value: typeof exception };
      this.logger.error({ requestId: body.requestId, err }, 'Unhandled error');
    }
    if (reply.sent) return;
    void reply.headers(headers).status(body.statusCode).send(body);
  }
}
