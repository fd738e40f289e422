import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../platform/errors/problem';

/** Error codes of the organization domain. */
export const organizationProblems = {
  corporateNumberTaken: () =>
    new ProblemException(HttpStatus.CONFLICT, 'COMPANY_CORPORATE_NUMBER_TAKEN', {
      detail: 'Another company has this corporate number.',
    }),
  companyNotEmpty: () =>
    new ProblemException(HttpStatus.CONFLICT, 'COMPANY_NOT_EMPTY', {
      detail: 'The company still has departments, people or accounts. Remove them first.',
    }),
  departmentCodeTaken: () =>
    new ProblemException(HttpStatus.CONFLICT, 'DEPARTMENT_CODE_TAKEN', {
      detail: 'Another department of this company has this code.',
    }),
  departmentNotEmpty: () =>
    new ProblemException(HttpStatus.CONFLICT, 'DEPARTMENT_NOT_EMPTY', {
      detail: 'The department still has sub-departments or people. Move them first.',
    }),
  departmentParentInvalid: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'DEPARTMENT_PARENT_INVALID', {
      detail: 'The parent must be another department of the same company, not the department itself or one below it.',
    }),
  employeeNumberTaken: () =>
    new ProblemException(HttpStatus.CONFLICT, 'PERSON_EMPLOYEE_NUMBER_TAKEN', {
      detail: 'Another person of this company has this employee number.',
    }),
  personDepartmentInvalid: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'PERSON_DEPARTMENT_INVALID', {
      detail: 'The department belongs to another company.',
    }),
  personHasAccount: () =>
    new ProblemException(HttpStatus.CONFLICT, 'PERSON_HAS_ACCOUNT', {
      detail: 'The person has a sign-in account. Delete the account first, or mark the person as left.',
    }),
  accountEmailTaken: () =>
    new ProblemException(HttpStatus.CONFLICT, 'ACCOUNT_EMAIL_TAKEN', {
      detail: 'Another account has this e-mail address.',
    }),
  accountPersonTaken: () =>
    new ProblemException(HttpStatus.CONFLICT, 'ACCOUNT_PERSON_TAKEN', { detail: 'The person already has an account.' }),
  accountSelfChange: () =>
    new ProblemException(HttpStatus.CONFLICT, 'ACCOUNT_SELF_CHANGE_REFUSED', {
      detail: 'You cannot disable or delete your own account, nor remove your own memberships.',
    }),
  membershipExists: () =>
    new ProblemException(HttpStatus.CONFLICT, 'MEMBERSHIP_EXISTS', {
      detail: 'The account already holds this role there.',
    }),
};

/** Maps a unique-constraint violation (SQLSTATE 23505) to the domain's error, by constraint name. */
const UNIQUE_CONSTRAINTS: Record<string, () => ProblemException> = {
  ux_companies_corporate_number: organizationProblems.corporateNumberTaken,
  ux_departments_company_code: organizationProblems.departmentCodeTaken,
  ux_people_company_employee_number: organizationProblems.employeeNumberTaken,
  ux_accounts_email: organizationProblems.accountEmailTaken,
  ux_accounts_person: organizationProblems.accountPersonTaken,
  ux_memberships_account_company_role: organizationProblems.membershipExists,
  ux_memberships_account_group_role: organizationProblems.membershipExists,
};

export function translateUniqueViolation(error: unknown): unknown {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const constraint = e?.driverError?.constraint ?? e?.constraint;
  if (code === '23505' && constraint && UNIQUE_CONSTRAINTS[constraint]) return UNIQUE_CONSTRAINTS[constraint]();
  if (code === '23503' || code === '23001') {
    return new ProblemException(HttpStatus.CONFLICT, 'STILL_REFERENCED', {
      detail: 'Other records still refer to this one.',
    });
  }
  return error;
}
