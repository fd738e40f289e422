import type { FastifyBaseLogger } from 'fastify';
import { Writable } from 'node:stream';
import { createLogger, NestPinoLogger, requestLineWriter } from './logger';

function capture(level: 'info' | 'debug') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: new NestPinoLogger(createLogger(level, sink)) };
}

describe('NestPinoLogger', () => {
  it("keeps Nest's per-module and per-route start-up lines at debug, and its milestones at info", () => {
    const { lines, logger } = capture('info');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('HealthController {/api/v1/health}:', 'RoutesResolver');
    logger.log('Mapped {/api/v1/health, GET} route', 'RouterExplorer');
    logger.log('Starting Nest application...', 'NestFactory');
    logger.log('Nest application successfully started', 'NestApplication');
    expect(lines.map((line) => [line.level, line.context, line.msg])).toEqual([
      ['info', 'NestFactory', 'Starting Nest application...'],
      ['info', 'NestApplication', 'Nest application successfully started'],
    ]);

    const verbose = capture('debug');
    verbose.logger.log('Mapped {/api/v1/health, GET} route', 'RouterExplorer');
    expect(verbose.lines).toEqual([
      expect.objectContaining({ level: 'debug', context: 'RouterExplorer', msg: 'Mapped {/api/v1/health, GET} route' }),
    ]);
  });

  it('writes errors with their context and stack', () => {
    const { lines, logger } = capture('info');
    logger.error('boom', 'Error: boom\n    at x (y.ts:1:1)', 'ExceptionHandler');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        context: 'ExceptionHandler',
        msg: 'boom',
        stack: expect.stringContaining('at x'),
      }),
    ]);
  });
});

describe('requestLineWriter', () => {
  function capture(level: 'info' | 'warn') {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    return { lines, write: requestLineWriter(createLogger(level, sink) as unknown as FastifyBaseLogger) };
  }

  it('writes one JSON line per request, escaping what JSON must', () => {
    const { lines, write } = capture('info');
    const id = '6f1c1a52-0000-4000-8000-000000000000';
    write({ reqId: id, method: 'GET', route: '/api/v1/health', status: 200, ms: 1 });
    write({ reqId: 'trace "1"\\', method: 'GET', route: '/api/v1/odd"route', status: 404, ms: 0 });
    write({ reqId: 'lb:42', method: 'GET', route: '/api/v1/health', status: 200, ms: 2 });
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', reqId: id, method: 'GET', route: '/api/v1/health', status: 200, ms: 1 }),
      expect.objectContaining({ reqId: 'trace "1"\\', route: '/api/v1/odd"route', status: 404, msg: 'request' }),
      expect.objectContaining({ reqId: 'lb:42', route: '/api/v1/health', ms: 2, service: 'mamori' }),
    ]);
    expect(typeof lines[0].time).toBe('number');
  });

  it('writes nothing below its level', () => {
    const { lines, write } = capture('warn');
    write({ reqId: 'x', method: 'GET', route: '/api/v1/health', status: 200, ms: 1 });
    expect(lines).toEqual([]);
  });
});
