/**
 * The permission matrix: role × resource × action, in one place. The guard, the scoping helper, the
 * `GET /api/v1/me` export and the generated authorization test all read this file.
 *
 * A membership grants its role's permissions in one company, or in every company of the group when its
 * company is null. Records of a company the caller holds no membership in are invisible (404).
 */
export const ROLES = ['pms_manager', 'auditor', 'dept_manager', 'staff', 'executive', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

/** Resources and the actions each one has at all. */
export const RESOURCES = {
  company: ['read', 'create', 'update', 'delete'],
  department: ['read', 'create', 'update', 'delete'],
  person: ['read', 'create', 'update', 'delete'],
  account: ['read', 'create', 'update', 'delete'],
  membership: ['read', 'create', 'update', 'delete'],
  audit_trail: ['read'],
  /** Staff-roster CSV imports: upload (create), map and apply (update), discard (delete). */
  roster_import: ['read', 'create', 'update', 'delete'],
  /** Scheduled jobs and the mail outbox: group-level, only a group-wide membership may hold it. */
  operations: ['read', 'update'],
  /** Subcontractor supervision: register, evaluations, contracts, audits, re-subcontractors, settings. */
  subcontractor: ['read', 'create', 'update', 'delete'],
  /** Training courses (content, quiz, pledge) and their published versions. */
  training_course: ['read', 'create', 'update', 'delete'],
  /** Training campaigns, their assignments, progress, make-ups and exports. Own training needs none. */
  training_campaign: ['read', 'create', 'update'],
  /** Joint-use arrangements (共同利用), their notice versions and the change rules. */
  joint_use: ['read', 'create', 'update', 'delete'],
  /** Third-party provision and receipt records (確認・記録). */
  provision_record: ['read', 'create', 'update', 'delete'],
  /** The incident register: triage, clocks, reports to the PPC and JIPDEC, notices, closing. */
  incident: ['read', 'create', 'update'],
  /** Reporting an incident from the short form, and reading the incidents one reported oneself. */
  incident_report: ['read', 'create'],
  /** Improvement actions (A.3.8): update covers the life-cycle steps; closing a major one needs an executive. */
  improvement_action: ['read', 'create', 'update', 'delete'],
  /** Management reviews (9.3 / A.3.7.3): update covers compiling and, for the chair or an executive, sign-off. */
  management_review: ['read', 'create', 'update', 'delete'],
  /** The executive dashboard's figures. */
  dashboard: ['read'],
} as const satisfies Record<string, readonly Action[]>;
export type Resource = keyof typeof RESOURCES;
export const RESOURCE_NAMES = Object.keys(RESOURCES) as Resource[];

export type Grants = Partial<Record<Resource, readonly Action[]>>;

/** Resources of the whole installation (jobs, outbox): held only through a group-wide membership. */
export const GROUP_LEVEL_RESOURCES: readonly Resource[] = ['operations'];

const CRUD = ['read', 'create', 'update', 'delete'] as const;

/**
 * pms_manager keeps the registers and the roster; auditor reads everything; dept_manager, staff and
 * executive read the organisation; admin manages the organisation and the accounts and does no business
 * writes (business resources of later domains give admin no write).
 */
export const PERMISSION_MATRIX: Record<Role, Grants> = {
  pms_manager: {
    company: ['read', 'update'],
    department: CRUD,
    person: CRUD,
    account: ['read'],
    membership: ['read'],
    audit_trail: ['read'],
    roster_import: CRUD,
    subcontractor: CRUD,
    training_course: CRUD,
    training_campaign: ['read', 'create', 'update'],
    joint_use: CRUD,
    provision_record: CRUD,
    incident: ['read', 'create', 'update'],
    incident_report: ['read', 'create'],
    improvement_action: CRUD,
    management_review: CRUD,
    dashboard: ['read'],
  },
  auditor: {
    company: ['read'],
    department: ['read'],
    person: ['read'],
    account: ['read'],
    membership: ['read'],
    audit_trail: ['read'],
    roster_import: ['read'],
    operations: ['read'],
    subcontractor: ['read'],
    training_course: ['read'],
    training_campaign: ['read'],
    joint_use: ['read'],
    provision_record: ['read'],
    incident: ['read'],
    incident_report: ['read'],
    improvement_action: ['read'],
    management_review: ['read'],
    dashboard: ['read'],
  },
  dept_manager: {
    company: ['read'],
    department: ['read'],
    person: ['read'],
    training_course: ['read'],
    training_campaign: ['read'],
    incident_report: ['read', 'create'],
    improvement_action: ['read', 'update'],
  },
  staff: {
    company: ['read'],
    department: ['read'],
    incident_report: ['read', 'create'],
  },
  executive: {
    company: ['read'],
    department: ['read'],
    person: ['read'],
    subcontractor: ['read'],
    training_course: ['read'],
    training_campaign: ['read'],
    joint_use: ['read'],
    incident: ['read'],
    incident_report: ['read', 'create'],
    improvement_action: ['read', 'update'],
    management_review: ['read', 'update'],
    dashboard: ['read'],
  },
  admin: {
    company: CRUD,
    department: CRUD,
    person: CRUD,
    account: CRUD,
    membership: CRUD,
    audit_trail: ['read'],
    roster_import: CRUD,
    operations: ['read', 'update'],
  },
};

/** The part of a membership that matters for access. `companyId` null = the whole group. */
export interface Grant {
  companyId: string | null;
  role: Role;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleAllows(role: Role, resource: Resource, action: Action): boolean {
  return PERMISSION_MATRIX[role][resource]?.includes(action) ?? false;
}

/** Whether the memberships hold any role in the company (a group membership covers every company). */
export function belongsTo(grants: readonly Grant[], companyId: string): boolean {
  return grants.some((g) => g.companyId === null || g.companyId === companyId);
}

export function hasGroupMembership(grants: readonly Grant[]): boolean {
  return grants.some((g) => g.companyId === null);
}

/**
 * Whether the memberships allow the action on a record of `companyId`. `null` asks for the group level
 * (creating a company, group memberships): only a group membership can allow it.
 */
export function can(grants: readonly Grant[], resource: Resource, action: Action, companyId: string | null): boolean {
  return grants.some(
    (g) =>
      (g.companyId === null || (companyId !== null && g.companyId === companyId)) &&
      roleAllows(g.role, resource, action),
  );
}

/** Whether the action is allowed in at least one company. */
export function canAnywhere(grants: readonly Grant[], resource: Resource, action: Action): boolean {
  return grants.some((g) => roleAllows(g.role, resource, action));
}

/** Which companies a query may touch: all of them (group grant) or a list, possibly empty. */
export type Scope = { all: true } | { all: false; companyIds: string[] };

export function scopeFor(grants: readonly Grant[], resource: Resource, action: Action): Scope {
  if (grants.some((g) => g.companyId === null && roleAllows(g.role, resource, action))) return { all: true };
  const ids = new Set<string>();
  for (const g of grants) if (g.companyId !== null && roleAllows(g.role, resource, action)) ids.add(g.companyId);
  return { all: false, companyIds: [...ids].sort() };
}

export function scopeIncludes(scope: Scope, companyId: string | null): boolean {
  if (scope.all) return true;
  return companyId !== null && scope.companyIds.includes(companyId);
}

/** The union of the grants of several roles. */
export function mergeGrants(roles: readonly Role[]): Grants {
  const merged: Partial<Record<Resource, Set<Action>>> = {};
  for (const role of roles) {
    for (const [resource, actions] of Object.entries(PERMISSION_MATRIX[role]) as [Resource, readonly Action[]][]) {
      const set = (merged[resource] ??= new Set());
      actions.forEach((a) => set.add(a));
    }
  }
  const out: Grants = {};
  for (const resource of RESOURCE_NAMES) {
    const set = merged[resource];
    if (set?.size) out[resource] = ACTIONS.filter((a) => set.has(a));
  }
  return out;
}

/**
 * Effective permissions per scope, for the front end: one entry for the group (when a group membership
 * exists) and one per company membership, each with the union of the roles that apply there.
 */
export function effectivePermissions(
  grants: readonly Grant[],
): { companyId: string | null; roles: Role[]; grants: Grants }[] {
  const groupRoles = [...new Set(grants.filter((g) => g.companyId === null).map((g) => g.role))];
  const companies = [...new Set(grants.filter((g) => g.companyId !== null).map((g) => g.companyId as string))].sort();
  const out: { companyId: string | null; roles: Role[]; grants: Grants }[] = [];
  if (groupRoles.length) out.push({ companyId: null, roles: sortRoles(groupRoles), grants: mergeGrants(groupRoles) });
  for (const companyId of companies) {
    const roles = sortRoles([
      ...new Set([...groupRoles, ...grants.filter((g) => g.companyId === companyId).map((g) => g.role)]),
    ]);
    const merged = mergeGrants(roles);
    // A company membership never opens an installation-wide resource; a group membership does.
    const fromGroup = mergeGrants(groupRoles);
    for (const resource of GROUP_LEVEL_RESOURCES) {
      if (fromGroup[resource]) merged[resource] = fromGroup[resource];
      else delete merged[resource];
    }
    out.push({ companyId, roles, grants: merged });
  }
  return out;
}

function sortRoles(roles: Role[]): Role[] {
  return [...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}
