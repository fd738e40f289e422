import type { Role } from '../platform/access/permissions';

/** The password of every demo account (demo mode only; never loaded in production). */
export const DEMO_PASSWORD = 'mamori-demo-2026';

export interface DemoAccount {
  email: string;
  role: Role;
  /** `group`: a membership covering every company of the group. */
  scope: 'gmo-tech' | 'group' | 'gmo-pepabo';
  label: string;
}

/** The demo accounts, as the README and the start-up banner list them. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@mamori.example', role: 'admin', scope: 'group', label: 'administrator, whole group' },
  { email: 'pms@mamori.example', role: 'pms_manager', scope: 'gmo-tech', label: 'PMS manager, GMO TECH' },
  { email: 'auditor@mamori.example', role: 'auditor', scope: 'gmo-tech', label: 'internal auditor, GMO TECH' },
  { email: 'manager@mamori.example', role: 'dept_manager', scope: 'gmo-tech', label: 'department manager, GMO TECH' },
  { email: 'staff@mamori.example', role: 'staff', scope: 'gmo-tech', label: 'staff, GMO TECH' },
  { email: 'exec@mamori.example', role: 'executive', scope: 'gmo-tech', label: 'executive, GMO TECH' },
  { email: 'pms2@mamori.example', role: 'pms_manager', scope: 'gmo-pepabo', label: 'PMS manager, GMO Pepabo' },
  // Last, so the accounts above keep the generated people they sign in for (the seeder pairs them by position).
  { email: 'cpo@mamori.example', role: 'executive', scope: 'group', label: 'executive, whole group (group roll-up)' },
];
