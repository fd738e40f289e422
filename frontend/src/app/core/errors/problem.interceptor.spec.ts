import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiProblem } from './api-problem';
import { ErrorNotifier } from './error-notifier.service';
import { SILENT_ERRORS, problemInterceptor } from './problem.interceptor';

describe('problemInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let show: jest.Mock;

  beforeEach(() => {
    show = jest.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: ErrorNotifier, useValue: { show } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('turns a problem+json answer into an ApiProblem and tells the user', async () => {
    const result = firstValueFrom(http.get('/api/v1/things/1'));
    backend.expectOne('/api/v1/things/1').flush(
      {
        type: 'urn:mamori:problem:not-found',
        title: 'Not Found',
        status: 404,
        detail: 'x',
        code: 'NOT_FOUND',
        requestId: 'r-1',
      },
      { status: 404, statusText: 'Not Found', headers: { 'content-type': 'application/problem+json' } },
    );
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404, requestId: 'r-1' });
    expect(show).toHaveBeenCalledWith(error);
  });

  it('stays quiet for callers that show the failure themselves', async () => {
    const result = firstValueFrom(
      http.get('/api/v1/health/ready', { context: new HttpContext().set(SILENT_ERRORS, true) }),
    );
    backend
      .expectOne('/api/v1/health/ready')
      .flush(
        { status: 503, code: 'DATABASE_UNAVAILABLE', title: 'Service Unavailable', detail: 'x', type: 't' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await expect(result).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(show).not.toHaveBeenCalled();
  });

  it('reports a network failure as NETWORK_UNREACHABLE', async () => {
    const result = firstValueFrom(http.get('/api/v1/health'));
    backend.expectOne('/api/v1/health').error(new ProgressEvent('error'));
    await expect(result).rejects.toMatchObject({ code: 'NETWORK_UNREACHABLE', status: 0 });
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('lets successful answers through untouched', async () => {
    const result = firstValueFrom(http.get('/api/v1/health'));
    backend.expectOne('/api/v1/health').flush({ status: 'ok' });
    await expect(result).resolves.toEqual({ status: 'ok' });
    expect(show).not.toHaveBeenCalled();
  });
});
