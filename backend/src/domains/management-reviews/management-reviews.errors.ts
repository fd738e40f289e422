import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../platform/errors/problem';

/** Error codes of the management reviews domain. */
export const reviewProblems = {
  signed: () =>
    new ProblemException(HttpStatus.CONFLICT, 'REVIEW_SIGNED', {
      detail: 'Signed minutes are frozen. Start a new revision to change them.',
    }),
  notSigned: () =>
    new ProblemException(HttpStatus.CONFLICT, 'REVIEW_NOT_SIGNED', {
      detail: 'Only the signed minutes can be revised.',
    }),
  inputsBlank: (inputs: string[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'REVIEW_INPUTS_BLANK', {
      detail: `These inputs are blank: ${inputs.join(', ')}. Write a commentary or mark "no change".`,
      extensions: { inputs },
    }),
  auditReportMissing: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'REVIEW_AUDIT_REPORT_MISSING', {
      detail: 'Name the latest internal audit report (input A.3.7.3 a) before signing off.',
    }),
  decisionsIncomplete: (errors: { field: string; code: string; message: string }[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'REVIEW_DECISION_INCOMPLETE', {
      detail: 'Every decision needs a description, an owner and a due date: it becomes an improvement action.',
      errors,
    }),
  signOffForbidden: () =>
    new ProblemException(HttpStatus.FORBIDDEN, 'REVIEW_SIGN_OFF_FORBIDDEN', {
      detail: 'Only the chair or an executive of the company signs off the minutes.',
    }),
  chairNotExecutive: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'REVIEW_CHAIR_NOT_EXECUTIVE', {
      detail: 'The chair must be an executive (top management) of the company.',
    }),
  personNotInCompany: (field: string) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'PERSON_NOT_IN_COMPANY', {
      detail: `${field} must name active people of the review's company.`,
      extensions: { field },
    }),
};
