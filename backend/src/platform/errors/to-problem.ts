import { HttpException } from '@nestjs/common';
import { defaultCode, FieldError, ProblemDocument, ProblemException, problemType, statusTitle } from './problem';

/** Fastify's own errors (raised before a route handler runs) → stable codes. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_BAD_URL: 'BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'BAD_REQUEST',
};

const FASTIFY_DETAILS: Record<string, string> = {
  MALFORMED_JSON: 'The request body is not valid JSON.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the server accepts.',
  UNSUPPORTED_MEDIA_TYPE: 'The request body has a content type the server does not accept. Send application/json.',
};

export interface ProblemResult {
  problem: ProblemDocument;
  headers: Record<string, string>;
  /** True for failures that are the server's fault (logged as errors); false for the caller's. */
  serverFault: boolean;
}

function build(status: number, code: string, detail: string, errors?: FieldError[], ext?: Record<string, unknown>) {
  const problem: ProblemDocument = { type: problemType(code), title: statusTitle(status), status, detail, code };
  if (errors?.length) problem.errors = errors;
  if (ext) Object.assign(problem, ext);
  return problem;
}

/** Maps anything thrown while handling a request to the problem document the caller receives. */
export function toProblem(exception: unknown): ProblemResult {
  if (exception instanceof ProblemException) {
    const status = exception.getStatus();
    return {
      problem: build(status, exception.code, exception.message, exception.errors, exception.extensions),
      headers: exception.headers ?? {},
      serverFault: status >= 500,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = defaultCode(status);
    const detail =
      status === 404
        ? 'The resource does not exist or is not visible to you.'
        : status >= 500
          ? 'The server could not complete the request.'
          : exception.message;
    return { problem: build(status, code, detail), headers: {}, serverFault: status >= 500 };
  }
  const err = exception as { statusCode?: unknown; code?: unknown; status?: unknown; type?: unknown };
  if (err && typeof err === 'object') {
    // Fastify errors carry `code` (FST_ERR_…) and `statusCode`.
    if (typeof err.code === 'string' && err.code.startsWith('FST_') && typeof err.statusCode === 'number') {
      const status = err.statusCode;
      const code = FASTIFY_CODES[err.code] ?? defaultCode(status);
      const detail = FASTIFY_DETAILS[code] ?? statusTitle(status);
      return { problem: build(status, code, detail), headers: {}, serverFault: status >= 500 };
    }
    // PostgreSQL foreign-key violations that a domain's own checks did not foresee: a delete of a record
    // others still refer to, or a write naming a record that is gone (a concurrent delete).
    if (err.code === '23503' && exception instanceof Error) {
      return exception.message.startsWith('update or delete')
        ? {
            problem: build(
              409,
              'RECORD_IN_USE',
              'Other records still refer to this one. Remove or reassign them first.',
            ),
            headers: {},
            serverFault: false,
          }
        : {
            problem: build(422, 'REFERENCE_INVALID', 'The request refers to a record that does not exist.'),
            headers: {},
            serverFault: false,
          };
    }
    // JSON.parse errors surfaced by the content parser.
    if (exception instanceof SyntaxError && err.statusCode === 400) {
      return { problem: build(400, 'MALFORMED_JSON', FASTIFY_DETAILS.MALFORMED_JSON), headers: {}, serverFault: false };
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      const status = err.statusCode;
      return { problem: build(status, defaultCode(status), statusTitle(status)), headers: {}, serverFault: false };
    }
  }
  return {
    problem: build(500, 'INTERNAL_ERROR', 'The server could not complete the request. It has been logged.'),
    headers: {},
    serverFault: true,
  };
}
