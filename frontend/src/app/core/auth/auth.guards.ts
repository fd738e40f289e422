import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router, type UrlTree } from '@angular/router';
import { AuthService } from './auth.service';
import { CompanyContext } from './company-context.service';
import type { Permission } from './permissions';

export const SIGN_IN_PATH = '/sign-in';
export const CHANGE_PASSWORD_PATH = '/change-password';

/** Only same-app paths are followed after sign-in, never another site. */
export function safeReturnUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (value.startsWith(SIGN_IN_PATH) || value.startsWith(CHANGE_PASSWORD_PATH)) return '/';
  return value;
}

function signInTree(router: Router, returnUrl: string, reason?: 'unavailable'): UrlTree {
  const queryParams: Record<string, string> = {};
  if (returnUrl && returnUrl !== '/') queryParams['returnUrl'] = returnUrl;
  if (reason) queryParams['reason'] = reason;
  return router.createUrlTree([SIGN_IN_PATH], { queryParams });
}

/**
 * Pages of the app: nobody signed in → the sign-in page, which brings them back here afterwards; a
 * password change pending after an administrator's reset → the change-password page first.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  try {
    const me = await auth.ensureLoaded();
    if (!me) return signInTree(router, state.url);
    if (me.account.mustChangePassword) {
      return router.createUrlTree([CHANGE_PASSWORD_PATH], { queryParams: { returnUrl: state.url } });
    }
    return true;
  } catch {
    return signInTree(router, state.url, 'unavailable');
  }
};

/** The sign-in page: whoever is signed in already goes where they were heading. */
export const guestGuard: CanActivateFn = async (route) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const me = await auth.ensureLoaded().catch(() => null);
  if (!me) return true;
  return router.parseUrl(
    me.account.mustChangePassword ? CHANGE_PASSWORD_PATH : safeReturnUrl(route.queryParams['returnUrl']),
  );
};

/** The change-password page: signed in, whether or not a change is pending. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const me = await auth.ensureLoaded().catch(() => null);
  return me ? true : signInTree(router, state.url);
};

/**
 * A page that needs `permission` in the current company. Without it the page answers like a page
 * that does not exist (the address stays), as the API answers 404 rather than 403.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const company = inject(CompanyContext);
    if (auth.can(permission, company.companyId() ?? undefined)) return true;
    return new RedirectCommand(inject(Router).parseUrl('/not-found'), { browserUrl: state.url });
  };
}
