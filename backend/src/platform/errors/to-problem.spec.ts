import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ProblemException } from './problem';
import { toProblem } from './to-problem';

const fastifyError = (code: string, statusCode: number) =>
  Object.assign(new Error('fastify says no'), { code, statusCode, name: 'FastifyError' });

describe('toProblem', () => {
  it('keeps a domain code, its field errors and extensions', () => {
    const { problem, serverFault } = toProblem(
      new ProblemException(422, 'CONTRACT_CLAUSES_MISSING', {
        detail: 'Clauses missing.',
        extensions: { missing: ['e'] },
      }),
    );
    expect(problem).toEqual({
      type: 'urn:mamori:problem:contract-clauses-missing',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'Clauses missing.',
      code: 'CONTRACT_CLAUSES_MISSING',
      missing: ['e'],
    });
    expect(serverFault).toBe(false);
  });

  it.each([
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'MALFORMED_JSON'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'MALFORMED_JSON'],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'PAYLOAD_TOO_LARGE'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['FST_ERR_SOMETHING_NEW', 400, 'BAD_REQUEST'],
  ])('maps Fastify %s to %i %s', (fstCode, status, code) => {
    const { problem, serverFault } = toProblem(fastifyError(fstCode, status));
    expect(problem).toMatchObject({ status, code });
    expect(serverFault).toBe(false);
  });

  it('maps Nest HTTP exceptions by status without leaking their text for 404', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/v1/secret-path')).problem).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(toProblem(new NotFoundException('Cannot GET /x')).problem.detail).not.toContain('/x');
    expect(toProblem(new BadRequestException('bad')).problem).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
      detail: 'bad',
    });
  });

  it('hides unexpected errors behind a 500 and flags them as the server fault', () => {
    const { problem, serverFault } = toProblem(new TypeError('cannot read x of undefined'));
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(problem.detail).not.toContain('undefined');
    expect(serverFault).toBe(true);
  });

  it('turns foreign-key violations into 409 RECORD_IN_USE (delete) or 422 REFERENCE_INVALID (write)', () => {
    const fk = (message: string) => Object.assign(new Error(message), { code: '23503' });
    const deleted = toProblem(
      fk('update or delete on table "companies" violates foreign key constraint "fk_attachments_company"'),
    );
    expect(deleted.problem).toMatchObject({ status: 409, code: 'RECORD_IN_USE' });
    expect(deleted.problem.detail).not.toContain('fk_');
    expect(deleted.serverFault).toBe(false);
    const written = toProblem(fk('insert or update on table "x" violates foreign key constraint "fk_x_person"'));
    expect(written.problem).toMatchObject({ status: 422, code: 'REFERENCE_INVALID' });
  });
});
