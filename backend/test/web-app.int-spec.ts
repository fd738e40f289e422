import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../src/platform/logging/logger';
import { createTestApp } from './support/app';

const PAGE = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/**
 * The web app served on the API's origin (create-app.ts). `npm start` starts the API while the web app is
 * still building, so the folder is empty when the app starts here and the files arrive afterwards.
 */
describe('web app on the same origin', () => {
  let dir: string;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mamori-web-'));
    app = await createTestApp({ env: { WEB_DIST_DIR: dir } });
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = PAGE) => app.inject({ method: 'GET', url, headers });

  it('answers pages with a self-reloading 503 notice until the web app is built, and serves it once it is', async () => {
    const waiting = await get('/');
    expect(waiting.statusCode).toBe(503);
    expect(waiting.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(waiting.headers['retry-after']).toBe('3');
    expect(waiting.headers['cache-control']).toBe('no-store');
    expect(waiting.body).toContain('画面（Web アプリ）はまだビルドされていません');
    expect(waiting.body).toContain('The web app is not built yet');
    expect(waiting.body).toContain('<meta http-equiv="refresh" content="3">');
    expect((await get('/', { accept: '*/*' })).statusCode).toBe(503);
    expect((await get('/training/me')).statusCode).toBe(503);

    // The API is unaffected, and what is not a page stays a problem document.
    expect((await get('/api/v1/health', {})).json()).toMatchObject({ status: 'ok' });
    const unknownApi = await get('/api/v1/no-such-thing');
    expect(unknownApi.statusCode).toBe(404);
    expect(unknownApi.headers['content-type']).toContain('application/problem+json');
    expect(unknownApi.json().code).toBe('NOT_FOUND');
    expect((await get('/main-VY5WIT6T.js', { accept: '*/*' })).json().code).toBe('NOT_FOUND');

    // The build lands while the API runs: no restart needed.
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mamori</title><app-root></app-root>');
    writeFileSync(join(dir, 'main-VY5WIT6T.js'), 'export const mamori = 1;');
    writeFileSync(join(dir, 'media', 'noto-sans-jp-0-400-normal-7JA5EEI7.woff2'), 'wOF2');
    writeFileSync(join(dir, 'fonts.css'), '@font-face{}');

    const home = await get('/');
    expect(home.statusCode).toBe(200);
    // The root is the page for any client (curl sends Accept: */*, or nothing); other paths need text/html.
    for (const accept of [{ accept: '*/*' }, {}] as Record<string, string>[]) {
      const root = await get('/', accept);
      expect(root.statusCode).toBe(200);
      expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(root.body).toContain('<app-root>');
    }
    expect((await get('/?lang=en', {})).body).toContain('<app-root>');
    expect((await get('/subcontractors', { accept: '*/*' })).statusCode).toBe(404);
    expect(home.body).toBe('<!doctype html><title>Mamori</title><app-root></app-root>');
    expect(home.headers['cache-control']).toBe('no-cache');
    const deepLink = await get('/subcontractors/6f1c1a52-0000-4000-8000-000000000000');
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<app-root>');

    const script = await get('/main-VY5WIT6T.js', { accept: '*/*' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toBe('export const mamori = 1;');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const font = await get('/media/noto-sans-jp-0-400-normal-7JA5EEI7.woff2', { accept: '*/*' });
    expect(font.statusCode).toBe(200);
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const fonts = await get('/fonts.css', { accept: '*/*' });
    expect(fonts.body).toBe('@font-face{}');
    expect(fonts.headers['cache-control']).toBe('no-cache');
    // A folder is no file: as a page it is the app, otherwise a 404.
    expect((await get('/media/')).body).toContain('<app-root>');
    expect((await get('/media/', { accept: '*/*' })).statusCode).toBe(404);

    // A rebuild replaces index.html: the new one is served.
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mamori 2</title><app-root></app-root><!-- new -->');
    expect((await get('/')).body).toContain('<title>Mamori 2</title>');

    // While a rebuild has removed index.html, pages get the notice again rather than a stale page.
    rmSync(join(dir, 'index.html'));
    expect((await get('/')).statusCode).toBe(503);
  });

  it('serves nothing outside the folder and no dotfiles', async () => {
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    for (const url of ['/.env', '/../package.json', '/%2e%2e/%2e%2e/package.json', '/media/..%2f..%2fpackage.json']) {
      const res = await get(url, { accept: '*/*' });
      expect([403, 404]).toContain(res.statusCode);
      expect(res.body).not.toContain('SECRET');
      expect(res.body).not.toContain('"workspaces"');
    }
  });

  it('warns once, in its own words, when the folder does not exist yet, and creates it for the build', async () => {
    const missing = join(dir, 'not-built', 'browser');
    const lines: { msg: string }[] = []; // warnings and errors only (the logger's level is warn)
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const fresh = await createTestApp({ env: { WEB_DIST_DIR: missing }, logger: createLogger('warn', sink) });
    try {
      expect(lines.map((l) => l.msg)).toEqual(['web app not built yet: pages answer 503 until it is']);
      expect(existsSync(missing)).toBe(true);
      expect((await fresh.inject({ method: 'GET', url: '/', headers: PAGE })).statusCode).toBe(503);
      writeFileSync(join(missing, 'index.html'), '<!doctype html><title>Mamori</title><app-root></app-root>');
      expect((await fresh.inject({ method: 'GET', url: '/', headers: PAGE })).statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});
