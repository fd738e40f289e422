import { HttpContextToken, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { ApiProblem } from './api-problem';
import { ErrorNotifier } from './error-notifier.service';

/** Set on a request whose caller shows the failure itself (inline), so no snackbar appears. */
export const SILENT_ERRORS = new HttpContextToken<boolean>(() => false);

/**
 * Codes the session layer answers by moving to another page (the sign-in page, the password change)
 * instead of with a message here.
 */
export const SESSION_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED']);

/** Every failed request becomes an `ApiProblem`; unless the caller opted out, the user is told in a snackbar. */
export const problemInterceptor: HttpInterceptorFn = (request, next) => {
  const notifier = inject(ErrorNotifier);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) return throwError(() => error);
      const problem = ApiProblem.fromHttpError(error);
      if (!request.context.get(SILENT_ERRORS) && !SESSION_CODES.has(problem.code)) void notifier.show(problem);
      return throwError(() => problem);
    }),
  );
};
