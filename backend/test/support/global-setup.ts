import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
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
  // The scheduled jobs (reminders, digest, mail) work on every row of their database. The suite that
  // runs them gets its own copy of the migrated database, so what other suites write meanwhile does
  // not change how much work a run has.
  const jobs = new URL(main.url);
  const admin = new URL(main.url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE mamori_jobs TEMPLATE "${jobs.pathname.slice(1)}"`);
  } finally {
    await client.end();
  }
  jobs.pathname = '/mamori_jobs';
  process.env.MAMORI_JOBS_DATABASE_URL = jobs.toString();
  process.env.MAMORI_TEST_DATABASE_URL = main.url;
  process.env.MAMORI_TEST_ATTACHMENTS_DIR = await mkdtemp(join(tmpdir(), 'mamori-attachments-'));
  process.env.MAMORI_FAULT_DATABASE_URL = fault.url;
  process.env.MAMORI_FAULT_DATA_DIR = fault.dataDir;
  process.env.MAMORI_FAULT_PORT = String(fault.port);
}
