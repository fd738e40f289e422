import fastifyStatic from '@fastify/static';
import { DynamicModule, ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { ServerResponse, type IncomingMessage } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import type { Bindings, Logger as PinoLogger } from 'pino';
import { AppModule } from '../../app.module';
import type { AppConfig } from '../config/config';
import { ProblemFilter } from '../errors/problem.filter';
import { sendProblem, setNotFoundFallback } from '../errors/send-problem';
import { createValidationPipe } from '../errors/validation';
import { createLogger, lazyChildLogger, NestPinoLogger, requestLineWriter } from '../logging/logger';
import { setupOpenApi } from '../openapi/openapi';
import { etag } from '../access/versioning';
import { registerRawUploadParser } from './raw-upload';
import { securityHeaders } from './security-headers';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export type ResolvedConfig = AppConfig & { databaseUrl: string };

export interface CreateAppOptions {
  config: ResolvedConfig;
  logger?: PinoLogger;
  /** Extra modules (tests add probe controllers here). */
  imports?: ModuleMetadata['imports'];
}

/**
 * Nest installs its own Fastify error handler at init, which turns Fastify's coded errors
 * (FST_ERR_CTP_BODY_TOO_LARGE …) into bare HttpExceptions. Ours, set once in configureApp, keeps
 * the codes; errors thrown inside route handlers still go through the Nest filter (ProblemFilter).
 */
class MamoriFastifyAdapter extends FastifyAdapter {
  override setErrorHandler(): ReturnType<FastifyAdapter['setErrorHandler']> {
    return this.getInstance();
  }

  /**
   * Every route's result passes here. A result that is one versioned record ({ id, version, … }) gets
   * ETag: "<version>" for If-Match. Here rather than in a Fastify preSerialization hook, which costs a
   * hook run on every JSON response.
   */
  override reply(response: FastifyReply | ServerResponse, body: unknown, statusCode?: number) {
    const record = body as { id?: unknown; version?: unknown } | null;
    if (record && typeof record === 'object' && typeof record.id === 'string' && typeof record.version === 'number') {
      if (response instanceof ServerResponse) response.setHeader('etag', etag(record.version));
      else response.header('etag', etag(record.version));
    }
    return super.reply(response, body, statusCode);
  }
}

/** Builds the whole API the same way for `main.ts`, the tests and the benchmarks. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const adapter = new MamoriFastifyAdapter({
    loggerInstance: logger,
    disableRequestLogging: true,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    // Nest registers @fastify/middie so Express-style middleware can run; Mamori uses none (guards,
    // pipes and Fastify hooks instead), and middie costs a hook on every request.
    skipMiddie: true,
    // Fastify makes a child logger per request; most requests never log through it, so build it on first use.
    childLoggerFactory: (parent: FastifyBaseLogger, bindings: Bindings) => lazyChildLogger(parent, bindings),
  });
  const root: DynamicModule = {
    module: class MamoriRoot {},
    imports: [AppModule.register(config), ...(options.imports ?? [])],
  };
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  await configureApp(app, adapter, config);
  return app;
}

/** Global pipeline: prefix, validation, problem+json errors, request ids and logs, headers, docs, web app. */
export async function configureApp(
  app: NestFastifyApplication,
  adapter: FastifyAdapter,
  config: ResolvedConfig,
): Promise<void> {
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());

  const server = adapter.getInstance();
  server.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  registerRawUploadParser(server);
  // The Nest adapter always registers one onRequest and one onResponse hook, which call these when set.
  // Using them rather than adding hooks of our own keeps each hook chain one step long.
  const headers = securityHeaders(config.nodeEnv === 'production');
  adapter.setOnRequestHook((request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? headers.api : headers.document).header('x-request-id', request.id);
    done();
  });
  const writeRequestLine = requestLineWriter(server.log);
  adapter.setOnResponseHook((request, reply, done) => {
    // The route pattern, never the raw URL: query strings can hold search terms about people.
    writeRequestLine({
      reqId: String(request.id),
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
    done();
  });

  if (config.openApiDocs) setupOpenApi(app);
  await serveWebApp(app, config);
}

function webDistDir(config: AppConfig): string {
  return config.webDistDir
    ? resolve(config.webDistDir)
    : resolve(__dirname, '..', '..', '..', '..', 'frontend', 'dist', 'browser');
}

/** `/`, with or without a query string. */
const ROOT_PAGE = /^\/(?:\?|$)/;

const HASHED_ASSET = /-[0-9A-Z]{8}\.(?:js|css|woff2?)$/;

/** Shown for pages while index.html is missing: `npm start` is still building the web app, or nobody built it. */
const WEB_APP_NOT_BUILT_PAGE = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="3">
<title>Mamori</title>
<style>body{font-family:system-ui,"Hiragino Sans","Noto Sans JP","Yu Gothic UI",Meiryo,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1.5rem;line-height:1.7;color:#1b1b1f}</style>
</head>
<body>
<h1>Mamori</h1>
<p>画面（Web アプリ）はまだビルドされていません。ビルドが終わると、このページは自動で切り替わります。</p>
<p lang="en">The web app is not built yet. This page switches to it by itself once it is.</p>
</body>
</html>
`;

/**
 * Serves the built Angular app on the same origin; unknown non-API pages get index.html (deep links).
 * Files are looked up when they are asked for, not listed at start-up, and index.html is read again when
 * it changes: `npm start` starts the API while the web app is still building, and a rebuild is served
 * without a restart. Until index.html exists, pages answer 503 with a notice that reloads itself.
 */
async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root = webDistDir(config);
  const indexFile = join(root, 'index.html');
  const server = app.getHttpAdapter().getInstance();
  if (!webAppBuilt(config)) {
    server.log.warn({ root }, 'web app not built yet: pages answer 503 until it is');
    // The build fills the folder later. Created now, @fastify/static does not warn a second time that it is
    // missing; where it cannot be created (a read-only image), that second warning is the right one.
    try {
      mkdirSync(root, { recursive: true });
    } catch {
      // left to @fastify/static's warning
    }
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: false,
    dotfiles: 'ignore',
    // A folder ("/", "/media/") is no file to send: it falls through to the page fallback below.
    allowedPath: (pathname) => !pathname.endsWith('/'),
    cacheControl: false, // set below, and not overwritten by the file sender's own `max-age=0`
    setHeaders: (res, path) => {
      // The build names scripts, styles and fonts by their content ("main-VY5WIT6T.js"): they never change
      // under a name. Everything else (index.html, fonts.css, favicon.svg) is revalidated.
      res.setHeader('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  let index: { mtimeMs: number; size: number; html: Buffer } | undefined;
  const readIndex = (): Buffer | undefined => {
    try {
      const { mtimeMs, size } = statSync(indexFile);
      if (index?.mtimeMs !== mtimeMs || index.size !== size) index = { mtimeMs, size, html: readFileSync(indexFile) };
      return index.html;
    } catch {
      return undefined; // not built yet, or being rebuilt
    }
  };
  setNotFoundFallback(server, (request, reply) => {
    // A page is what a browser navigates to (it asks for text/html). The site's root is a page whatever
    // the Accept header says, so `curl http://localhost:3000/` shows that Mamori is up; other paths without
    // text/html (a script, a font, a folder) stay 404 problem documents.
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api') &&
      (String(request.headers.accept ?? '').includes('text/html') || ROOT_PAGE.test(request.url));
    if (!isPage) return false;
    const html = readIndex();
    reply
      .status(html ? 200 : 503)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', html ? 'no-cache' : 'no-store');
    if (!html) reply.header('retry-after', '3');
    reply.send(html ?? WEB_APP_NOT_BUILT_PAGE);
    return true;
  });
}

/** Whether the web app is built where the API serves it from (for the start-up message). */
export function webAppBuilt(config: AppConfig): boolean {
  return existsSync(join(webDistDir(config), 'index.html'));
}
