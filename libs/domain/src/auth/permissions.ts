import type { Role } from './roles';

/**
 * Every protected thing in Pacte. A resource's `read` covers list, show and export; `write` covers
 * create, edit and delete. The API guards and the admin's `canAccess` both read this one table.
 */
export const RESOURCES = [
  'organisations',
  'contacts',
  'users',
  'audit-events',
  'agreements',
  'agreement-documents',
  'deliberations',
  'residences',
  'residents',
  'residency-contracts',
  'contract-templates',
  'consents',
  'purposes',
  'processing-activities',
  'data-flows',
  'rights-requests',
  'integration',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Action = 'read' | 'write';
export type Permission = `${Resource}:${Action}`;

/** Routes open to anyone signed in (their own session), and routes open to everyone. */
export const AUTHENTICATED = 'authenticated' as const;
export const PUBLIC = 'public' as const;
export type RouteAccess = Permission | typeof AUTHENTICATED | typeof PUBLIC;

const READ: readonly Action[] = ['read'];
const READ_WRITE: readonly Action[] = ['read', 'write'];
const ALL = Object.fromEntries(RESOURCES.map((r) => [r, READ_WRITE])) as Record<Resource, readonly Action[]>;
const READ_ALL = Object.fromEntries(RESOURCES.map((r) => [r, READ])) as Record<Resource, readonly Action[]>;

export const PERMISSION_MATRIX: Record<Role, Partial<Record<Resource, readonly Action[]>>> = {
  admin: ALL,
  auditor: READ_ALL,
  ccas_agent: {
    organisations: READ_WRITE,
    contacts: READ_WRITE,
    agreements: READ_WRITE,
    'agreement-documents': READ_WRITE,
    deliberations: READ_WRITE,
    residences: READ,
    purposes: READ,
  },
  residence_agent: {
    organisations: READ,
    residences: READ,
    residents: READ_WRITE,
    'residency-contracts': READ_WRITE,
    'contract-templates': READ,
    consents: READ_WRITE,
    purposes: READ,
  },
  dpo: {
    organisations: READ_WRITE,
    contacts: READ,
    'audit-events': READ,
    agreements: READ,
    'agreement-documents': READ,
    deliberations: READ,
    residences: READ,
    residents: READ,
    'residency-contracts': READ,
    'contract-templates': READ_WRITE,
    consents: READ,
    purposes: READ_WRITE,
    'processing-activities': READ_WRITE,
    'data-flows': READ_WRITE,
    'rights-requests': READ_WRITE,
  },
  siao_operator: {
    organisations: READ,
    contacts: READ,
    consents: READ,
    purposes: READ,
    integration: READ_WRITE,
  },
};

export function permissionsOf(role: Role): Permission[] {
  const granted = PERMISSION_MATRIX[role];
  return RESOURCES.flatMap((resource) =>
    (granted[resource] ?? []).map((action) => `${resource}:${action}` as Permission),
  );
}

export function hasPermission(role: Role, permission: Permission): boolean {
  const [resource, action] = permission.split(':') as [Resource, Action];
  return PERMISSION_MATRIX[role][resource]?.includes(action) ?? false;
}

export function isPermission(value: string): value is Permission {
  const [resource, action] = value.split(':');
  return (RESOURCES as readonly string[]).includes(resource) && (action === 'read' || action === 'write');
}

/** react-admin's actions mapped onto the matrix's two verbs. */
export function actionOf(raAction: string): Action {
  return ['list', 'show', 'export', 'read'].includes(raAction) ? 'read' : 'write';
}

/**
 * Screens that need a second right beside their own. The consent ledger is a register of residents:
 * a role that may not read residents (the SIAO operator, who only queries the consents in force for
 * the integration, never who refused) holds `consents:read` but gets no ledger screen.
 */
export const SCREEN_ALSO_REQUIRES: Partial<Record<Resource, Permission>> = {
  consents: 'residents:read',
};

/** Whether a role sees a screen (menu, list, page, button) of the admin for a react-admin action. */
export function canUseScreen(role: Role, resource: string, raAction: string): boolean {
  const permission = `${resource}:${actionOf(raAction)}`;
  if (!isPermission(permission) || !hasPermission(role, permission)) return false;
  const also = SCREEN_ALSO_REQUIRES[resource as Resource];
  return also === undefined || hasPermission(role, also);
}
