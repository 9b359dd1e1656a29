import type { Role } from '@pacte/domain';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  organisationKey: string;
}

/** One account per role, for demo mode only. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@pacte.demo', displayName: 'Administratrice Pacte', role: 'admin', organisationKey: 'ccas' },
  {
    email: 'ccas@pacte.demo',
    displayName: 'Camille Agent CCAS',
    role: 'ccas_agent',
    organisationKey: 'ccas',
  },
  {
    email: 'residence@pacte.demo',
    displayName: 'Rémi Résidence Abrioux',
    role: 'residence_agent',
    organisationKey: 'ccas',
  },
  { email: 'dpo@pacte.demo', displayName: 'Dominique DPO', role: 'dpo', organisationKey: 'ccas' },
  {
    email: 'siao@pacte.demo',
    displayName: 'Sacha Opérateur SIAO',
    role: 'siao_operator',
    organisationKey: 'siao21',
  },
  { email: 'auditeur@pacte.demo', displayName: 'Alex Auditeur', role: 'auditor', organisationKey: 'ccas' },
];
