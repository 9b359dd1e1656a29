import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { auditEventsResource } from './audit/audit-events.resource';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LocalStrategy } from './auth/local.strategy';
import { LoginThrottleService } from './auth/login-throttle.service';
import { crudController } from './common/crud/crud.controller';
import { crudProvider } from './common/crud/crud.provider';
import { ApiExceptionFilter } from './common/errors/api-exception.filter';
import { requestIdOf } from './common/http/setup';
import { Env } from './config/env';
import { CoreModule } from './core/core.module';
import { AgreementsModule } from './agreements/agreements.module';
import { ResidencesModule } from './residences/residences.module';
import { SessionService } from './auth/session.service';
import { CreateContactDto, UpdateContactDto } from './contacts/contact.dto';
import { contactsResource } from './contacts/contacts.resource';
import { DashboardController } from './dashboard/dashboard.controller';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { CreateOrganisationDto, UpdateOrganisationDto } from './organisations/organisation.dto';
import { organisationsResource, OrganisationsService } from './organisations/organisations.resource';
import { UpdateUserDto } from './users/user.dto';
import { UsersController } from './users/users.controller';
import { usersResource, UsersService } from './users/users.resource';

@Module({})
export class AppModule {
  static register(env: Env & { databaseUrl: string }): DynamicModule {
    // Request lines are written at info and below. Above that, no per-request logging middleware
    // runs at all (errors are logged by the exception filter with their request id).
    const requestLines = ['trace', 'debug', 'info'].includes(env.logLevel);
    return {
      module: AppModule,
      imports: [
        CoreModule.register(env),
        LoggerModule.forRoot({
          forRoutes: requestLines ? [{ path: '{*path}', method: RequestMethod.ALL }] : [],
          pinoHttp: {
            level: env.logLevel,
            autoLogging: requestLines,
            quietReqLogger: true,
            // The id Fastify gave the request (and sent back as X-Request-Id).
            genReqId: (request: IncomingMessage) => requestIdOf(request),
            // Paths only: query strings (search terms, filters) may carry names.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(env.databaseUrl)),
        TerminusModule.forRoot({ logger: false }),
        PassportModule,
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 100_000 }]),
        AgreementsModule,
        ResidencesModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        DashboardController,
        UsersController,
        crudController(organisationsResource, {
          create: CreateOrganisationDto,
          update: UpdateOrganisationDto,
        }),
        crudController(contactsResource, { create: CreateContactDto, update: UpdateContactDto }),
        crudController(usersResource, { update: UpdateUserDto }, ['list', 'get', 'update']),
        crudController(auditEventsResource, {}, ['list', 'get']),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
        LoginThrottleService,
        LocalStrategy,
        AuthService,
        ...crudProvider(organisationsResource, OrganisationsService),
        ...crudProvider(contactsResource),
        ...crudProvider(usersResource, UsersService, [SessionService]),
        ...crudProvider(auditEventsResource),
      ],
    };
  }
}
