import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { ApiProblem, NETWORK_UNREACHABLE, codeForStatus } from './api-problem';

describe('ApiProblem.fromHttpError', () => {
  it('keeps the problem document the API sent', () => {
    const problem = ApiProblem.fromHttpError(
      new HttpErrorResponse({
        status: 400,
        url: '/api/v1/things',
        error: {
          type: 'urn:mamori:problem:validation-failed',
          title: 'Bad Request',
          status: 400,
          detail: 'The request has 1 invalid field.',
          code: 'VALIDATION_FAILED',
          instance: '/api/v1/things',
          requestId: 'req-42',
          errors: [{ field: 'personCount', code: 'NOT_AN_INTEGER', message: 'personCount must be an integer number' }],
        },
      }),
    );
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      type: 'urn:mamori:problem:validation-failed',
      detail: 'The request has 1 invalid field.',
      instance: '/api/v1/things',
      requestId: 'req-42',
    });
    expect(problem.errors).toEqual([
      { field: 'personCount', code: 'NOT_AN_INTEGER', message: 'personCount must be an integer number' },
    ]);
  });

  it('calls an unreachable server NETWORK_UNREACHABLE', () => {
    const problem = ApiProblem.fromHttpError(
      new HttpErrorResponse({ status: 0, url: '/api/v1/health/ready', error: new ProgressEvent('error') }),
    );
    expect(problem.code).toBe(NETWORK_UNREACHABLE);
    expect(problem.status).toBe(0);
  });

  it('falls back to the status when the answer is not a problem document', () => {
    const problem = ApiProblem.fromHttpError(
      new HttpErrorResponse({
        status: 502,
        statusText: 'Bad Gateway',
        error: '<html>Bad Gateway</html>',
        headers: new HttpHeaders({ 'x-request-id': 'edge-7' }),
      }),
    );
    expect(problem.code).toBe('SERVICE_UNAVAILABLE');
    expect(problem.status).toBe(502);
    expect(problem.requestId).toBe('edge-7');
    expect(problem.errors).toEqual([]);
  });
});

describe('codeForStatus', () => {
  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [415, 'UNSUPPORTED_MEDIA_TYPE'],
    [418, 'BAD_REQUEST'],
    [429, 'TOO_MANY_REQUESTS'],
    [500, 'INTERNAL_ERROR'],
    [503, 'SERVICE_UNAVAILABLE'],
    [504, 'SERVICE_UNAVAILABLE'],
  ])('%i → %s', (status, code) => expect(codeForStatus(status)).toBe(code));
});
