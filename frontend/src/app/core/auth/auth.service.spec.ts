import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideAppHttpClient } from '../../app.http';
import { ErrorNotifier } from '../errors';
import { I18nService, LANG_STORAGE_KEY } from '../i18n';
import { AuthService, XSRF_COOKIE } from './auth.service';
import { TEST_COMPANY, meFixture } from './testing';

/** Lets pending promises (the service's awaits) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

describe('AuthService', () => {
  let auth: AuthService;
  let backend: HttpTestingController;
  let show: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    clearCookies();
    show = jest.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        { provide: ErrorNotifier, useValue: { show } },
      ],
    });
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    clearCookies();
  });

  it('asks GET /api/v1/me once and exposes the person as signals', async () => {
    const first = auth.ensureLoaded();
    const second = auth.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(meFixture());
    await expect(first).resolves.toMatchObject({ account: { email: 'pms@mamori.example' } });
    await expect(second).resolves.toBe(await first);
    expect(auth.signedIn()).toBe(true);
    expect(auth.name()).toBe('山田 花子');
    await auth.ensureLoaded();
    backend.expectNone('/api/v1/me');
  });

  it('treats 401 UNAUTHENTICATED as "nobody is signed in", without a message', async () => {
    const loaded = auth.ensureLoaded();
    backend
      .expectOne('/api/v1/me')
      .flush({ code: 'UNAUTHENTICATED', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(loaded).resolves.toBeNull();
    expect(auth.signedIn()).toBe(false);
    expect(auth.me()).toBeNull();
    expect(show).not.toHaveBeenCalled();
  });

  it('rejects when the server cannot be reached, and asks again next time', async () => {
    const loaded = auth.ensureLoaded();
    backend.expectOne('/api/v1/me').error(new ProgressEvent('error'));
    await expect(loaded).rejects.toMatchObject({ code: 'NETWORK_UNREACHABLE' });
    const again = auth.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(meFixture());
    await expect(again).resolves.not.toBeNull();
  });

  it('fetches the CSRF token before signing in when the browser has none, then sends it as X-XSRF-TOKEN', async () => {
    const signIn = auth.signIn('pms@mamori.example', 'mamori-demo-2026');
    const csrf = backend.expectOne('/api/v1/auth/csrf');
    expect(csrf.request.method).toBe('GET');
    // The API sets the cookie with its answer.
    document.cookie = `${XSRF_COOKIE}=token-from-server; path=/`;
    csrf.flush({ token: 'token-from-server' });
    await settle();
    const login = backend.expectOne('/api/v1/auth/login');
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({ email: 'pms@mamori.example', password: 'mamori-demo-2026' });
    expect(login.request.headers.get('X-XSRF-TOKEN')).toBe('token-from-server');
    login.flush(meFixture());
    await expect(signIn).resolves.toMatchObject({ person: { familyName: '山田' } });
    expect(auth.signedIn()).toBe(true);
  });

  it('sends the XSRF header on every unsafe request, not on reads', async () => {
    document.cookie = `${XSRF_COOKIE}=abc123; path=/`;
    const signOut = auth.signOut();
    await settle();
    const logout = backend.expectOne('/api/v1/auth/logout');
    expect(logout.request.headers.get('X-XSRF-TOKEN')).toBe('abc123');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await signOut;
    void auth.refresh();
    const me = backend.expectOne('/api/v1/me');
    expect(me.request.headers.has('X-XSRF-TOKEN')).toBe(false);
    me.flush(meFixture());
  });

  it('rejects a wrong password with INVALID_CREDENTIALS and shows no snackbar (the page says it)', async () => {
    document.cookie = `${XSRF_COOKIE}=abc123; path=/`;
    const signIn = auth.signIn('pms@mamori.example', 'wrong');
    await settle();
    backend
      .expectOne('/api/v1/auth/login')
      .flush({ code: 'INVALID_CREDENTIALS', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(signIn).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    expect(auth.signedIn()).toBe(false);
    expect(show).not.toHaveBeenCalled();
  });

  it('signs out everywhere and forgets the person even when the session had already ended', async () => {
    document.cookie = `${XSRF_COOKIE}=abc123; path=/`;
    void auth.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(meFixture());
    await settle();
    const signOut = auth.signOut(true);
    await settle();
    backend
      .expectOne('/api/v1/auth/logout-all')
      .flush({ code: 'UNAUTHENTICATED', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(signOut).resolves.toBeUndefined();
    expect(auth.signedIn()).toBe(false);
  });

  it('changes the password and reloads /me (the pending change is gone)', async () => {
    document.cookie = `${XSRF_COOKIE}=abc123; path=/`;
    void auth.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(meFixture({ mustChangePassword: true }));
    await settle();
    expect(auth.mustChangePassword()).toBe(true);
    const change = auth.changePassword('temporary-pass-1', 'a long new pass phrase');
    const post = backend.expectOne('/api/v1/auth/password');
    expect(post.request.body).toEqual({ currentPassword: 'temporary-pass-1', newPassword: 'a long new pass phrase' });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    backend.expectOne('/api/v1/me').flush(meFixture());
    await change;
    expect(auth.mustChangePassword()).toBe(false);
  });

  it('answers permission questions from /me: per company, group-wide, or anywhere', async () => {
    void auth.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(meFixture({ roles: ['auditor'] }));
    await settle();
    expect(auth.can({ resource: 'audit_trail', action: 'read' }, TEST_COMPANY)).toBe(true);
    expect(auth.can({ resource: 'person', action: 'update' }, TEST_COMPANY)).toBe(false);
    expect(auth.can({ resource: 'person', action: 'read' }, 'another-company')).toBe(false);
    expect(auth.can({ resource: 'company', action: 'read' })).toBe(true);
    expect(auth.can({ resource: 'company', action: 'read' }, null)).toBe(false);
  });

  it('adopts the account’s language unless the person chose one on this device', async () => {
    const me = meFixture();
    void auth.ensureLoaded();
    backend.expectOne('/api/v1/me').flush({ ...me, account: { ...me.account, language: 'en' } });
    await auth.ensureLoaded();
    expect(TestBed.inject(I18nService).lang()).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });
});
