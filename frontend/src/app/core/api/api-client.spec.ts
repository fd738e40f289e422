import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { SILENT_ERRORS } from '../errors/problem.interceptor';
import { BACKGROUND_REQUEST, LOADING_LABEL } from '../loading/loading.interceptor';
import { ApiClient, buildParams, buildUrl } from './api-client';
import type { components } from './schema';

describe('buildUrl', () => {
  it('fills and encodes path parameters', () => {
    expect(buildUrl('/api/v1/companies/{companyId}/incidents/{id}', { companyId: 'c 1', id: 'a/b' })).toBe(
      '/api/v1/companies/c%201/incidents/a%2Fb',
    );
    expect(buildUrl('/api/v1/health/ready')).toBe('/api/v1/health/ready');
  });

  it('refuses to call a path with a parameter left out', () => {
    expect(() => buildUrl('/api/v1/incidents/{id}', {})).toThrow('Missing path parameter "id"');
  });
});

describe('buildParams', () => {
  it('drops empty values and repeats arrays', () => {
    const params = buildParams({ limit: 50, q: '', status: ['open', 'closed'], cursor: undefined, done: false });
    expect(params.toString()).toBe('limit=50&status=open&status=closed&done=false');
  });
});

describe('ApiClient', () => {
  let api: ApiClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ApiClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('GETs the typed path and returns the typed body', async () => {
    const ready: Promise<components['schemas']['HealthDto']> = firstValueFrom(api.get('/api/v1/health/ready'));
    const request = backend.expectOne('/api/v1/health/ready');
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe('/api/v1/health/ready');
    expect(request.request.context.get(SILENT_ERRORS)).toBe(false);
    request.flush({ status: 'ok' });
    await expect(ready).resolves.toEqual({ status: 'ok' });
  });

  it('passes the call options on to the interceptors and headers', () => {
    api
      .get('/api/v1/health', { silent: true, background: true, loadingLabel: 'loading.checkingStatus', ifMatch: 4 })
      .subscribe();
    const call = backend.expectOne('/api/v1/health');
    const request = call.request;
    expect(request.context.get(SILENT_ERRORS)).toBe(true);
    expect(request.context.get(BACKGROUND_REQUEST)).toBe(true);
    expect(request.context.get(LOADING_LABEL)).toBe('loading.checkingStatus');
    expect(request.headers.get('If-Match')).toBe('4');
    call.flush({ status: 'ok' });
  });
});
