import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../platform/errors/problem';
import type { ChangeClassification, ChangeRefusal, NoticeItem } from './joint-use.rules';
import type { RecordField } from './provision-record.rules';

const CHANGE_DETAILS: Record<ChangeRefusal, string> = {
  JOINT_USE_SCOPE_CHANGE_FORBIDDEN:
    'The data items and the scope of joint users may not change, unless the persons consented beforehand, a joint user only changed its name, or a joint user was succeeded by merger (with the items unchanged).',
  JOINT_USE_EXCEPTION_JUSTIFICATION_REQUIRED: 'Say why the chosen exception applies (at least 10 characters).',
  JOINT_USE_PRIOR_NOTICE_REQUIRED:
    'A change of the purposes or of the responsible party must be published before it takes effect: give an effective date after the publication date.',
};

/** Error codes of the joint-use domain and of the provision records. */
export const jointUseProblems = {
  noticeIncomplete: (missing: NoticeItem[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'JOINT_USE_NOTICE_INCOMPLETE', {
      detail: `The notice lacks required items: ${missing.join(', ')}.`,
      extensions: { missing },
    }),
  contractMissing: (jointUsers: string[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'JOINT_USE_CONTRACT_MISSING', {
      detail: 'Every joint user needs a signed joint-use contract on file (date and reference).',
      extensions: { jointUsers },
    }),
  changeRefused: (code: ChangeRefusal, classification: ChangeClassification) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, code, {
      detail: CHANGE_DETAILS[code],
      extensions: { kinds: classification.kinds, changedFields: classification.changedFields },
    }),
  companyUnknown: (field: string) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'JOINT_USE_COMPANY_UNKNOWN', {
      detail: 'The company is not in the group directory.',
      errors: [{ field, code: 'JOINT_USE_COMPANY_UNKNOWN', message: `${field} is not a company of the group` }],
    }),
  notDraft: () =>
    new ProblemException(HttpStatus.CONFLICT, 'JOINT_USE_NOT_DRAFT', {
      detail: 'A published arrangement stays on record; end it instead.',
    }),
  ended: () => new ProblemException(HttpStatus.CONFLICT, 'JOINT_USE_ENDED', { detail: 'The arrangement has ended.' }),
  notPublished: () =>
    new ProblemException(HttpStatus.NOT_FOUND, 'JOINT_USE_NOT_PUBLISHED', {
      detail: 'The arrangement has no published notice yet.',
    }),
  nothingToPublish: () =>
    new ProblemException(HttpStatus.CONFLICT, 'JOINT_USE_NOTHING_TO_PUBLISH', {
      detail: 'The published notice already says all of this.',
    }),
  recordIncomplete: (missing: RecordField[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'PROVISION_RECORD_INCOMPLETE', {
      detail: `The record lacks what its basis requires: ${missing.join(', ')}.`,
      extensions: { missing },
    }),
  providerUnverified: (missing: RecordField[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'PROVISION_RECEIPT_PROVIDER_UNVERIFIED', {
      detail: `Confirm the provider before accepting the data: ${missing.join(', ')}.`,
      extensions: { missing },
    }),
  retentionActive: (purgeAfter: string) =>
    new ProblemException(HttpStatus.CONFLICT, 'RECORD_RETENTION_ACTIVE', {
      detail: `The record must be kept until ${purgeAfter}.`,
      extensions: { purgeAfter },
    }),
};
