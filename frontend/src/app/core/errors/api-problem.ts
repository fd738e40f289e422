import { HttpErrorResponse } from '@angular/common/http';

/** One field-level error of a problem document; `field` is a dotted path into the request. */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The code the app uses when the server could not be reached at all. */
export const NETWORK_UNREACHABLE = 'NETWORK_UNREACHABLE';

/** The generic code for an HTTP status, for answers that carry no code of their own (e.g. from a proxy). */
export function codeForStatus(status: number): string {
  switch (status) {
    case 0:
      return NETWORK_UNREACHABLE;
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 406:
      return 'NOT_ACCEPTABLE';
    case 409:
      return 'CONFLICT';
    case 410:
      return 'GONE';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 422:
      return 'UNPROCESSABLE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    // A gateway in front of the API answers these when the API itself is down or restarting.
    case 502:
    case 503:
    case 504:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  }
}

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  status?: unknown;
  detail?: unknown;
  code?: unknown;
  instance?: unknown;
  requestId?: unknown;
  errors?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object')
    .map((e) => ({
      field: text(e['field']) ?? '',
      code: text(e['code']) ?? 'INVALID',
      message: text(e['message']) ?? '',
    }));
}

/**
 * A failed API call, as every caller sees it: the RFC 9457 problem document the API sent, or one
 * made up from the HTTP status when the answer was not a problem document (network down, proxy).
 */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors: readonly FieldError[];
  /** The whole problem document, for a domain's extension members (e.g. `missing: [...]`). */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(problem: {
    status: number;
    code: string;
    type?: string;
    title?: string;
    detail?: string;
    instance?: string;
    requestId?: string;
    errors?: readonly FieldError[];
    body?: Readonly<Record<string, unknown>>;
  }) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.status = problem.status;
    this.code = problem.code;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title ?? '';
    this.detail = problem.detail ?? '';
    this.instance = problem.instance;
    this.requestId = problem.requestId;
    this.errors = problem.errors ?? [];
    this.body = problem.body ?? {};
  }

  static fromHttpError(error: HttpErrorResponse): ApiProblem {
    const requestId = error.headers?.get('x-request-id') ?? undefined;
    if (error.status === 0) {
      return new ApiProblem({
        status: 0,
        code: NETWORK_UNREACHABLE,
        detail: error.message,
        instance: error.url ?? undefined,
      });
    }
    const body: ProblemBody | null = error.error !== null && typeof error.error === 'object' ? error.error : null;
    const code = text(body?.code);
    if (body && code) {
      return new ApiProblem({
        status: typeof body.status === 'number' ? body.status : error.status,
        code,
        type: text(body.type),
        title: text(body.title),
        detail: text(body.detail),
        instance: text(body.instance),
        requestId: text(body.requestId) ?? requestId,
        errors: fieldErrors(body.errors),
        body: body as Record<string, unknown>,
      });
    }
    return new ApiProblem({
      status: error.status,
      code: codeForStatus(error.status),
      title: error.statusText || undefined,
      detail: error.message,
      instance: error.url ?? undefined,
      requestId,
    });
  }
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem;
}
