import {
  ACTIONS,
  belongsTo,
  can,
  canAnywhere,
  effectivePermissions,
  Grant,
  mergeGrants,
  PERMISSION_MATRIX,
  RESOURCE_NAMES,
  RESOURCES,
  roleAllows,
  ROLES,
  scopeFor,
  scopeIncludes,
} from './permissions';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('permission matrix', () => {
  it('names only resources and actions that exist', () => {
    for (const role of ROLES) {
      for (const [resource, actions] of Object.entries(PERMISSION_MATRIX[role])) {
        expect(RESOURCE_NAMES).toContain(resource);
        for (const action of actions)
          expect(RESOURCES[resource as keyof typeof RESOURCES] as readonly string[]).toContain(action);
      }
    }
  });

  it('lets the auditor read everything and write nothing', () => {
    for (const resource of RESOURCE_NAMES) {
      expect(roleAllows('auditor', resource, 'read')).toBe(true);
      for (const action of ACTIONS.filter((a) => a !== 'read'))
        expect(roleAllows('auditor', resource, action)).toBe(false);
    }
  });

  it('gives staff no access to the roster, accounts or the audit trail', () => {
    expect(roleAllows('staff', 'person', 'read')).toBe(false);
    expect(roleAllows('staff', 'account', 'read')).toBe(false);
    expect(roleAllows('staff', 'audit_trail', 'read')).toBe(false);
  });

  it('lets anyone but the auditor and the administrator report an incident; only the PMS manager triages', () => {
    for (const role of ['pms_manager', 'dept_manager', 'staff', 'executive'] as const)
      expect(roleAllows(role, 'incident_report', 'create')).toBe(true);
    expect(roleAllows('admin', 'incident_report', 'create')).toBe(false);
    expect(ROLES.filter((r) => roleAllows(r, 'incident', 'update'))).toEqual(['pms_manager']);
    expect(ROLES.filter((r) => roleAllows(r, 'incident', 'read'))).toEqual(['pms_manager', 'auditor', 'executive']);
  });

  it('keeps account and membership management with the administrator', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      for (const resource of ['account', 'membership'] as const) {
        expect(
          roleAllows(role, resource, 'create') ||
            roleAllows(role, resource, 'update') ||
            roleAllows(role, resource, 'delete'),
        ).toBe(false);
      }
    }
  });
});

describe('access helpers', () => {
  const companyAdmin: Grant[] = [{ companyId: A, role: 'admin' }];
  const groupAuditor: Grant[] = [{ companyId: null, role: 'auditor' }];
  const mixed: Grant[] = [
    { companyId: A, role: 'pms_manager' },
    { companyId: B, role: 'staff' },
  ];

  it('can: a company membership acts in its company only; group-level actions need a group membership', () => {
    expect(can(companyAdmin, 'person', 'update', A)).toBe(true);
    expect(can(companyAdmin, 'person', 'update', B)).toBe(false);
    expect(can(companyAdmin, 'company', 'create', null)).toBe(false);
    expect(can([{ companyId: null, role: 'admin' }], 'company', 'create', null)).toBe(true);
    expect(can(groupAuditor, 'person', 'read', B)).toBe(true);
    expect(can(mixed, 'person', 'update', B)).toBe(false);
  });

  it('belongsTo and canAnywhere', () => {
    expect(belongsTo(mixed, B)).toBe(true);
    expect(belongsTo(companyAdmin, B)).toBe(false);
    expect(belongsTo(groupAuditor, B)).toBe(true);
    expect(canAnywhere(mixed, 'person', 'delete')).toBe(true);
    expect(canAnywhere([{ companyId: A, role: 'staff' }], 'person', 'read')).toBe(false);
  });

  it('scopeFor lists the companies where the action is allowed, or all for a group grant', () => {
    expect(scopeFor(mixed, 'person', 'read')).toEqual({ all: false, companyIds: [A] });
    expect(scopeFor(mixed, 'department', 'read')).toEqual({ all: false, companyIds: [A, B] });
    expect(scopeFor(groupAuditor, 'person', 'read')).toEqual({ all: true });
    expect(scopeFor(groupAuditor, 'person', 'update')).toEqual({ all: false, companyIds: [] });
    expect(scopeIncludes({ all: false, companyIds: [A] }, A)).toBe(true);
    expect(scopeIncludes({ all: false, companyIds: [A] }, null)).toBe(false);
    expect(scopeIncludes({ all: true }, null)).toBe(true);
  });

  it('mergeGrants unions roles in matrix order', () => {
    expect(mergeGrants(['staff', 'auditor']).person).toEqual(['read']);
    expect(mergeGrants(['auditor', 'admin']).account).toEqual(['read', 'create', 'update', 'delete']);
    expect(mergeGrants([])).toEqual({});
  });

  it('effectivePermissions: one entry for the group and one per company, group roles included in each', () => {
    const result = effectivePermissions([{ companyId: null, role: 'executive' }, ...mixed]);
    expect(result.map((r) => [r.companyId, r.roles])).toEqual([
      [null, ['executive']],
      [A, ['pms_manager', 'executive']],
      [B, ['staff', 'executive']],
    ]);
    expect(result[2].grants.person).toEqual(['read']);
  });

  it('effectivePermissions: the jobs and the outbox come with a group-wide membership only', () => {
    const company = '00000000-0000-4000-8000-0000000000c1';
    const [companyOnly] = effectivePermissions([{ companyId: company, role: 'admin' }]);
    expect(companyOnly.grants.operations).toBeUndefined();
    const [group, inCompany] = effectivePermissions([
      { companyId: null, role: 'admin' },
      { companyId: company, role: 'auditor' },
    ]);
    expect(group.grants.operations).toEqual(['read', 'update']);
    expect(inCompany.grants.operations).toEqual(['read', 'update']);
  });
});
