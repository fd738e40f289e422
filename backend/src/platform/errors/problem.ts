import { HttpException, HttpStatus } from '@nestjs/common';

/** One field-level error in a problem document. `field` is a dotted path into the request (body or query). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** RFC 9457 problem document, as every error response of the API. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** The problem type URI for a stable error code. */
export function problemType(code: string): string {
  return `urn:mamori:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** The generic code used when an error carries none of its own. */
export function defaultCode(status: number): string {
  switch (status) {
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
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  }
}

export interface ProblemOptions {
  /** Human-readable explanation in English; the front end shows its own text for `code`. */
  detail?: string;
  errors?: FieldError[];
  /** Extra members of the problem document (e.g. `missing: [...]`). */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * The one exception type domains throw for an expected refusal. Each domain defines its codes
 * (e.g. `INCIDENT_INVALID_TRANSITION`) in its `*.errors.ts`; the filter turns this into problem+json.
 */
export class ProblemException extends HttpException {
  readonly code: string;
  readonly errors?: FieldError[];
  readonly extensions?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(status: HttpStatus | number, code: string, options: ProblemOptions = {}) {
    super(options.detail ?? statusTitle(status), status);
    this.code = code;
    this.errors = options.errors;
    this.extensions = options.extensions;
    this.headers = options.headers;
  }
}

export const problems = {
  validation: (errors: FieldError[]) =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', {
      detail: `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`,
      errors,
    }),
  notFound: (detail = 'The resource does not exist or is not visible to you.') =>
    new ProblemException(HttpStatus.NOT_FOUND, 'NOT_FOUND', { detail }),
  staleVersion: () =>
    new ProblemException(HttpStatus.CONFLICT, 'STALE_VERSION', {
      detail: 'The record was changed by someone else. Reload it and apply your change again.',
    }),
};
