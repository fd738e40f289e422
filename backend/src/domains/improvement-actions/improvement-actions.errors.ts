import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../platform/errors/problem';

/** Error codes of the improvement actions domain. */
export const improvementProblems = {
  verifierIsOwner: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'EFFECTIVENESS_VERIFIER_IS_OWNER', {
      detail: 'The effectiveness check must be made by someone other than the owner of the action.',
    }),
  checkBeforeImplementation: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'EFFECTIVENESS_CHECK_BEFORE_IMPLEMENTATION', {
      detail: 'The effectiveness check cannot be dated before the implementation.',
    }),
  closingNeedsApproval: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'CLOSING_NEEDS_EXECUTIVE_APPROVAL', {
      detail: 'A major nonconformity is closed only with an executive approval.',
    }),
  approvalExecutiveOnly: () =>
    new ProblemException(HttpStatus.FORBIDDEN, 'CLOSING_APPROVAL_EXECUTIVE_ONLY', {
      detail: 'Only an executive of the company approves closing a major nonconformity.',
    }),
  transitionRefused: (status: string, step: string) =>
    new ProblemException(HttpStatus.CONFLICT, 'ACTION_TRANSITION_REFUSED', {
      detail: `The action is ${status}; "${step}" is not possible now.`,
      extensions: { currentStatus: status, step },
    }),
  implementationIncomplete: (fields: string[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'ACTION_IMPLEMENTATION_INCOMPLETE', {
      detail: `Fill in ${fields.join(', ')} before recording the implementation.`,
      extensions: { fields },
    }),
  personNotInCompany: (field: string) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'PERSON_NOT_IN_COMPANY', {
      detail: `${field} must be an active person of the action's company.`,
      extensions: { field },
    }),
  notDeletable: () =>
    new ProblemException(HttpStatus.CONFLICT, 'ACTION_NOT_DELETABLE', {
      detail: 'Only an open action recorded by hand can be deleted; close or keep the others.',
    }),
};
