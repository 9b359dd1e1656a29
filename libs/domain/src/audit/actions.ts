/** What the audit trail records; shared by the API (writes, filters) and the admin (labels, filters). */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'read',
  'export',
  'login_success',
  'login_failure',
  'login_locked',
  'logout',
  'permission_denied',
  'password_reset',
  'transition',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
