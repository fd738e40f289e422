import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../app.http';
import { XSRF_COOKIE } from '../../core/auth';
import { meFixture } from '../../core/auth/testing';
import { ErrorNotifier } from '../../core/errors';
import { provideIcons } from '../../core/icons/icons';
import { SignInPage } from './sign-in-page';

@Component({ template: '<h1>destination</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class Destination {}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('SignInPage', () => {
  let show: jest.Mock;

  async function open(url = '/sign-in') {
    show = jest.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'sign-in', component: SignInPage },
            { path: 'change-password', component: Destination },
            { path: '**', component: Destination },
          ],
          withComponentInputBinding(),
        ),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        { provide: ErrorNotifier, useValue: { show } },
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const root = harness.fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
      root.querySelector<T>(`[data-testid="${testId}"]`);
    const type = (testId: string, value: string) => {
      const input = q<HTMLInputElement>(testId)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    return { harness, root, q, type, backend: TestBed.inject(HttpTestingController) };
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = `${XSRF_COOKIE}=test-token; path=/`;
  });
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.cookie = `${XSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });

  it('asks for the e-mail address and the password, labelled, in Japanese first', async () => {
    const { root, q } = await open();
    expect(root.querySelector('h1')?.textContent).toBe('サインイン');
    expect(q('signin-email')?.getAttribute('type')).toBe('email');
    expect(q('signin-email')?.getAttribute('autocomplete')).toBe('username');
    expect(q('signin-password')?.getAttribute('type')).toBe('password');
    expect(q('signin-password')?.getAttribute('autocomplete')).toBe('current-password');
    expect(root.textContent).toContain('メールアドレス');
    expect(q('signin-submit')?.textContent?.trim()).toBe('サインイン');
    expect(q('lang-switch')).not.toBeNull();
  });

  it('says what is missing without calling the server', async () => {
    const { harness, root, q } = await open();
    q<HTMLButtonElement>('signin-submit')!.click();
    await harness.fixture.whenStable();
    expect(root.textContent).toContain('メールアドレスを入力してください。');
    expect(root.textContent).toContain('パスワードを入力してください。');
    expect(document.activeElement).toBe(q('signin-email'));
  });

  it('shows one message for a wrong e-mail or password, with the lock-out rule, and no snackbar', async () => {
    const { harness, q, type, backend } = await open();
    type('signin-email', 'pms@mamori.example');
    type('signin-password', 'wrong password');
    q<HTMLButtonElement>('signin-submit')!.click();
    await settle();
    const login = backend.expectOne('/api/v1/auth/login');
    expect(login.request.headers.get('X-XSRF-TOKEN')).toBe('test-token');
    login.flush(
      {
        type: 'urn:mamori:problem:invalid-credentials',
        code: 'INVALID_CREDENTIALS',
        status: 401,
        title: 'Unauthorized',
        detail: 'x',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    await harness.fixture.whenStable();
    const error = q('signin-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(q('signin-lock-hint')?.textContent).toContain('15分間');
    // The hint never says whether the account exists or is locked.
    expect(error.textContent).not.toMatch(/存在しません|ロックされています/);
    expect(q<HTMLInputElement>('signin-password')!.value).toBe('');
    expect(q<HTMLInputElement>('signin-email')!.value).toBe('pms@mamori.example');
    expect(show).not.toHaveBeenCalled();
  });

  it('speaks English after the switch', async () => {
    const { harness, q, type, backend } = await open();
    q<HTMLButtonElement>('lang-en')!.querySelector('button')!.click();
    await harness.fixture.whenStable();
    type('signin-email', 'pms@mamori.example');
    type('signin-password', 'wrong password');
    q<HTMLButtonElement>('signin-submit')!.click();
    await settle();
    backend
      .expectOne('/api/v1/auth/login')
      .flush({ code: 'INVALID_CREDENTIALS', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    await harness.fixture.whenStable();
    expect(q('signin-error')?.textContent).toContain('The email address or the password is not correct');
    expect(q('signin-submit')?.textContent?.trim()).toBe('Sign in');
  });

  it('explains a pause after too many attempts from the address', async () => {
    const { harness, q, type, backend } = await open();
    type('signin-email', 'pms@mamori.example');
    type('signin-password', 'x');
    q<HTMLButtonElement>('signin-submit')!.click();
    await settle();
    backend
      .expectOne('/api/v1/auth/login')
      .flush({ code: 'TOO_MANY_ATTEMPTS', status: 429 }, { status: 429, statusText: 'Too Many Requests' });
    await settle();
    await harness.fixture.whenStable();
    expect(q('signin-error')?.textContent).toContain('しばらく受け付けを停止しています');
    expect(q('signin-lock-hint')).toBeNull();
  });

  it('goes back to the page the person came from after signing in', async () => {
    const { harness, q, type, backend } = await open('/sign-in?returnUrl=%2Fadmin%2Fpeople%3Fpage%3D2');
    type('signin-email', ' pms@mamori.example ');
    type('signin-password', 'mamori-demo-2026');
    q<HTMLButtonElement>('signin-submit')!.click();
    await settle();
    const login = backend.expectOne('/api/v1/auth/login');
    expect(login.request.body).toEqual({ email: 'pms@mamori.example', password: 'mamori-demo-2026' });
    login.flush(meFixture());
    await settle();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/admin/people?page=2');
  });

  it('sends a person whose password was reset to the password change', async () => {
    const { harness, q, type, backend } = await open('/sign-in?returnUrl=%2Fadmin%2Fpeople');
    type('signin-email', 'pms@mamori.example');
    type('signin-password', 'temporary-password');
    q<HTMLButtonElement>('signin-submit')!.click();
    await settle();
    backend.expectOne('/api/v1/auth/login').flush(meFixture({ mustChangePassword: true }));
    await settle();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/change-password?returnUrl=%2Fadmin%2Fpeople');
  });

  it('says why the person is here after their session ended', async () => {
    const { q } = await open('/sign-in?reason=expired');
    expect(q('signin-notice')?.textContent).toContain('もう一度サインインしてください');
  });
});
