import { HttpClient, HttpContext, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { SILENT_ERRORS } from '../errors/problem.interceptor';
import type { TranslationKey } from '../i18n';
import { BACKGROUND_REQUEST, LOADING_LABEL } from '../loading/loading.interceptor';
import type { paths } from './schema';

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';
export type ApiPath = keyof paths;

/** The API paths that answer `method`. */
export type PathsWith<M extends HttpMethod> = {
  [P in ApiPath]: paths[P][M] extends undefined ? never : P;
}[ApiPath];

type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonContent<R> = R extends { content: { 'application/json': infer T } } ? T : void;

/** The JSON body of a successful answer to `method path` (void for 204 and bodiless answers). */
export type ResponseBody<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { responses: infer Responses }
    ? { [S in keyof Responses & SuccessStatus]: JsonContent<Responses[S]> }[keyof Responses & SuccessStatus]
    : never;

type ParamsOf<Op, Where extends 'path' | 'query'> = Op extends { parameters: { [K in Where]?: infer X } }
  ? NonNullable<X>
  : never;

type PathOption<Op> = [ParamsOf<Op, 'path'>] extends [never] ? { path?: undefined } : { path: ParamsOf<Op, 'path'> };
type QueryOption<Op> = [ParamsOf<Op, 'query'>] extends [never]
  ? { query?: undefined }
  : { query?: ParamsOf<Op, 'query'> };
type BodyOption<Op> = Op extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : Op extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : { body?: undefined };

/** What every call may add, whatever its path. */
export interface CallOptions {
  /** The caller shows the failure itself (inline), so no snackbar. */
  silent?: boolean;
  /** Words for the loading indicator when the call takes more than a second. */
  loadingLabel?: TranslationKey;
  /** A background call (polling): no global loading indicator. */
  background?: boolean;
  /** The version the change is based on (optimistic locking), sent as `If-Match`. */
  ifMatch?: string | number;
  /** Context for other interceptors (e.g. the session layer); the options above are added to it. */
  context?: HttpContext;
}

export type RequestOptions<P extends ApiPath, M extends HttpMethod> = PathOption<Operation<P, M>> &
  QueryOption<Operation<P, M>> &
  BodyOption<Operation<P, M>> &
  CallOptions;

/** Options are optional when the operation has no path parameters and no required body. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type OptionsArg<O> = {} extends O ? [options?: O] : [options: O];

type ParamValue = string | number | boolean;

/** Fills `{name}` segments of an API path template, encoding each value. */
export function buildUrl(template: string, params?: Readonly<Record<string, ParamValue>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

/** Query parameters without the empty ones; arrays become repeated parameters. */
export function buildParams(query?: Readonly<Record<string, unknown>>): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) params = params.append(name, String(item));
    }
  }
  return params;
}

/**
 * HttpClient typed by the generated OpenAPI `paths`: the path, its parameters, its body and its
 * answer are checked at compile time. Domains build their own small data-access services on it.
 *
 *     api.get('/api/v1/health/ready') // Observable<components['schemas']['HealthDto']>
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  get<P extends PathsWith<'get'>>(
    path: P,
    ...[options]: OptionsArg<RequestOptions<P, 'get'>>
  ): Observable<ResponseBody<P, 'get'>> {
    return this.request('get', path, options);
  }

  post<P extends PathsWith<'post'>>(
    path: P,
    ...[options]: OptionsArg<RequestOptions<P, 'post'>>
  ): Observable<ResponseBody<P, 'post'>> {
    return this.request('post', path, options);
  }

  put<P extends PathsWith<'put'>>(
    path: P,
    ...[options]: OptionsArg<RequestOptions<P, 'put'>>
  ): Observable<ResponseBody<P, 'put'>> {
    return this.request('put', path, options);
  }

  patch<P extends PathsWith<'patch'>>(
    path: P,
    ...[options]: OptionsArg<RequestOptions<P, 'patch'>>
  ): Observable<ResponseBody<P, 'patch'>> {
    return this.request('patch', path, options);
  }

  delete<P extends PathsWith<'delete'>>(
    path: P,
    ...[options]: OptionsArg<RequestOptions<P, 'delete'>>
  ): Observable<ResponseBody<P, 'delete'>> {
    return this.request('delete', path, options);
  }

  private request<R>(
    method: HttpMethod,
    path: string,
    options?: CallOptions & { path?: object; query?: object; body?: unknown },
  ): Observable<R> {
    let context = options?.context ?? new HttpContext();
    if (options?.silent) context = context.set(SILENT_ERRORS, true);
    if (options?.loadingLabel) context = context.set(LOADING_LABEL, options.loadingLabel);
    if (options?.background) context = context.set(BACKGROUND_REQUEST, true);
    let headers = new HttpHeaders();
    if (options?.ifMatch !== undefined) headers = headers.set('If-Match', String(options.ifMatch));
    return this.http.request<R>(method.toUpperCase(), buildUrl(path, options?.path as Record<string, ParamValue>), {
      body: options?.body,
      params: buildParams(options?.query as Record<string, unknown>),
      headers,
      context,
      responseType: 'json',
    });
  }
}
