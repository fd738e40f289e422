import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, runMigrations } from '../../src/platform/database/data-source';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres';

declare global {
  var __MAMORI_PG__: EmbeddedPostgres[] | undefined;
}

/**
 * One throwaway PostgreSQL per test run, migrated once. Tests never touch a developer's data: each
 * builds its own company with the factories. A second, small cluster serves the fault tests that
 * stop and restart PostgreSQL under a running API.
 */
export default async function globalSetup(): Promise<void> {
  const main = await startEmbeddedPostgres({
    dataDir: join(await mkdtemp(join(tmpdir(), 'mamori-test-')), 'pgdata'),
    persistent: false,
    fast: true,
  });
  const fault = await startEmbeddedPostgres({
    dataDir: join(await mkdtemp(join(tmpdir(), 'mamori-fault-')), 'pgdata'),
    persistent: false,
    fast: true,
  });
  globalThis.__MAMORI_PG__ = [main, fault];

  const dataSource = await createDataSource({ url: main.url }).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env.MAMORI_TEST_DATABASE_URL = main.url;
  process.env.MAMORI_TEST_ATTACHMENTS_DIR = await mkdtemp(join(tmpdir(), 'mamori-attachments-'));
  process.env.MAMORI_FAULT_DATABASE_URL = fault.url;
  process.env.MAMORI_FAULT_DATA_DIR = fault.dataDir;
  process.env.MAMORI_FAULT_PORT = String(fault.port);
}
