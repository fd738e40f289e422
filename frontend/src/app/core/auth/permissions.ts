import type { components } from '../api';

/** The signed-in caller as `GET /api/v1/me` describes them. */
export type Me = components['schemas']['MeDto'];
export type Membership = components['schemas']['MeMembershipDto'];
export type Role = Membership['role'];
export type Grants = components['schemas']['GrantsDto'];
export type Resource = keyof Grants;
export type Action = NonNullable<Grants[Resource]>[number];

/** A permission of the backend's matrix: an action on a resource. */
export interface Permission {
  readonly resource: Resource;
  readonly action: Action;
}

/** The dictionary key of a role's name. */
export function roleKey(role: Role): `enums.role.${Role}` {
  return `enums.role.${role}`;
}

/** The roles in the order the product lists them. */
export const ROLES = [
  'pms_manager',
  'auditor',
  'dept_manager',
  'staff',
  'executive',
  'admin',
] as const satisfies readonly Role[];

/**
 * Whether `me` holds `permission`:
 * - in company `companyId` (a group-wide entry counts in every company);
 * - at group level when `companyId` is null (creating a company, group memberships);
 * - in at least one company when `companyId` is left out.
 * The server checks again on every request; this only decides what the screens offer.
 */
export function can(me: Me | null, permission: Permission, companyId?: string | null): boolean {
  if (!me) return false;
  return me.permissions.some((entry) => {
    const applies =
      companyId === undefined || entry.companyId === null || (companyId !== null && entry.companyId === companyId);
    return applies && (entry.grants[permission.resource] ?? []).includes(permission.action);
  });
}

/** `family given`, family name first as Japanese names are written; the e-mail when there is no person. */
export function displayName(me: Me): string {
  return me.person ? `${me.person.familyName} ${me.person.givenName}` : me.account.email;
}
