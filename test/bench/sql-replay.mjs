// The SQL baseline of the latency rows: the statements one real request sends to PostgreSQL, recorded
// in the app (sql-capture.cjs) and replayed through pg against the same database, in the same order,
// on as many connections as the app used at once. "Its SQL" therefore means all of it: the session
// look-up, the guard's look-ups, the transaction statements and the service's own queries. Not a row.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openTimedGet } from './http-client.mjs';

/** startApp() environment that loads the recorder into the app, and the file it records into. */
export function captureEnv(dir) {
  const file = join(dir, 'sql-capture.json');
  return {
    file,
    env: {
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --require ${join(import.meta.dirname, 'sql-capture.cjs')}`.trim(),
      BENCH_SQL_CAPTURE_FILE: file,
    },
  };
}

// The scheduled-jobs poller shares the pool; its statements are not the request's.
const BACKGROUND = /\bjob_states\b/;
const READ_ONLY = /^\s*(SELECT|WITH|START TRANSACTION|BEGIN|SET TRANSACTION|COMMIT|ROLLBACK|SHOW)\b/i;

async function recordOnce(app, session, path) {
  const file = app.captureFile;
  rmSync(file, { force: true });
  process.kill(app.pid, 'SIGUSR2');
  await new Promise((r) => setTimeout(r, 50));
  await session.request('GET', path);
  process.kill(app.pid, 'SIGUSR2');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(readFileSync(file, 'utf8')).filter((s) => !BACKGROUND.test(s.text));
}

/**
 * Records the statements of `GET path` (twice, and insists both runs sent the same statements) and
 * returns a function that replays them once, timed, in ms.
 */
export async function recordRequestSql(app, session, path, databaseUrl = app.databaseUrl) {
  if (!app.captureFile) throw new Error('start the app with captureEnv() to record its SQL');
  let statements = await recordOnce(app, session, path);
  const again = await recordOnce(app, session, path);
  if (statements.map((s) => s.text).join('\n') !== again.map((s) => s.text).join('\n')) {
    statements = await recordOnce(app, session, path); // a once-a-minute session touch, say
  }
  if (!statements.length) throw new Error(`${path}: no SQL recorded`);
  for (const s of statements) {
    if (!READ_ONLY.test(s.text)) throw new Error(`${path} writes (${s.text.slice(0, 60)}…): not a read to replay`);
  }
  // Waves: statements that overlapped in the app run together, each connection's in order.
  const waves = [];
  let waveEnd = -Infinity;
  for (const s of [...statements].sort((a, b) => a.start - b.start)) {
    if (s.start >= waveEnd) {
      waves.push([s]);
      waveEnd = s.end;
    } else {
      waves[waves.length - 1].push(s);
      waveEnd = Math.max(waveEnd, s.end);
    }
  }
  const connections = [...new Set(statements.map((s) => s.connection))];
  const clients = new Map();
  for (const id of connections) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    clients.set(id, client);
  }
  const replay = async () => {
    const t = performance.now();
    for (const wave of waves) {
      const byConnection = new Map();
      for (const s of wave) byConnection.set(s.connection, [...(byConnection.get(s.connection) ?? []), s]);
      await Promise.all(
        [...byConnection].map(async ([id, list]) => {
          for (const s of list) await clients.get(id).query(s.text, s.values);
        }),
      );
    }
    return performance.now() - t;
  };
  /** Median time of each statement on its own over `amount` replays (to see which one dominates). */
  const perStatement = async (amount = 20) => {
    const samples = statements.map(() => []);
    for (let i = 0; i < amount; i++) {
      for (const [n, s] of statements.entries()) {
        const t = performance.now();
        await clients.get(s.connection).query(s.text, s.values);
        samples[n].push(performance.now() - t);
      }
    }
    return statements
      .map((s, n) => ({
        ms: samples[n].sort((a, b) => a - b)[Math.floor(amount / 2)],
        sql: s.text.replace(/\s+/g, ' '),
      }))
      .sort((a, b) => b.ms - a.ms);
  };
  if (process.env.BENCH_SQL_DETAIL) {
    for (const { ms, sql } of await perStatement())
      process.stderr.write(`  ${ms.toFixed(2)} ms  ${sql.slice(0, 160)}\n`);
  }
  return {
    statements: statements.length,
    connections: connections.length,
    replay,
    perStatement,
    async close() {
      await Promise.all([...clients.values()].map((c) => c.end()));
    },
  };
}

/** Replays the recorded statements `amount` times, one after the other; returns the latencies in ms. */
export async function timedReplays(recording, amount) {
  const latencies = [];
  for (let i = 0; i < amount; i++) latencies.push(await recording.replay());
  return latencies;
}

/** The p-th percentile of latency samples (nearest rank). */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Rounds a latency row's timed requests are split into, API and SQL alternating (see below). */
const ROUNDS = 10;

/**
 * A latency row's measurement: warms the endpoint up (`warmUp` requests, and as many replays: enough for
 * V8 to have optimised both, ADR 0007), records the SQL of `GET path`, then times
 * `requests` requests through the API, one at a time on one kept-open connection (http-client.mjs), and
 * as many replays of that SQL on the connections the replay keeps open. Both are timed in alternating
 * rounds (API then SQL, then SQL then API …), so a burst of noise on a shared machine (another process,
 * a checkpoint) lands on both sides of the ratio instead of on whichever happened to run then.
 */
export async function apiAndSqlLatencies(app, session, path, { warmUp, requests }) {
  const client = await openTimedGet(`${app.url}${path}`, session.headers);
  const timeApi = (amount) => client.time(amount);
  await timeApi(warmUp);
  const recording = await recordRequestSql(app, session, path);
  try {
    await timedReplays(recording, warmUp);
    const api = [];
    const sql = [];
    for (let round = 0; round < ROUNDS; round++) {
      const amount = Math.floor(requests / ROUNDS) + (round < requests % ROUNDS ? 1 : 0);
      const timeSql = async () => sql.push(...(await timedReplays(recording, amount)));
      const timeApiRound = async () => api.push(...(await timeApi(amount)));
      if (round % 2 === 0) {
        await timeApiRound();
        await timeSql();
      } else {
        await timeSql();
        await timeApiRound();
      }
    }
    return { api, sql, statements: recording.statements };
  } finally {
    client.close();
    await recording.close();
  }
}
