import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from './auth.service';
import type { Grants, Me, Membership, Role } from './permissions';

/** Company ids used by the unit tests. */
export const TEST_COMPANY = '11111111-1111-4111-8111-111111111111';
export const OTHER_COMPANY = '22222222-2222-4222-8222-222222222222';

const GRANTS: Readonly<Record<Role, Grants>> = {
  pms_manager: {
    company: ['read', 'update'],
    department: ['read', 'create', 'update', 'delete'],
    person: ['read', 'create', 'update', 'delete'],
    account: ['read'],
    membership: ['read'],
    audit_trail: ['read'],
  },
  auditor: {
    company: ['read'],
    department: ['read'],
    person: ['read'],
    account: ['read'],
    membership: ['read'],
    audit_trail: ['read'],
  },
  dept_manager: { company: ['read'], department: ['read'], person: ['read'] },
  staff: { company: ['read'], department: ['read'] },
  executive: { company: ['read'], department: ['read'], person: ['read'] },
  admin: {
    company: ['read', 'create', 'update', 'delete'],
    department: ['read', 'create', 'update', 'delete'],
    person: ['read', 'create', 'update', 'delete'],
    account: ['read', 'create', 'update', 'delete'],
    membership: ['read', 'create', 'update', 'delete'],
    audit_trail: ['read'],
  },
};

/**
 * A `GET /api/v1/me` answer for tests: one person holding `roles` in `TEST_COMPANY` (or in the whole
 * group with `group: true`), with the grants the backend's matrix gives those roles.
 */
export function meFixture(
  options: { roles?: readonly Role[]; group?: boolean; companies?: number; mustChangePassword?: boolean } = {},
): Me {
  const roles = options.roles ?? ['pms_manager'];
  const companyId = options.group ? null : TEST_COMPANY;
  const names = [
    { id: TEST_COMPANY, nameJa: 'GMO TECH株式会社', nameEn: 'GMO TECH, Inc.' },
    { id: OTHER_COMPANY, nameJa: 'GMOメディア株式会社', nameEn: 'GMO Media, Inc.' },
  ].slice(0, options.companies ?? 1);
  const memberships: Membership[] = roles.map((role, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    companyId,
    companyNameJa: companyId ? names[0].nameJa : null,
    companyNameEn: companyId ? names[0].nameEn : null,
    role,
  }));
  const merged: Grants = {};
  for (const role of roles) {
    for (const [resource, actions] of Object.entries(GRANTS[role]) as [keyof Grants, Grants[keyof Grants]][]) {
      merged[resource] = [...new Set([...(merged[resource] ?? []), ...(actions ?? [])])];
    }
  }
  return {
    account: {
      id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      email: 'pms@mamori.example',
      language: 'ja',
      mustChangePassword: options.mustChangePassword ?? false,
    },
    person: {
      id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
      companyId: TEST_COMPANY,
      employeeNumber: 'T0001',
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      departmentId: null,
      departmentName: '個人情報保護推進室',
    },
    memberships,
    companies: names,
    permissions: [{ companyId, roles: [...roles], grants: merged }],
    matrix: GRANTS as Me['matrix'],
    session: { expiresAt: '2026-06-10T12:00:00.000Z', idleTimeoutSeconds: 1800 },
  };
}

/** Signs `me` in through the real AuthService, answering its `GET /api/v1/me`. */
export async function signInForTest(me: Me | null): Promise<void> {
  const loaded = TestBed.inject(AuthService).ensureLoaded();
  const request = TestBed.inject(HttpTestingController).expectOne('/api/v1/me');
  if (me) request.flush(me);
  else request.flush({ code: 'UNAUTHENTICATED', status: 401 }, { status: 401, statusText: 'Unauthorized' });
  await loaded;
}
