import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../platform/config/config';
import { API_PREFIX } from '../platform/http/create-app';
import { buildOpenApiDocument } from '../platform/openapi/openapi';

/**
 * Writes docs/openapi.json from the code (`npm run openapi`), or with --check fails when the committed
 * document is stale. Preview mode builds the route table without connecting to a database.
 */
const TARGET = resolve(__dirname, '..', '..', '..', 'docs', 'openapi.json');

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const config = { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: 'postgresql://unused@127.0.0.1/unused' };
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  const document = buildOpenApiDocument(app);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  await app.close();
  if (!check) {
    writeFileSync(TARGET, text);
    process.stdout.write(`Wrote ${TARGET}\n`);
    return 0;
  }
  let committed = '';
  try {
    committed = readFileSync(TARGET, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (committed === text) {
    process.stdout.write('docs/openapi.json is up to date.\n');
    return 0;
  }
  process.stdout.write('docs/openapi.json is stale: run `npm run openapi` and commit the result.\n');
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
