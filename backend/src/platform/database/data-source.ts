import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming.strategy';

/** Entities are found by file name: each domain keeps its `*.entity.ts` files in its own folder. */
export const ENTITY_GLOB = join(__dirname, '..', '..', '**', '*.entity.{ts,js}');
export const MIGRATIONS_DIR = join(__dirname, '..', '..', 'database', 'migrations');
export const MIGRATION_GLOB = join(MIGRATIONS_DIR, '*.{ts,js}');

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  ssl?: boolean;
}

/** The one set of options used by the app, the db:* commands and the tests. Never synchronises. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    ssl: settings.ssl ? { rejectUnauthorized: true } : false,
    synchronize: false,
    migrationsRun: false,
    dropSchema: false,
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: 'typeorm_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    extra: {
      max: settings.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      application_name: 'mamori',
    },
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** Serialises migrations across processes (two API instances starting at once). */
const MIGRATION_LOCK_KEY = 0x6d616d6f; // "mamo"

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** SQL statements that would bring the schema in line with the entities (empty when they agree). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query),
  };
}
