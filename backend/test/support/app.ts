import 'reflect-metadata';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { loadConfig } from '../../src/platform/config/config';
import { createApp } from '../../src/platform/http/create-app';
import { createLogger } from '../../src/platform/logging/logger';

export interface TestAppOptions {
  databaseUrl?: string;
  env?: Record<string, string>;
  imports?: ModuleMetadata['imports'];
  logger?: Logger;
}

/** The real app (same pipeline as production) on the test database; requests go through `app.inject`. */
export async function createTestApp(options: TestAppOptions = {}): Promise<NestFastifyApplication> {
  const databaseUrl = options.databaseUrl ?? process.env.MAMORI_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('The integration tests start their database in global-setup.ts');
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      ...(process.env.MAMORI_TEST_ATTACHMENTS_DIR ? { ATTACHMENTS_DIR: process.env.MAMORI_TEST_ATTACHMENTS_DIR } : {}),
      ...options.env,
    }),
    databaseUrl,
  };
  const app = await createApp({ config, logger: options.logger ?? createLogger('silent'), imports: options.imports });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
