import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../platform/errors/problem';
import type { ContractClause } from './subcontractors.rules';

/** Error codes of the subcontractors domain. */
export const subcontractorProblems = {
  evaluationRequired: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'SUBCONTRACTOR_EVALUATION_REQUIRED', {
      detail: 'A subcontractor is approved only after a passed selection evaluation (R-SC-01).',
    }),
  invalidTransition: (from: string, to: string) =>
    new ProblemException(HttpStatus.CONFLICT, 'SUBCONTRACTOR_INVALID_TRANSITION', {
      detail: `The status cannot go from ${from} to ${to}.`,
      extensions: { from, to },
    }),
  contractClausesMissing: (missing: ContractClause[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'CONTRACT_CLAUSES_MISSING', {
      detail: `The contract lacks clause${missing.length === 1 ? '' : 's'} ${missing.join(', ')} and no approved exception covers ${missing.length === 1 ? 'it' : 'them'} (R-SC-02).`,
      extensions: { missing },
    }),
  notDeletable: () =>
    new ProblemException(HttpStatus.CONFLICT, 'SUBCONTRACTOR_NOT_DELETABLE', {
      detail: 'Only a candidate without evaluations, contracts or audits can be deleted; terminate it instead.',
    }),
  auditClosed: () =>
    new ProblemException(HttpStatus.CONFLICT, 'SUBCONTRACTOR_AUDIT_CLOSED', {
      detail: 'The audit is closed.',
    }),
  ownerInvalid: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'SUBCONTRACTOR_OWNER_INVALID', {
      detail: 'The officer in charge must be an account of a member of this company.',
    }),
  resubcontractorParentInvalid: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'RESUBCONTRACTOR_PARENT_INVALID', {
      detail: "The parent must be another re-subcontractor of the same subcontractor's chain, not one below itself.",
    }),
  questionnaireGone: () =>
    new ProblemException(HttpStatus.GONE, 'QUESTIONNAIRE_LINK_GONE', {
      detail: 'This questionnaire link has been used or has expired. Ask the sender for a new one.',
    }),
  contactRequired: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'SUBCONTRACTOR_NOT_ACTIVE', {
      detail: 'Supervision audits are for approved subcontractors.',
    }),
};
