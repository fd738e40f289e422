import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';
import { XSRF_COOKIE, XSRF_HEADER, sessionInterceptor } from './core/auth';
import { problemInterceptor } from './core/errors';
import { loadingInterceptor } from './core/loading';

/**
 * HttpClient as the app uses it. The loading indicator sees every request, including those that then
 * fail. The session layer sees the raw error first (a 401 sends the person to the sign-in page), then
 * it becomes an ApiProblem. Unsafe requests to the API (same origin, relative URLs) carry the
 * XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.
 */
export function provideAppHttpClient(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    withInterceptors([loadingInterceptor, problemInterceptor, sessionInterceptor]),
    withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
  );
}
