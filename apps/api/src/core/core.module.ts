import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/session.service';
import { ENV, Env } from '../config/env';

/** What every feature module may inject: the environment, the audit trail and the sessions. */
@Global()
@Module({})
export class CoreModule {
  static register(env: Env): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: ENV, useValue: env }, AuditService, SessionService],
      exports: [ENV, AuditService, SessionService],
    };
  }
}
