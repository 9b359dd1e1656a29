import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { AUTHENTICATED, Permission, PUBLIC, RouteAccess } from '@pacte/domain';
import type { HttpRequest } from '../common/http/http-types';
import { ApiError } from '../common/errors/api-error';
import type { RequestContext, SessionUser } from './session-user';

export const ACCESS_KEY = 'pacte:access';

/** Every route declares who may call it; the global AccessGuard refuses any route that does not. */
export const Access = (access: RouteAccess) => SetMetadata(ACCESS_KEY, access);
export const RequirePermission = (permission: Permission) => Access(permission);
export const Public = () => Access(PUBLIC);
export const Authenticated = () => Access(AUTHENTICATED);

export type PacteRequest = HttpRequest & { user?: SessionUser };

export function requestContextOf(request: PacteRequest): RequestContext {
  if (!request.user) throw ApiError.unauthenticated();
  return { user: request.user, requestId: request.id, ip: request.ip ?? null };
}

export const Ctx = createParamDecorator((_data: unknown, host: ExecutionContext): RequestContext =>
  requestContextOf(host.switchToHttp().getRequest<PacteRequest>()),
);
