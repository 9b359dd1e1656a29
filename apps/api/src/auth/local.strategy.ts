import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { DomainError } from '@pacte/domain';
import { Strategy } from 'passport-local';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/errors/api-error';
import type { PacteRequest } from './access.decorator';
import { LoginThrottleService } from './login-throttle.service';
import { decoyHash, verifyPassword } from './passwords';

export interface AuthenticatedUser {
  id: string;
  email: string;
  organisationId: string;
}

const WRONG_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: PacteRequest, rawEmail: unknown, password: unknown): Promise<AuthenticatedUser> {
    if (typeof rawEmail !== 'string' || rawEmail.length > 320)
      throw DomainError.invalid('email', 'Adresse électronique invalide.');
    if (typeof password !== 'string' || password.length > 1024)
      throw DomainError.invalid('password', 'Mot de passe invalide.');
    const email = rawEmail.trim().toLowerCase();
    const where = { requestId: String(request.id ?? ''), ip: request.ip ?? null, entityType: 'users' };

    const lock = await this.throttle.state(email);
    if (lock.locked) {
      await this.audit.record({
        ...where,
        action: 'login_locked',
        actorEmail: email,
        details: { retryAfterSeconds: lock.retryAfterSeconds },
      });
      throw this.lockedError(lock.retryAfterSeconds);
    }
    const rows: Array<AuthenticatedUser & { passwordHash: string; active: boolean }> =
      await this.dataSource.query(
        `SELECT id, email, organisation_id AS "organisationId", password_hash AS "passwordHash", active FROM users WHERE email = $1`,
        [email],
      );
    const user = rows[0];
    const valid = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await decoyHash(), password).then(() => false);
    if (!valid || !user.active) {
      const state = await this.throttle.fail(email);
      await this.audit.record({
        ...where,
        action: state.locked ? 'login_locked' : 'login_failure',
        actorId: user?.id ?? null,
        actorEmail: email,
        actorOrganisationId: user?.organisationId ?? null,
        entityId: user?.id ?? null,
        details: {
          reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'inactive',
          ...(state.locked ? { lockedForSeconds: state.retryAfterSeconds } : {}),
        },
      });
      throw new ApiError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await this.throttle.succeed(email);
    return { id: user.id, email: user.email, organisationId: user.organisationId };
  }

  private lockedError(seconds: number): ApiError {
    const minutes = Math.ceil(seconds / 60);
    return new ApiError(
      'TOO_MANY_ATTEMPTS',
      `Trop d'échecs de connexion : compte temporairement verrouillé. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      [],
      { 'Retry-After': String(seconds) },
    );
  }
}
