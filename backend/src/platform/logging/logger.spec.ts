import { Writable } from 'node:stream';
import { createLogger, NestPinoLogger } from './logger';

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
