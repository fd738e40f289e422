// R3b: GET /api/v1/people?companyId=…&limit=50 (the roster's first page, sorted by kana) on a company
// of 50,000 people, signed in: p95 latency over a fixed number of requests sent one at a time (the
// latency one person sees), and its ratio to the SQL that request runs (recorded in the app and replayed
// with pg against the same database, sql-replay.mjs).
import pg from 'pg';
import { createCompany, importRoster, rosterCsv, signIn } from '../session.mjs';
import { apiAndSqlLatencies, percentile } from '../sql-replay.mjs';

const PEOPLE = 50_000;
const REQUESTS = 1000;
const WARM_UP = 200;
const LIMIT = 50;
const TARGET_P95_MS = 30;
const TARGET_RATIO = 1.5;

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

  const first = await session.request('GET', `/api/v1/people?companyId=${company.id}&limit=${LIMIT}`);
  if (first.total !== PEOPLE || first.items.length !== LIMIT) throw new Error('R3b: unexpected first page');

  const { api, sql, statements } = await apiAndSqlLatencies(
    app,
    session,
    `/api/v1/people?companyId=${company.id}&limit=${LIMIT}`,
    {
      warmUp: WARM_UP,
      requests: REQUESTS,
    },
  );
  const apiP95 = percentile(api, 95);
  const sqlP95 = percentile(sql, 95);
  const ratio = apiP95 / sqlP95;
  return [
    {
      id: 'R3b',
      name: `GET /api/v1/people (${LIMIT} of ${PEOPLE.toLocaleString('en-US')}, one request at a time) p95 ÷ the SQL it runs, replayed via pg`,
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
        statements,
        apiP99Ms: Number(percentile(api, 99).toFixed(1)),
      },
      note: `p50 ${percentile(api, 50).toFixed(1)} ms through the API vs ${percentile(sql, 50).toFixed(1)} ms for its ${statements} statements alone.`,
    },
  ];
}
