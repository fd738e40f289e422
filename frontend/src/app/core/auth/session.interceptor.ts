import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH, safeReturnUrl } from './auth.guards';
import { AuthService, SESSION_REQUEST } from './auth.service';

function codeOf(error: HttpErrorResponse): string | undefined {
  const body: unknown = error.error;
  return body !== null && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'string'
    ? (body as { code: string }).code
    : undefined;
}

/**
 * A 401 from any call but the session layer's own means the session ended (idle timeout, signed out
 * elsewhere, account disabled): forget the caller and go to the sign-in page, which brings them back.
 * A 403 PASSWORD_CHANGE_REQUIRED goes to the change-password page.
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !request.context.get(SESSION_REQUEST)) {
        const current = router.url;
        if (error.status === 401) {
          auth.clear();
          if (!current.startsWith(SIGN_IN_PATH)) {
            const returnUrl = safeReturnUrl(current);
            void router.navigate([SIGN_IN_PATH], {
              queryParams: { reason: 'expired', ...(returnUrl !== '/' ? { returnUrl } : {}) },
            });
          }
        } else if (error.status === 403 && codeOf(error) === 'PASSWORD_CHANGE_REQUIRED') {
          if (!current.startsWith(CHANGE_PASSWORD_PATH)) {
            void auth
              .refresh()
              .finally(() =>
                router.navigate([CHANGE_PASSWORD_PATH], { queryParams: { returnUrl: safeReturnUrl(current) } }),
              );
          }
        }
      }
      return throwError(() => error);
    }),
  );
};
