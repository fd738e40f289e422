// R3b: GET /api/v1/people?companyId=…&limit=50 (the roster's first page, sorted by kana) on a company
// of 50,000 people, signed in: p95 latency over a fixed number of requests sent one at a time (the
// latency one person sees), and its ratio to the same SQL statements the service runs, timed with pg
// directly against the same database the same way.
import autocannon from 'autocannon';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ROOT } from '../../support/app-process.mjs';
import { createCompany, importRoster, rosterCsv, signIn } from '../session.mjs';

// The column list the service selects, from the built service itself, so both sides run the same SQL.
const { PERSON_COLUMNS } = createRequire(import.meta.url)(
  join(ROOT, 'backend', 'dist', 'domains', 'organization', 'people.service.js'),
);

const PEOPLE = 50_000;
const REQUESTS = 1000;
const WARM_UP = 200;
const CONNECTIONS = 1;
const LIMIT = 50;
const TARGET_P95_MS = 30;
const TARGET_RATIO = 1.5;

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Latencies (ms) of `amount` requests over `connections` connections, each one timed. */
function timedRequests(url, headers, amount) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let failures = 0;
    const instance = autocannon({ url, headers, connections: CONNECTIONS, amount, pipelining: 1 }, (error) => {
      if (error) reject(error);
      else if (failures) reject(new Error(`${url}: ${failures} answers were not 200`));
      else resolve(latencies);
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) failures++;
      latencies.push(ms);
    });
  });
}

/** The statements PeopleService.list runs for this query (the count, then the page), timed per request. */
async function timedSql(databaseUrl, companyId, amount) {
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      return c;
    }),
  );
  const latencies = [];
  let left = amount;
  try {
    await Promise.all(
      clients.map(async (c) => {
        while (left-- > 0) {
          const t = performance.now();
          await c.query('SELECT count(*)::int AS total FROM people WHERE (company_id = $1)', [companyId]);
          await c.query(
            `SELECT ${PERSON_COLUMNS} FROM people WHERE (company_id = $1) ORDER BY family_name_kana ASC, given_name_kana ASC, id ASC LIMIT $2 OFFSET $3`,
            [companyId, LIMIT + 1, 0],
          );
          latencies.push(performance.now() - t);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  return latencies;
}

export default async function r3b({ app }) {
  if (!app.databaseUrl) throw new Error('R3b needs the database URL of the app (startApp exposes it)');
  const session = await signIn(app.url);
  const company = await createCompany(session, 'ベンチマーク従業者一覧株式会社');
  const seeded = await importRoster(session, company.id, rosterCsv(PEOPLE, ['']), { mode: 'partial' });
  if (seeded.result.created !== PEOPLE) throw new Error(`R3b: ${seeded.result.created} people created`);
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  // Steady state, as autovacuum leaves it after a bulk load: visibility map set, statistics fresh.
  await db.query('VACUUM (ANALYZE) people');
  await db.end();

  const url = `${app.url}/api/v1/people?companyId=${company.id}&limit=${LIMIT}`;
  const first = await session.request('GET', `/api/v1/people?companyId=${company.id}&limit=${LIMIT}`);
  if (first.total !== PEOPLE || first.items.length !== LIMIT) throw new Error('R3b: unexpected first page');

  await timedRequests(url, session.headers, WARM_UP);
  await timedSql(app.databaseUrl, company.id, WARM_UP);
  const api = await timedRequests(url, session.headers, REQUESTS);
  const sql = await timedSql(app.databaseUrl, company.id, REQUESTS);
  const apiP95 = percentile(api, 95);
  const sqlP95 = percentile(sql, 95);
  const ratio = apiP95 / sqlP95;
  return [
    {
      id: 'R3b',
      name: `GET /api/v1/people (${LIMIT} of ${PEOPLE.toLocaleString('en-US')}, ${CONNECTIONS === 1 ? 'one request at a time' : `${CONNECTIONS} connections`}) p95 ÷ its SQL via pg`,
      value: Number(apiP95.toFixed(1)),
      unit: 'ms',
      baseline: Number(sqlP95.toFixed(1)),
      ratio: Number(ratio.toFixed(2)),
      target: `p95 ≤ ${TARGET_P95_MS} ms, ratio ≤ ${TARGET_RATIO}`,
      pass: apiP95 <= TARGET_P95_MS && ratio <= TARGET_RATIO,
      detail: {
        requests: REQUESTS,
        apiP50Ms: Number(percentile(api, 50).toFixed(1)),
        sqlP50Ms: Number(percentile(sql, 50).toFixed(1)),
        apiP99Ms: Number(percentile(api, 99).toFixed(1)),
      },
      note: `p50 ${percentile(api, 50).toFixed(1)} ms through the API vs ${percentile(sql, 50).toFixed(1)} ms for its SQL alone.`,
    },
  ];
}
