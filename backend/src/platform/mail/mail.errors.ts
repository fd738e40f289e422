import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../errors/problem';

export const mailProblems = {
  notRetryable: () =>
    new ProblemException(HttpStatus.CONFLICT, 'MAIL_NOT_RETRYABLE', {
      detail: 'Only a mail whose sending failed can be sent again.',
    }),
};
