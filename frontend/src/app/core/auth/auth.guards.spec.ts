import { Location } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { provideAppHttpClient } from '../../app.http';
import { ErrorNotifier } from '../errors';
import { authGuard, guestGuard, permissionGuard, safeReturnUrl } from './auth.guards';
import { AuthService } from './auth.service';
import { meFixture, signInForTest } from './testing';

@Component({ template: 'page', changeDetection: ChangeDetectionStrategy.OnPush })
class Page {}

function setup() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'sign-in', canActivate: [guestGuard], component: Page },
        { path: 'change-password', component: Page },
        { path: 'not-found', component: Page },
        {
          path: '',
          canActivateChild: [authGuard],
          children: [
            { path: '', component: Page },
            {
              path: 'admin/people',
              canActivate: [permissionGuard({ resource: 'person', action: 'read' })],
              component: Page,
            },
          ],
        },
      ]),
      provideAppHttpClient(),
      provideHttpClientTesting(),
      { provide: ErrorNotifier, useValue: { show: jest.fn().mockResolvedValue(undefined) } },
    ],
  });
  return { backend: TestBed.inject(HttpTestingController), router: TestBed.inject(Router) };
}

describe('route guards', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends people who are not signed in to the sign-in page, with the way back', async () => {
    const { router } = setup();
    await signInForTest(null);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/people?q=%E5%B1%B1%E7%94%B0');
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fpeople%3Fq%3D%25E5%25B1%25B1%25E7%2594%25B0');
  });

  it('lets signed-in people through, and past the sign-in page to where they were going', async () => {
    const { router } = setup();
    await signInForTest(meFixture());
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/people');
    expect(router.url).toBe('/admin/people');
    await harness.navigateByUrl('/sign-in?returnUrl=%2Fadmin%2Fpeople%3Fpage%3D2');
    expect(router.url).toBe('/admin/people?page=2');
  });

  it('sends a person whose password was reset to the change-password page first', async () => {
    const { router } = setup();
    await signInForTest(meFixture({ mustChangePassword: true }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    expect(router.url).toBe('/change-password?returnUrl=%2F');
  });

  it('answers a page the role may not open like a page that does not exist, keeping the address', async () => {
    const { router } = setup();
    await signInForTest(meFixture({ roles: ['staff'] }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/people');
    expect(TestBed.inject(Location).path()).toBe('/admin/people');
    expect(router.routerState.snapshot.root.firstChild?.routeConfig?.path).toBe('not-found');
  });

  it('asks /me again after the server could not be reached, and says so on the sign-in page', async () => {
    const { backend, router } = setup();
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/');
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/v1/me').error(new ProgressEvent('error'));
    // The sign-in page asks once more whether someone is signed in.
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/v1/me').error(new ProgressEvent('error'));
    await navigation;
    expect(router.url).toBe('/sign-in?reason=unavailable');
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/admin/people?page=2', '/admin/people?page=2'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['/sign-in?returnUrl=/x', '/'],
    [undefined, '/'],
  ])('%s → %s', (value, expected) => expect(safeReturnUrl(value)).toBe(expected));
});

describe('sessionInterceptor', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('returns to the sign-in page when a session ends mid-work, and comes back afterwards', async () => {
    const { backend, router } = setup();
    await signInForTest(meFixture());
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/people?page=3');
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/v1/people'));
    backend
      .expectOne('/api/v1/people')
      .flush({ code: 'UNAUTHENTICATED', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(router.url).toBe('/sign-in?reason=expired&returnUrl=%2Fadmin%2Fpeople%3Fpage%3D3');
  });

  it('sends a pending password change to the change-password page', async () => {
    const { backend, router } = setup();
    await signInForTest(meFixture());
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/people');
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/v1/people'));
    backend
      .expectOne('/api/v1/people')
      .flush({ code: 'PASSWORD_CHANGE_REQUIRED', status: 403 }, { status: 403, statusText: 'Forbidden' });
    await expect(call).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    backend.expectOne('/api/v1/me').flush(meFixture({ mustChangePassword: true }));
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/change-password?returnUrl=%2Fadmin%2Fpeople');
  });
});
