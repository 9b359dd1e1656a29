import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SessionService } from '../../auth/session.service';
import { SESSION_COOKIE } from '../../auth/tokens';
import type { Env } from '../../config/env';
import { toErrorBody } from '../errors/api-exception.filter';
import { ApiError } from '../errors/api-error';
import { DomainError } from '@pacte/domain';

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}

/** Body-parser failures happen before Nest's filters: give them the same error body. */
function bodyErrors(
  error: Error & { type?: string; status?: number },
  req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (!error.type) return next(error);
  const mapped =
    error.type === 'entity.parse.failed'
      ? new DomainError('MALFORMED_JSON', 'Le corps de la requête n’est pas un JSON valide.')
      : error.type === 'entity.too.large'
        ? new ApiError('PAYLOAD_TOO_LARGE', 'Contenu trop volumineux.')
        : new DomainError('VALIDATION_FAILED', 'Corps de requête illisible.');
  const { body } = toErrorBody(mapped);
  body.requestId = String((req as Request & { id?: string }).id ?? '') || undefined;
  res.status(body.statusCode).json(body);
}

/** Serves the built admin at `/`, with the runtime configuration it reads injected into index.html. */
function serveAdmin(app: NestExpressApplication, env: Env): void {
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
  const assets = express.static(dist, { index: false, maxAge: '1h', immutable: false });
  // The API never looks on disk: only non-API paths go through the static files.
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api') ? next() : assets(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
}

/** OpenAPI at /api/docs, for signed-in users only like every other route but health and login. */
function serveDocs(app: NestExpressApplication): void {
  const sessions = app.get(SessionService);
  app.use('/api/docs', async (req: Request, res: Response, next: NextFunction) => {
    const user = await sessions.authenticate(req.cookies?.[SESSION_COOKIE]).catch(() => null);
    if (user) return next();
    const { body } = toErrorBody(ApiError.unauthenticated());
    res.status(401).json(body);
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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}

export function configureApp(app: NestExpressApplication, env: Env & { corsOrigins?: string[] }): void {
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // Responses are per-user and not cached: no ETag hashing of every body.
  app.set('etag', false);
  app.use(securityHeaders);
  const json = express.json({ limit: '1mb' });
  // Only requests that carry a body are read as JSON; GETs skip the parser entirely.
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'GET' || req.method === 'HEAD' ? next() : json(req, res, next),
  );
  app.use(bodyErrors);
  app.use(cookieParser());
  app.enableCors({
    origin: env.corsOrigins && env.corsOrigins.length > 0 ? env.corsOrigins : false,
    credentials: true,
    exposedHeaders: ['Content-Range', 'X-Request-Id'],
  });
  app.setGlobalPrefix('api');
  serveDocs(app);
  serveAdmin(app, env);
}

export type { INestApplication };
