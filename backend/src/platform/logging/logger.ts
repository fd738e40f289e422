import { LoggerService } from '@nestjs/common';
import pino, { Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../config/config';

/**
 * Structured JSON logs. Personal data never goes in: request lines carry the route pattern (not the
 * raw URL with its query), the status, the duration and the request id; bodies and headers are never logged.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): PinoLogger {
  return pino(
    {
      level,
      base: { service: 'mamori' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: {
        err: pino.stdSerializers.err,
        // Never serialise whole requests or replies (they hold cookies, query strings, bodies).
        req: () => undefined,
        res: () => undefined,
      },
      redact: { paths: ['password', '*.password', 'email', '*.email', 'token', '*.token'], censor: '[redacted]' },
    },
    destination,
  );
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
