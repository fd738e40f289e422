import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../errors/problem';

/** Error codes of the job runner. */
export const jobProblems = {
  running: () =>
    new ProblemException(HttpStatus.CONFLICT, 'JOB_RUNNING', {
      detail: 'The job is running right now (in this or another API process). Try again when it has finished.',
    }),
  unknown: () => new ProblemException(HttpStatus.NOT_FOUND, 'NOT_FOUND', { detail: 'There is no job of this name.' }),
};
