import { HttpStatus } from '@nestjs/common';
import { problems, ProblemException } from '../../platform/errors/problem';

/** Error codes of the training domain. */
export const trainingProblems = {
  topicsIncomplete: (missing: string[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'TRAINING_TOPICS_INCOMPLETE', {
      detail: `An annual course must cover the policy, its importance, roles and responsibilities, and the consequences of violations. Missing: ${missing.join(', ')}.`,
      extensions: { missingTopics: missing },
    }),
  courseNotPublished: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'TRAINING_COURSE_NOT_PUBLISHED', {
      detail: 'Publish the course before starting a campaign with it.',
    }),
  courseInUse: () =>
    new ProblemException(HttpStatus.CONFLICT, 'TRAINING_COURSE_IN_USE', {
      detail: 'The course has been published. Published courses are kept with their versions.',
    }),
  alreadyPublished: () =>
    new ProblemException(HttpStatus.CONFLICT, 'TRAINING_COURSE_ALREADY_PUBLISHED', {
      detail: 'The course is published; save an edit to publish its next version.',
    }),
  alreadyPassed: () =>
    new ProblemException(HttpStatus.CONFLICT, 'TRAINING_ALREADY_PASSED', {
      detail: 'This assignment is already passed; the attestation is recorded.',
    }),
  withdrawn: () =>
    new ProblemException(HttpStatus.CONFLICT, 'TRAINING_ASSIGNMENT_WITHDRAWN', {
      detail: 'This assignment was withdrawn.',
    }),
  versionMismatch: () =>
    new ProblemException(HttpStatus.CONFLICT, 'TRAINING_COURSE_VERSION_CHANGED', {
      detail: 'The course was updated while you were answering. Reload it and answer again.',
    }),
  pledgeRequired: () =>
    problems.validation([{ field: 'pledgeAccepted', code: 'PLEDGE_REQUIRED', message: 'accept the pledge to submit' }]),
  attestationImmutable: () =>
    new ProblemException(HttpStatus.METHOD_NOT_ALLOWED, 'TRAINING_ATTESTATION_IMMUTABLE', {
      detail: 'Attestations are records: nobody can edit or delete them.',
    }),
  makeUpRefused: (reason: string) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, `TRAINING_MAKEUP_${reason}`, {
      detail: 'A make-up assignment is for people who missed the due date and have no open make-up.',
    }),
  audienceOutOfScope: () =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'TRAINING_AUDIENCE_INVALID', {
      detail: 'The audience names a company or department you cannot assign training in.',
    }),
};
