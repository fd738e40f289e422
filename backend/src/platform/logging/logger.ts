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
