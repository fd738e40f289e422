import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDataSource, pendingSchemaChanges, runMigrations } from '../platform/database/data-source';
import { withDatabase } from './throwaway-database';

/**
 * Database commands (npm run db:migrate | db:generate -- Name | db:check | db:revert).
 * Without DATABASE_URL, generate and check work on a throwaway embedded PostgreSQL with every
 * migration applied; migrate and revert need DATABASE_URL (npm start migrates the embedded one itself).
 */
const SOURCE_MIGRATIONS = resolve(__dirname, '..', '..', 'src', 'database', 'migrations');

const out = (text: string) => process.stdout.write(`${text}\n`);

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  switch (command) {
    case 'migrate':
    case 'revert': {
      if (!process.env.DATABASE_URL) {
        out(`db:${command} needs DATABASE_URL (npm start migrates the embedded database by itself).`);
        return 2;
      }
      const ds = await createDataSource({ url: process.env.DATABASE_URL }).initialize();
      try {
        if (command === 'migrate') {
          const applied = await runMigrations(ds);
          out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        } else {
          await ds.undoLastMigration({ transaction: 'each' });
          out('Reverted the last migration.');
        }
      } finally {
        await ds.destroy();
      }
      return 0;
    }
    case 'generate':
    case 'check':
      return withDatabase(async (url) => {
        const ds = await createDataSource({ url }).initialize();
        try {
          await runMigrations(ds);
          const { up, down } = await pendingSchemaChanges(ds);
          if (command === 'check') {
            if (!up.length) {
              out('Entities and migrations agree.');
              return 0;
            }
            out('Entities and migrations disagree. Run `npm run db:generate -- Name`. Missing statements:');
            up.forEach((q) => out(`  ${q}`));
            return 1;
          }
          if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
            out('Usage: npm run db:generate -- MigrationName (PascalCase)');
            return 2;
          }
          if (!up.length) {
            out('No changes: entities and migrations already agree.');
            return 0;
          }
          const timestamp = Date.now();
          const file = join(SOURCE_MIGRATIONS, `${timestamp}-${name}.ts`);
          writeFileSync(file, migrationSource(`${name}${timestamp}`, up, down.reverse()));
          out(`Wrote ${file}`);
          return 0;
        } finally {
          await ds.destroy();
        }
      });
    default:
      out('Usage: db.js migrate | generate Name | check | revert');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
