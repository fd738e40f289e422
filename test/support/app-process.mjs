// Starts the real app (backend/dist/main.js) on a throwaway embedded database for the benchmarks and
// the browser tests, and loads it with autocannon over loopback.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import nodeFlags from '../../backend/node-flags.cjs';

const require = createRequire(import.meta.url);

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export async function waitFor(url, timeoutMs = 60000) {
  const start = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - start > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Starts backend/dist/main.js with demo data on a throwaway embedded PostgreSQL in a temp folder. The
 * harness starts the database itself and hands the app its DATABASE_URL, so benchmark rows can also
 * time SQL directly against the same database (`databaseUrl`).
 */
export async function startApp(env = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'mamori-bench-'));
  await chmod(dir, 0o755); // PostgreSQL runs as its own system user when we are root
  const { startEmbeddedPostgres } = require(
    join(ROOT, 'backend', 'dist', 'platform', 'database', 'embedded-postgres.js'),
  );
  const databaseDir = join(dir, 'postgres', 'pgdata');
  const database = await startEmbeddedPostgres({ dataDir: databaseDir, persistent: false });
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, join(ROOT, 'backend', 'dist', 'main.js')], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      MAMORI_DATA_DIR: join(dir, 'data'),
      DATABASE_URL: database.url,
      MAMORI_DEMO: 'true',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const died = new Promise((_, fail) =>
    child.once('exit', (code) => fail(new Error(`the app exited with code ${code} while starting`))),
  );
  try {
    await Promise.race([waitFor(`${url}/api/v1/health/ready`, 120000), died]);
  } catch (error) {
    child.kill('SIGINT');
    await database.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    dir,
    pid: child.pid,
    databaseUrl: database.url,
    databaseDir,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
      await database.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * CPU time (ms) used so far by the PostgreSQL whose data folder is `dataDir`: the postmaster with the
 * backends it has reaped, plus the live ones.
 */
export function databaseCpuMs(dataDir) {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const own = stat(postmaster);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = stat(entry);
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* gone meanwhile */
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Runs autocannon and returns requests/second (mean) and latency percentiles in ms. */
export async function load(url, { connections = 20, duration = 8, headers } = {}) {
  const result = await autocannon({ url, connections, duration, headers, pipelining: 1 });
  if (result.non2xx || result.errors) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
  };
}

export const fmt = (n, digits = 0) =>
  Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}
