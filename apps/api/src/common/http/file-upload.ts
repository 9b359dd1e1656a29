import {
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Inject,
  mixin,
  NestInterceptor,
  Type,
} from '@nestjs/common';
import { DomainError } from '@pacte/domain';
import type { Observable } from 'rxjs';
import { ENV, type Env } from '../../config/env';
import { ApiError } from '../errors/api-error';
import type { HttpRequest } from './http-types';

/** An uploaded file, read into memory (documents and scans are stored in PostgreSQL). */
export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}

export interface UploadLimits {
  fileSize: number;
  fields?: number;
  fieldSize?: number;
}

/** 413 with the limit in words, on the upload's field. */
export function tooLarge(maxBytes: number, field = 'file'): ApiError {
  const size =
    maxBytes >= 1024 * 1024
      ? `${Math.round((maxBytes / (1024 * 1024)) * 10) / 10} Mio`
      : `${maxBytes} octets`;
  return new ApiError('PAYLOAD_TOO_LARGE', `Fichier trop volumineux : ${size} au plus.`, [
    { field, message: `${size} au plus.` },
  ]);
}

type UploadRequest = HttpRequest & { upload?: UploadedFile; body: unknown };

/** The file read by the route's FileUpload interceptor (undefined when none was sent). */
export const Upload = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UploadedFile | undefined =>
    context.switchToHttp().getRequest<UploadRequest>().upload,
);

/**
 * Reads a multipart/form-data request: one file in `field` (handed to `@Upload()`), the other
 * parts as text fields of the body (validated by the route's DTO like a JSON body). A request that is
 * not multipart passes untouched, so a route may accept JSON too. Runs after the access guard:
 * nothing is read for a caller without the right.
 */
export function FileUpload(field: string, limitsOf: (env: Env) => UploadLimits): Type<NestInterceptor> {
  class FileUploadInterceptor implements NestInterceptor {
    constructor(@Inject(ENV) private readonly env: Env) {}

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<UploadRequest>();
      if (!request.isMultipart()) return next.handle();
      const limits = limitsOf(this.env);
      const fields = limits.fields ?? 30;
      const body: Record<string, string> = {};
      try {
        const parts = request.parts({
          limits: { fileSize: limits.fileSize, files: 1, fields, fieldSize: limits.fieldSize ?? 10_000 },
        });
        for await (const part of parts) {
          if (part.type === 'file') {
            if (part.fieldname !== field)
              throw DomainError.invalid(
                part.fieldname,
                `Champ de fichier inattendu « ${part.fieldname} » : le fichier va dans « ${field} ».`,
              );
            const buffer = await part.toBuffer();
            request.upload = {
              buffer,
              originalname: part.filename,
              mimetype: part.mimetype,
              size: buffer.length,
            };
          } else {
            body[part.fieldname] = String(part.value);
          }
        }
      } catch (error) {
        throw uploadError(error, field, limits.fileSize);
      }
      request.body = body;
      return next.handle();
    }
  }
  return mixin(FileUploadInterceptor);
}

/** @fastify/multipart's limit errors, in French and on the field at fault. */
function uploadError(error: unknown, field: string, maxBytes: number): unknown {
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes, field);
    case 'FST_FILES_LIMIT':
      return DomainError.invalid(field, 'Un seul fichier par envoi.');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new DomainError('VALIDATION_FAILED', 'Trop de champs dans l’envoi.');
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new DomainError('VALIDATION_FAILED', 'Envoi multipart illisible.');
    default:
      return error;
  }
}
