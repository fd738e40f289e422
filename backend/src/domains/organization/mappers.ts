import type { Account } from './account.entity';
import type { Company } from './company.entity';
import type { Department } from './department.entity';
import type { AccountDto } from './dto/account.dto';
import type { CompanyDto } from './dto/company.dto';
import type { DepartmentDto } from './dto/department.dto';
import type { MembershipDto } from './dto/membership.dto';
import type { PersonDto } from './dto/person.dto';
import type { Membership } from './membership.entity';
import type { Person } from './person.entity';

/** One mapping function per response shape: entities never leave the backend. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toCompanyDto(c: Company): CompanyDto {
  return {
    id: c.id,
    nameJa: c.nameJa,
    nameEn: c.nameEn,
    corporateNumber: c.corporateNumber,
    postalCode: c.postalCode,
    address: c.address,
    representativeTitle: c.representativeTitle,
    representativeName: c.representativeName,
    privacyMarkHolder: c.privacyMarkHolder,
    privacyMarkNumber: c.privacyMarkNumber,
    privacyMarkExpiresOn: c.privacyMarkExpiresOn,
    contactDeskName: c.contactDeskName,
    contactPostalCode: c.contactPostalCode,
    contactAddress: c.contactAddress,
    contactPhone: c.contactPhone,
    contactHours: c.contactHours,
    contactEmail: c.contactEmail,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

export function toDepartmentDto(d: Department): DepartmentDto {
  return {
    id: d.id,
    companyId: d.companyId,
    parentId: d.parentId,
    name: d.name,
    code: d.code,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    version: d.version,
  };
}

export function toPersonDto(p: Person): PersonDto {
  return {
    id: p.id,
    companyId: p.companyId,
    employeeNumber: p.employeeNumber,
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKana: p.familyNameKana,
    givenNameKana: p.givenNameKana,
    email: p.email,
    departmentId: p.departmentId,
    employmentType: p.employmentType,
    hireDate: p.hireDate,
    leaveDate: p.leaveDate,
    active: p.active,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function toAccountDto(a: Account, now: Date): AccountDto {
  return {
    id: a.id,
    companyId: a.companyId,
    personId: a.personId,
    email: a.email,
    language: a.language,
    disabled: a.disabled,
    mustChangePassword: a.mustChangePassword,
    locked: a.lockedUntil !== null && a.lockedUntil.getTime() > now.getTime(),
    lockedUntil: iso(a.lockedUntil),
    lastSignInAt: iso(a.lastSignInAt),
    passwordChangedAt: iso(a.passwordChangedAt),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}

export function toMembershipDto(m: Membership): MembershipDto {
  return {
    id: m.id,
    accountId: m.accountId,
    companyId: m.companyId,
    role: m.role,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    version: m.version,
  };
}

const NOT_AUDITED = new Set(['id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version', 'locked']);

/** The fields an audit event compares: the response shape without bookkeeping columns. */
export function auditSnapshot(dto: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(dto).filter(([key]) => !NOT_AUDITED.has(key)));
}
