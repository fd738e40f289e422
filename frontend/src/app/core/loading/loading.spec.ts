import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LoadingBar, SLOW_AFTER_MS } from './loading-bar';
import { BACKGROUND_REQUEST, LOADING_LABEL, loadingInterceptor } from './loading.interceptor';
import { LoadingService } from './loading.service';

describe('loading indicator', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let loading: LoadingService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([loadingInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    loading = TestBed.inject(LoadingService);
  });

  afterEach(() => backend.verify());

  it('counts requests in flight, whether they succeed or fail', () => {
    http.get('/a').subscribe();
    http.get('/b').subscribe({ error: () => undefined });
    expect(loading.pending()).toBe(2);
    expect(loading.active()).toBe(true);

    backend.expectOne('/a').flush({});
    expect(loading.pending()).toBe(1);
    backend.expectOne('/b').flush(null, { status: 500, statusText: 'Server Error' });
    expect(loading.pending()).toBe(0);
    expect(loading.active()).toBe(false);
  });

  it('stops counting a request the caller abandons', () => {
    const subscription = http.get('/slow').subscribe();
    expect(loading.pending()).toBe(1);
    subscription.unsubscribe();
    expect(loading.pending()).toBe(0);
    backend.expectOne('/slow');
  });

  it('ignores background requests and keeps the label of the latest one', () => {
    http.get('/poll', { context: new HttpContext().set(BACKGROUND_REQUEST, true) }).subscribe();
    expect(loading.pending()).toBe(0);
    http.get('/status', { context: new HttpContext().set(LOADING_LABEL, 'loading.checkingStatus') }).subscribe();
    expect(loading.label()).toBe('loading.checkingStatus');
    backend.expectOne('/poll').flush({});
    backend.expectOne('/status').flush({});
    expect(loading.label()).toBe('loading.slow');
  });

  it('shows a labelled bar at once and says what is happening after a second', () => {
    jest.useFakeTimers();
    try {
      const fixture = TestBed.createComponent(LoadingBar);
      const el: HTMLElement = fixture.nativeElement;
      fixture.detectChanges();
      expect(el.querySelector('mat-progress-bar')).toBeNull();

      const end = loading.begin('loading.checkingStatus');
      fixture.detectChanges();
      const bar = el.querySelector('[data-testid="loading-bar"]');
      expect(bar?.getAttribute('aria-label')).toBe('読み込み中');
      expect(el.querySelector('[data-testid="loading-text"]')?.textContent?.trim()).toBe('');

      jest.advanceTimersByTime(SLOW_AFTER_MS);
      fixture.detectChanges();
      expect(el.querySelector('[data-testid="loading-text"]')?.textContent?.trim()).toBe(
        'システムの状態を確認しています。そのままお待ちください。',
      );

      end();
      fixture.detectChanges();
      expect(el.querySelector('mat-progress-bar')).toBeNull();
      expect(el.querySelector('[data-testid="loading-text"]')?.textContent?.trim()).toBe('');
    } finally {
      jest.useRealTimers();
    }
  });
});
