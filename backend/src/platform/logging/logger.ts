import { LoggerService } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';
import pino, { Bindings, Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../config/config';

/**
 * Structured JSON logs (`time` in epoch milliseconds). Personal data never goes in: request lines
 * carry the route pattern (not the raw URL with its query), the status, the duration and the request
 * id; bodies and headers are never logged, so there is nothing to redact.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): PinoLogger {
  return pino(
    {
      level,
      base: { service: 'mamori' },
      formatters: { level: (label) => ({ level: label }) },
      serializers: {
        err: pino.stdSerializers.err,
        // Never serialise whole requests or replies (they hold cookies, query strings, bodies).
        req: () => undefined,
        res: () => undefined,
      },
    },
    destination ?? bufferedStdout(),
  );
}

/**
 * stdout, written in blocks of 8 KiB and at least every 500 ms instead of one write per line (a write
 * per request showed up in the pipeline benchmark). main.ts flushes it before exiting.
 */
function bufferedStdout(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 8 * 1024, periodicFlush: 500 });
}

/** Routes Nest's own log calls (bootstrap, module init) into the same JSON stream. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: PinoLogger) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]) {
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
      return;
    }
    if (level === 'error' && typeof params[0] === 'string' && params[0].includes('\n')) {
      // Nest passes a stack trace as the second argument of error().
      this.logger.error({ context, stack: params[0] }, String(message));
      return;
    }
    this.logger[level]({ context }, typeof message === 'string' ? message : JSON.stringify(message));
  }

  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
}

/**
 * A request logger that becomes a real pino child only when something logs through it. Fastify
 * builds one per request; the request line itself is written by the root logger with the request id.
 */
export function lazyChildLogger(parent: FastifyBaseLogger, bindings: Bindings): FastifyBaseLogger {
  let child: FastifyBaseLogger | undefined;
  const real = () => (child ??= parent.child(bindings));
  return {
    get level() {
      return child?.level ?? parent.level;
    },
    set level(level: string) {
      real().level = level;
    },
    fatal: (...args: Parameters<FastifyBaseLogger['fatal']>) => real().fatal(...args),
    error: (...args: Parameters<FastifyBaseLogger['error']>) => real().error(...args),
    warn: (...args: Parameters<FastifyBaseLogger['warn']>) => real().warn(...args),
    info: (...args: Parameters<FastifyBaseLogger['info']>) => real().info(...args),
    debug: (...args: Parameters<FastifyBaseLogger['debug']>) => real().debug(...args),
    trace: (...args: Parameters<FastifyBaseLogger['trace']>) => real().trace(...args),
    silent: () => undefined,
    child: (childBindings, options) => real().child(childBindings, options),
  };
}

export interface RequestLine {
  reqId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
}

/**
 * Writes the one line per request straight to the logger's stream, in the same JSON shape pino
 * writes: it is the hottest log call, and pino's generic path showed up in the pipeline benchmark.
 */
export function requestLineWriter(logger: FastifyBaseLogger): (line: RequestLine) => void {
  const pinoLogger = logger as unknown as PinoLogger;
  const stream = (pinoLogger as unknown as Record<symbol, { write(chunk: string): void }>)[pino.symbols.streamSym];
  return (line) => {
    if (!pinoLogger.isLevelEnabled('info')) return;
    stream.write(
      `{"level":"info","time":${Date.now()},"service":"mamori","reqId":${JSON.stringify(line.reqId)},` +
        `"method":${JSON.stringify(line.method)},"route":${JSON.stringify(line.route)},` +
        `"status":${line.status},"ms":${line.ms},"msg":"request"}\n`,
    );
  };
}
