import { ROLE_LABELS, type Role } from '@pacte/domain';

/** The signed-in user, as `GET /api/auth/me` and `POST /api/auth/login` return it. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  permissions: string[];
  demo: boolean;
}

export function roleLabel(role: Role | undefined): string {
  return role ? (ROLE_LABELS[role] ?? role) : '';
}
