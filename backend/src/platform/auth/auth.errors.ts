import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../errors/problem';

/** Error codes of sign-in, sessions and access. */
export const authProblems = {
  unauthenticated: () =>
    new ProblemException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', {
      detail: 'Sign in first; the session is missing or has ended.',
    }),
  invalidCredentials: () =>
    new ProblemException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', {
      detail: 'The e-mail address or the password is not correct.',
    }),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new ProblemException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', {
      detail: 'Too many failed sign-ins from this address. Try again later.',
      headers: { 'retry-after': String(retryAfterSeconds) },
    }),
  csrf: () =>
    new ProblemException(HttpStatus.FORBIDDEN, 'CSRF_TOKEN_INVALID', {
      detail: 'Send the XSRF-TOKEN cookie value in the X-XSRF-TOKEN header (GET /api/v1/auth/csrf issues one).',
    }),
  passwordChangeRequired: () =>
    new ProblemException(HttpStatus.FORBIDDEN, 'PASSWORD_CHANGE_REQUIRED', {
      detail: 'Change your password (POST /api/v1/auth/password) before doing anything else.',
    }),
  forbidden: () =>
    new ProblemException(HttpStatus.FORBIDDEN, 'FORBIDDEN', {
      detail: 'Your role does not allow this in this company.',
    }),
};
