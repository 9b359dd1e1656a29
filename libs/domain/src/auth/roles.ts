export const ROLES = ['admin', 'ccas_agent', 'residence_agent', 'dpo', 'siao_operator', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrateur',
  ccas_agent: 'Agent du CCAS',
  residence_agent: 'Agent de résidence',
  dpo: 'Délégué à la protection des données',
  siao_operator: 'Opérateur SIAO',
  auditor: 'Auditeur',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
