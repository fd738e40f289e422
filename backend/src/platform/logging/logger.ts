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
 * stdout, written in blocks of 32 KiB and at least every 500 ms instead of one write per line (a write
 * per request showed up in the pipeline benchmark). The lines are gathered here, in an array, and
 * handed to the writer a block at a time: SonicBoom measures its pending buffer on every write, which
 * cost more than the line itself. main.ts flushes it before exiting.
 */
class BufferedStdout {
  private readonly out = pino.destination({ dest: 1, sync: false });
  private parts: string[] = [];
  private size = 0;

  constructor() {
    setInterval(() => this.drain(), 500).unref();
  }

  write(line: string): boolean {
    this.parts.push(line);
    this.size += line.length;
    if (this.size >= 32 * 1024) this.drain();
    return true;
  }

  private drain(): void {
    if (!this.parts.length) return;
    const block = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.out.write(block);
  }

  flush(done?: (error?: Error) => void): void {
    this.drain();
    this.out.flush(done);
  }

  /** pino calls this after a fatal line, before the process is likely to die. */
  flushSync(): void {
    this.drain();
    this.out.flushSync();
  }
}

function bufferedStdout(): pino.DestinationStream {
  return new BufferedStdout();
}

/** Nest's start-up reports that are detail: each module initialised, each controller and route mapped. */
const START_UP_DETAIL = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

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
    // A line per module and per route at every start (some 300) would bury what an operator looks for.
    const context = params[params.length - 1];
    this.write(typeof context === 'string' && START_UP_DETAIL.has(context) ? 'debug' : 'info', message, params);
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
 * A class, so a request costs one small object and no closures.
 */
class LazyChildLogger {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
  ) {}

  private real(): FastifyBaseLogger {
    return (this.made ??= this.parent.child(this.bindings));
  }

  get level(): string {
    return this.made?.level ?? this.parent.level;
  }
  set level(level: string) {
    this.real().level = level;
  }
  fatal(...args: Parameters<FastifyBaseLogger['fatal']>) {
    this.real().fatal(...args);
  }
  error(...args: Parameters<FastifyBaseLogger['error']>) {
    this.real().error(...args);
  }
  warn(...args: Parameters<FastifyBaseLogger['warn']>) {
    this.real().warn(...args);
  }
  info(...args: Parameters<FastifyBaseLogger['info']>) {
    this.real().info(...args);
  }
  debug(...args: Parameters<FastifyBaseLogger['debug']>) {
    this.real().debug(...args);
  }
  trace(...args: Parameters<FastifyBaseLogger['trace']>) {
    this.real().trace(...args);
  }
  silent() {
    return undefined;
  }
  child(...args: Parameters<FastifyBaseLogger['child']>) {
    return this.real().child(...args);
  }
}

export function lazyChildLogger(parent: FastifyBaseLogger, bindings: Bindings): FastifyBaseLogger {
  return new LazyChildLogger(parent, bindings) as unknown as FastifyBaseLogger;
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
  // Methods and route patterns are few: each is written as JSON once. Request ids are checked characters or
  // UUIDs (create-app.ts), which JSON writes as they are; anything else is escaped.
  const json = new Map<string, string>();
  const jsonOf = (value: string) => {
    let text = json.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      if (json.size < 1000) json.set(value, text);
    }
    return text;
  };
  return (line) => {
    if (!pinoLogger.isLevelEnabled('info')) return;
    const reqId = PLAIN_ID.test(line.reqId) ? `"${line.reqId}"` : JSON.stringify(line.reqId);
    stream.write(
      `{"level":"info","time":${Date.now()},"service":"mamori","reqId":${reqId},` +
        `"method":${jsonOf(line.method)},"route":${jsonOf(line.route)},` +
        `"status":${line.status},"ms":${line.ms},"msg":"request"}\n`,
    );
  };
}

/** Characters JSON writes as they are. */
const PLAIN_ID = /^[A-Za-z0-9._:-]*$/;
