import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './common/http/setup';
import { VALIDATION_OPTIONS } from './common/errors/validation';
import type { Env } from './config/env';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/** Builds and starts the HTTP server on an already migrated database. */
export async function startServer(
  env: Env & { databaseUrl: string; corsOrigins?: string[] },
): Promise<RunningServer> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(env), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(new ValidationPipe(VALIDATION_OPTIONS));
  configureApp(app, env);
  await app.listen(env.port, env.host);
  const address = app.getHttpServer().address() as { port: number };
  const host = env.host === '0.0.0.0' ? 'localhost' : env.host;
  return { app, url: `http://${host}:${address.port}`, close: () => app.close() };
}
