import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideAppHttpClient } from '../../app.http';
import { meFixture, signInForTest } from '../../core/auth/testing';
import { ErrorNotifier, problemInterceptor } from '../../core/errors';
import { I18nService } from '../../core/i18n';
import { provideIcons } from '../../core/icons/icons';
import { HomePage } from './home-page';

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let backend: HttpTestingController;
  let show: jest.Mock;
  const card = () => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid="status-card"]')!;

  beforeEach(async () => {
    localStorage.clear();
    show = jest.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideIcons(),
        { provide: ErrorNotifier, useValue: { show } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('says what Mamori is for', () => {
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h1')?.textContent).toBe('ホーム');
    expect(el.querySelector('.intro')?.textContent).toContain('JIS Q 15001');
    expect(el.querySelector('.intro')?.textContent).toContain('個人情報保護マネジメントシステム');
    backend.expectOne('/api/v1/health/ready').flush({ status: 'ok' });
  });

  it('shows 「稼働中」 when the API is ready', async () => {
    expect(card().getAttribute('data-status')).toBe('checking');
    expect(card().getAttribute('aria-busy')).toBe('true');
    backend.expectOne('/api/v1/health/ready').flush({ status: 'ok' });
    await fixture.whenStable();

    expect(card().getAttribute('data-status')).toBe('ready');
    expect(card().querySelector('[data-testid="status-ready"]')?.textContent).toContain('稼働中');
    expect(card().textContent).toContain('最終確認:');

    TestBed.inject(I18nService).use('en');
    await fixture.whenStable();
    expect(card().querySelector('[data-testid="status-ready"]')?.textContent).toContain('Operational');
  });

  it('shows the translated problem and its reference, without a snackbar, and checks again on retry', async () => {
    backend.expectOne('/api/v1/health/ready').flush(
      {
        type: 'urn:mamori:problem:database-unavailable',
        title: 'Service Unavailable',
        status: 503,
        detail: 'PostgreSQL cannot be reached.',
        code: 'DATABASE_UNAVAILABLE',
        instance: '/api/v1/health/ready',
        requestId: 'req-503',
      },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await fixture.whenStable();

    expect(card().getAttribute('data-status')).toBe('problem');
    expect(card().querySelector('[data-testid="status-problem"]')?.textContent).toContain('利用できません');
    expect(card().querySelector('[data-testid="status-problem-message"]')?.textContent).toContain(
      'データベースに接続できません。',
    );
    expect(card().textContent).toContain('問い合わせ番号: req-503');
    expect(show).not.toHaveBeenCalled();

    card().querySelector<HTMLButtonElement>('[data-testid="status-retry"]')!.click();
    await fixture.whenStable();
    expect(card().getAttribute('data-status')).toBe('checking');
    backend.expectOne('/api/v1/health/ready').flush({ status: 'ok' });
    await fixture.whenStable();
    expect(card().getAttribute('data-status')).toBe('ready');
  });

  it('explains an unreachable server', async () => {
    TestBed.inject(I18nService).use('en');
    backend.expectOne('/api/v1/health/ready').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(card().querySelector('[data-testid="status-problem-message"]')?.textContent).toContain(
      'The server cannot be reached.',
    );
  });
});

describe('HomePage for a signed-in person', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('greets the person by name and lists their companies with the roles they hold there', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        { provide: ErrorNotifier, useValue: { show: jest.fn().mockResolvedValue(undefined) } },
      ],
    });
    await signInForTest(meFixture({ roles: ['admin'], group: true, companies: 2 }));
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/v1/health/ready').flush({ status: 'ok' });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="home-welcome"] h2')?.textContent).toBe('ようこそ、山田 花子さん');
    expect(el.textContent).toContain('所属: 個人情報保護推進室');
    const companies = [...el.querySelectorAll('[data-testid="home-companies"] li')].map((li) => [
      li.querySelector('.company-name')?.textContent,
      li.querySelector('.company-roles')?.textContent?.trim(),
    ]);
    expect(companies).toEqual([
      ['GMO TECH株式会社', 'システム管理者'],
      ['GMOメディア株式会社', 'システム管理者'],
    ]);
  });
});
