import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AUTHENTICATED, hasPermission, isPermission, PUBLIC, RouteAccess } from '@pacte/domain';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/errors/api-error';
import { pathOf } from '../common/http/http-types';
import { ACCESS_KEY, PacteRequest } from './access.decorator';
import { SessionService } from './session.service';
import { SESSION_COOKIE } from './tokens';

/**
 * The one gate of the API, applied to every route: a route without a declared access is refused
 * (and reported), a protected route needs a live session, a permission needs the role to hold it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<PacteRequest>();
    if (access === undefined || (access !== PUBLIC && access !== AUTHENTICATED && !isPermission(access))) {
      this.logger.error(
        `Route without a declared access: ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw ApiError.forbidden();
    }
    if (access === PUBLIC) return true;
    const user = await this.sessions.authenticate(request.cookies?.[SESSION_COOKIE]);
    if (!user) throw ApiError.unauthenticated();
    request.user = user;
    if (access === AUTHENTICATED || hasPermission(user.role, access)) return true;
    await this.audit.record({
      action: 'permission_denied',
      actorId: user.id,
      actorEmail: user.email,
      actorOrganisationId: user.organisationId,
      requestId: request.id,
      ip: request.ip ?? null,
      details: { permission: access, method: request.method, path: pathOf(request) },
    });
    throw ApiError.forbidden();
  }
}
