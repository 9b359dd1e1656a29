import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp, fastifyOptions } from './common/http/setup';
import { VALIDATION_OPTIONS } from './common/errors/validation';
import type { Env } from './config/env';

export interface RunningServer {
  app: NestFastifyApplication;
  url: string;
  close(): Promise<void>;
}

/** Builds and starts the HTTP server (Fastify under Nest) on an already migrated database. */
export async function startServer(
  env: Env & { databaseUrl: string; corsOrigins?: string[] },
): Promise<RunningServer> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(env),
    new FastifyAdapter(fastifyOptions()),
    { bufferLogs: true, bodyParser: false }, // JSON is read by our own parser (setup.ts)
  );
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(new ValidationPipe(VALIDATION_OPTIONS));
  await configureApp(app, env);
  await app.listen(env.port, env.host);
  const address = app.getHttpServer().address() as { port: number };
  const host = env.host === '0.0.0.0' ? 'localhost' : env.host;
  return { app, url: `http://${host}:${address.port}`, close: () => app.close() };
}
