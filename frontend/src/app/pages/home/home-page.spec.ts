import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
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
