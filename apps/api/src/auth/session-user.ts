import type { Role } from '@pacte/domain';

/** Who is acting, as the guard established it from the session cookie. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  sessionId: string;
}

/** What services need to know about the request they serve: the actor and where it came from. */
export interface RequestContext {
  user: SessionUser;
  requestId: string;
  ip: string | null;
}
