import { Body, Controller, Get, HttpCode, Module, Post, Query } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { Writable } from 'node:stream';
import { Public } from '../src/platform/access/decorators';
import { ProblemException } from '../src/platform/errors/problem';
import { createLogger } from '../src/platform/logging/logger';
import { createTestApp } from './support/app';

class ItemDto {
  @IsString()
  @MaxLength(5)
  label!: string;
}

class ProbeBodyDto {
  @IsString()
  @MaxLength(20)
  title!: string;

  @IsInt()
  @Min(0)
  personCount!: number;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ItemDto)
  items?: ItemDto[];
}

class ProbeQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  limit?: number;
}

/** A controller that exists only in this test, to drive the global pipeline with known DTOs. */
@Public()
@Controller('probe')
class ProbeController {
  @Post()
  @HttpCode(201)
  create(@Body() body: ProbeBodyDto) {
    return { received: body };
  }

  @Get()
  list(@Query() query: ProbeQueryDto) {
    return { limit: query.limit ?? 50 };
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail at /srv/app.ts:12');
  }

  @Get('refuse')
  refuse(): never {
    throw new ProblemException(422, 'PROBE_RULE_REFUSED', {
      detail: 'Refused by a rule.',
      extensions: { missing: ['a', 'b'] },
    });
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

/** Unsafe methods need the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN, even on public routes. */
const TOKEN = 'probe-csrf-token-0123456789abcdefghijklmnop';
const CSRF = { cookie: `XSRF-TOKEN=${TOKEN}`, 'x-xsrf-token': TOKEN };

describe('request pipeline', () => {
  let app: NestFastifyApplication;
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(JSON.parse(String(chunk)));
      done();
    },
  });

  beforeAll(async () => {
    app = await createTestApp({
      imports: [ProbeModule],
      env: { BODY_LIMIT_BYTES: '2048' },
      logger: createLogger('debug', sink),
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const expectProblem = (
    res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
    status: number,
    code: string,
  ) => {
    expect(res.statusCode).toBe(status);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    const body = res.json() as Record<string, unknown>;
    expect(body).toMatchObject({
      status,
      code,
      type: expect.stringMatching(/^urn:mamori:problem:/),
      title: expect.any(String),
      detail: expect.any(String),
    });
    expect(body.requestId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(body)).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    return body;
  };

  it('accepts a valid body and transforms it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: CSRF,
      payload: { title: 'ok', personCount: 3 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ received: { title: 'ok', personCount: 3 } });
  });

  it('unknown route → 404 problem', async () => {
    const body = expectProblem(await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }), 404, 'NOT_FOUND');
    expect(body.instance).toBe('/api/v1/no-such-thing');
  });

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('body over the limit → 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload: { title: 'x'.repeat(5000), personCount: 1 },
    });
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('wrong content type → 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/xml' },
      payload: '<probe/>',
    });
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('unknown body fields → 400 naming them', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: CSRF,
      payload: { title: 'ok', personCount: 1, isAdmin: true },
    });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual([
      { field: 'isAdmin', code: 'UNKNOWN_FIELD', message: expect.stringContaining('isAdmin') },
    ]);
  });

  it('unknown query fields → 400 naming them', async () => {
    const body = expectProblem(
      await app.inject({ method: 'GET', url: '/api/v1/probe?limit=5&sortt=name' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.errors).toEqual([{ field: 'sortt', code: 'UNKNOWN_FIELD', message: expect.any(String) }]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/probe?limit=5' })).json()).toEqual({ limit: 5 });
  });

  it('invalid values → 400 with one error per field, nested paths included', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: CSRF,
      payload: { personCount: -1.5, items: [{ label: 'toolong' }] },
    });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    const errors = body.errors as { field: string; code: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'NOT_A_STRING', message: expect.any(String) },
        { field: 'personCount', code: 'NOT_AN_INTEGER', message: expect.any(String) },
        { field: 'personCount', code: 'TOO_SMALL', message: expect.any(String) },
        { field: 'items.0.label', code: 'TOO_LONG', message: expect.any(String) },
      ]),
    );
  });

  it('a domain refusal keeps its code and extension members', async () => {
    const body = expectProblem(
      await app.inject({ method: 'GET', url: '/api/v1/probe/refuse' }),
      422,
      'PROBE_RULE_REFUSED',
    );
    expect(body.missing).toEqual(['a', 'b']);
  });

  it('an unexpected error → 500 without internals', async () => {
    const body = expectProblem(await app.inject({ method: 'GET', url: '/api/v1/probe/boom' }), 500, 'INTERNAL_ERROR');
    expect(JSON.stringify(body)).not.toContain('secret internal detail');
  });

  it('sends security headers and honours a well-formed incoming request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    const forged = await app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/v1/health/ready']).toBeDefined();
  });

  it('logs bad input as refusals, never as errors, and logs no personal data', async () => {
    logLines.length = 0;
    await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: CSRF,
      payload: { title: 'Yamada Taro', personCount: 1, email: 'taro@example.jp' },
    });
    await app.inject({ method: 'GET', url: '/api/v1/probe?limit=5&name=Yamada' });
    await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    await app.inject({ method: 'GET', url: '/api/v1/missing' });
    expect(logLines.length).toBeGreaterThanOrEqual(4);
    expect(logLines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    const text = JSON.stringify(logLines);
    expect(text).not.toContain('Yamada');
    expect(text).not.toContain('taro@example.jp');
    const requestLine = logLines.find((l) => l.msg === 'request' && l.method === 'GET' && l.route === '/api/v1/probe');
    expect(requestLine).toMatchObject({ method: 'GET', status: 400, reqId: expect.any(String) });

    logLines.length = 0;
    await app.inject({ method: 'GET', url: '/api/v1/probe/boom' });
    expect(logLines.filter((l) => l.level === 'error')).toHaveLength(1);
  });
});
