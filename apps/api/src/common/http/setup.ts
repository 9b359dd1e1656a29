import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import secureJsonParse from 'secure-json-parse';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { DomainError } from '@pacte/domain';
import { SessionService } from '../../auth/session.service';
import { SESSION_COOKIE } from '../../auth/tokens';
import type { Env } from '../../config/env';
import { ApiError } from '../errors/api-error';
import { toErrorBody } from '../errors/api-exception.filter';
import { HttpReply, HttpRequest, pathOf } from './http-types';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;
const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * The request id: the caller's `X-Request-Id` when it is a sane token, else a new UUID. Kept on the
 * raw request so that Fastify, the logger and the audit trail all use the same one.
 */
export function requestIdOf(raw: IncomingMessage & { id?: unknown }): string {
  if (typeof raw.id === 'string') return raw.id;
  const given = raw.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  raw.id = id;
  return id;
}

export function fastifyOptions(): FastifyServerOptions {
  return {
    // Behind a reverse proxy on the same host only: X-Forwarded-For is believed from loopback alone.
    trustProxy: 'loopback',
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: requestIdOf,
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  };
}

function sendError(request: HttpRequest, reply: HttpReply, error: unknown): void {
  const { body, headers } = toErrorBody(error);
  body.requestId = request.id;
  void reply.headers(headers).status(body.statusCode).send(body);
}

/** Serves the built admin at `/`, with the runtime configuration it reads injected into index.html. */
async function serveAdmin(fastify: FastifyInstance, env: Env): Promise<void> {
  const dist = path.resolve(env.adminDist);
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  const script = `window.__PACTE__=${JSON.stringify({ demo: env.demo })}`;
  const scriptHash = createHash('sha256').update(script).digest('base64');
  const html = fs.readFileSync(indexFile, 'utf8').replace('</head>', `<script>${script}</script></head>`);
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'sha256-${scriptHash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  // One route per built file (listed once at start): the API never looks on disk.
  await fastify.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false,
    index: false,
    maxAge: '1h',
    decorateReply: false,
  });
  // Any other GET outside the API is a page of the single-page admin.
  fastify.get('/*', (request, reply) => {
    if (pathOf(request).startsWith('/api')) return sendError(request, reply, ApiError.notFound('Ressource'));
    void reply
      .header('Content-Security-Policy', csp)
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html);
  });
}

/** OpenAPI at /api/docs, for signed-in users only like every other route but health and login. */
function serveDocs(app: NestFastifyApplication, fastify: FastifyInstance): void {
  const sessions = app.get(SessionService);
  fastify.addHook('onRequest', async (request: HttpRequest, reply: HttpReply) => {
    if (!request.url.startsWith('/api/docs')) return;
    const user = await sessions.authenticate(request.cookies[SESSION_COOKIE]).catch(() => null);
    if (!user) sendError(request, reply, ApiError.unauthenticated());
  });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pacte API')
      .setDescription('Registre des partenaires, consentements, traitements et intégration SIAO')
      .setVersion('1')
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  // Body schemas from the DTOs' class-validator rules (the same rules that validate requests), so
  // that the DTOs Swagger references are not empty objects.
  const fromValidation = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/' });
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ...(fromValidation as NonNullable<NonNullable<typeof document.components>['schemas']>),
    },
  };
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}

export async function configureApp(
  app: NestFastifyApplication,
  env: Env & { corsOrigins?: string[] },
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers({
      'X-Request-Id': request.id,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    done();
  });
  // JSON as Express read it: an empty body is no body (clients send the header on bodiless POSTs).
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    if (text === '') return done(null, undefined);
    try {
      done(null, secureJsonParse(text as string));
    } catch {
      done(new DomainError('MALFORMED_JSON', 'Le corps de la requête n’est pas un JSON valide.'), undefined);
    }
  });
  await app.register(fastifyCookie);
  // Uploads are read by the routes that take one (FileUpload), each with its own limits.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 30, fieldSize: 10_000 } });
  app.enableCors({
    origin: env.corsOrigins && env.corsOrigins.length > 0 ? env.corsOrigins : false,
    credentials: true,
    exposedHeaders: ['Content-Range', 'X-Request-Id'],
  });
  app.setGlobalPrefix('api');
  serveDocs(app, fastify);
  await serveAdmin(fastify, env);
}

export type { INestApplication };
