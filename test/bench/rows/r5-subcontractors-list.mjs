// R5: GET /api/v1/subcontractors?companyId=…&limit=50 (the register's first page, sorted by name) on a
// company with 5,000 subcontractors, signed in as its PMS manager: p95 latency over a fixed number of
// requests sent one at a time, and its ratio to the SQL that request runs (recorded in the app and
// replayed with pg against the same database, sql-replay.mjs). Same method as R3b.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createCompany, signIn } from '../session.mjs';
import { apiAndSqlLatencies, percentile } from '../sql-replay.mjs';

const SUBCONTRACTORS = 5_000;
const REQUESTS = 2000;
const WARM_UP = 2000;
const LIMIT = 50;
const TARGET_P95_MS = 30;
const TARGET_RATIO = 1.5;

export default async function r5({ app }) {
  if (!app.databaseUrl) throw new Error('R5 needs the database URL of the app (startApp exposes it)');
  const admin = await signIn(app.url);
  const company = await createCompany(admin, 'ベンチマーク委託先株式会社');
  const me = await admin.request('GET', '/api/v1/me');
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  // The caller keeps this company's register: a PMS manager membership there.
  await db.query(
    `INSERT INTO memberships (id, account_id, company_id, role, created_at, updated_at, version)
     VALUES ($1, $2, $3, 'pms_manager', now(), now(), 1)`,
    [randomUUID(), me.account?.id ?? me.id, company.id],
  );
  // 5,000 subcontractors in varied states and tiers, written in one statement.
  await db.query(
    `INSERT INTO subcontractors (id, company_id, name, services, personal_data_items, approx_persons, sensitive_data, my_number,
                                 computed_risk_tier, risk_tier, status, next_audit_due_on, created_at, updated_at, version)
     SELECT gen_random_uuid(), $1, 'ベンチ委託先' || lpad(n::text, 5, '0'), '広告配信データの集計', 'Cookie ID、IPアドレス',
            (n * 37) % 10000, n % 17 = 0, false,
            (ARRAY['high','medium','low'])[1 + n % 3], (ARRAY['high','medium','low'])[1 + n % 3],
            (ARRAY['candidate','evaluating','approved','conditionally_approved','suspended','terminated'])[1 + n % 6],
            current_date + (n % 400 - 30), now(), now(), 1
     FROM generate_series(1, $2::int) AS n`,
    [company.id, SUBCONTRACTORS],
  );
  await db.query('VACUUM (ANALYZE) subcontractors');
  await db.end();

  const path = `/api/v1/subcontractors?companyId=${company.id}&limit=${LIMIT}`;
  const first = await admin.request('GET', path);
  if (first.total !== SUBCONTRACTORS || first.items.length !== LIMIT) throw new Error('R5: unexpected first page');

  const { api, sql, statements } = await apiAndSqlLatencies(app, admin, path, {
    warmUp: WARM_UP,
    requests: REQUESTS,
  });
  const apiP95 = percentile(api, 95);
  const sqlP95 = percentile(sql, 95);
  const ratio = apiP95 / sqlP95;
  return [
    {
      id: 'R5',
      name: `GET /api/v1/subcontractors (${LIMIT} of ${SUBCONTRACTORS.toLocaleString('en-US')}, one request at a time) p95 ÷ the SQL it runs, replayed via pg`,
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
        statements,
      },
      note: `p50 ${percentile(api, 50).toFixed(1)} ms through the API vs ${percentile(sql, 50).toFixed(1)} ms for its ${statements} statements alone.`,
    },
  ];
}
