// First: V8 settings that must hold before anything else allocates (platform/runtime/heap-tuning.ts).
import './platform/runtime/heap-tuning';
import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './platform/config/config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './platform/database/embedded-postgres';
import { runMigrations } from './platform/database/data-source';
import { createApp, webAppBuilt } from './platform/http/create-app';
import { JobRunner } from './platform/jobs/job-runner';
import { createLogger } from './platform/logging/logger';
import { runSeeds } from './seeds';
import { signInHelp } from './seeds/sign-in-help';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Mamori cannot start. ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const dataDir = join(config.dataDir, 'pgdata');
    logger.info({ dataDir }, 'starting the embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir,
      persistent: true,
      onLog: (line) => logger.trace({ postgres: line.trim() }),
    });
    databaseUrl = embedded.url;
  }

  let app;
  try {
    app = await createApp({ config: { ...config, databaseUrl }, logger });
    const dataSource = app.get(DataSource);
    const migrated = await runMigrations(dataSource);
    if (migrated.length) logger.info({ migrations: migrated }, 'database migrated');
    const seeded = await runSeeds(dataSource, { demo: config.demo });
    if (seeded.length) logger.info({ seeders: seeded, demo: config.demo }, 'seed data checked');
    await app.listen({ port: config.port, host: config.host });
    if (config.jobsEnabled) await app.get(JobRunner).start(config.jobsPollMs);
  } catch (error) {
    logger.fatal({ err: error }, 'Mamori failed to start');
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }

  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}`;
  process.stdout.write(
    `\n  Mamori is running at ${url}\n` +
      (embedded ? `  Database: embedded PostgreSQL, data in ${embedded.dataDir}\n` : '') +
      (webAppBuilt(config) ? '' : '  The web app is not built yet: its pages show a notice until it is.\n') +
      signInHelp(config.demo) +
      '  Press Ctrl-C to stop.\n\n',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 15000);
    force.unref();
    await app.close().catch((error) => logger.error({ err: error }, 'error while closing the API'));
    await embedded?.stop().catch((error) => logger.error({ err: error }, 'error while stopping PostgreSQL'));
    logger.info('stopped');
    // The log is written asynchronously in blocks: let the last block reach stdout before exiting.
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    process.exit(0);
  };
  // These two handlers are the only ones: app.close() runs Nest's shutdown hooks itself, and Nest's own
  // enableShutdownHooks() would close the app a second time (and stop it on any other signal). They stay
  // installed: a second Ctrl-C (or the terminal's and `npm start`'s signal arriving both) must not kill the
  // process before PostgreSQL is stopped; the 15 s timer above ends a shutdown that hangs.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
