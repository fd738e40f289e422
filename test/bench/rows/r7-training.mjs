// R7a: POST /api/v1/training/campaigns for an audience of 50,000 people (one INSERT … SELECT, deadlines in
// one more statement, the progress counters kept by a statement-level trigger): wall time of the request.
// R7b: GET /api/v1/training/campaigns/:id/progress on a campaign of 100,000 assignments, one request at a
// time: p95, and its ratio to the SQL that request runs (recorded in the app and replayed with pg
// against the same database, sql-replay.mjs).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createCompany, signIn } from '../session.mjs';
import { apiAndSqlLatencies, percentile } from '../sql-replay.mjs';

const PEOPLE = 100_000;
const CAMPAIGN_A = 50_000;
const REQUESTS = 2000;
const WARM_UP = 2000;
const TARGET_CREATE_S = 10;
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.5;
const PASSWORD = 'a long benchmark pass phrase 2026';

export default async function r7({ app }) {
  if (!app.databaseUrl) throw new Error('R7 needs the database URL of the app');
  const admin = await signIn(app.url);
  const company = await createCompany(admin, 'ベンチマーク教育株式会社');
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  // 100,000 people over 50 departments: half regular staff, the rest officers, contract, part-time, dispatched.
  await db.query(
    `INSERT INTO departments (id, company_id, name, code, created_at, updated_at, version)
     SELECT gen_random_uuid(), $1, '部署' || g, 'B' || g, now(), now(), 1 FROM generate_series(1, 50) g`,
    [company.id],
  );
  await db.query(
    `INSERT INTO people (id, company_id, employee_number, family_name, given_name, family_name_kana, given_name_kana, email,
                         department_id, employment_type, hire_date, active, created_at, updated_at, version)
     SELECT gen_random_uuid(), $1, 'B' || g, '試験', '太郎' || g, 'シケン', 'タロウ', NULL,
            (SELECT id FROM departments WHERE company_id = $1 AND code = 'B' || (1 + g % 50)),
            CASE WHEN g % 2 = 0 THEN 'regular' ELSE (ARRAY['officer', 'contract', 'part_time', 'dispatched'])[1 + (g / 2) % 4] END,
            '2024-04-01', true, now(), now(), 1
     FROM generate_series(1, $2::int) g`,
    [company.id, PEOPLE],
  );
  const [person] = (await db.query('SELECT id FROM people WHERE company_id = $1 LIMIT 1', [company.id])).rows;
  await db.query('VACUUM (ANALYZE) people');
  await db.end();

  // A PMS manager of that company runs the training.
  const email = `bench-pms-${Date.now().toString(36)}@example.jp`;
  const account = await admin.request('POST', '/api/v1/accounts', {
    json: { personId: person.id, email, password: PASSWORD },
  });
  await admin.request('POST', '/api/v1/memberships', {
    json: { accountId: account.id, companyId: company.id, role: 'pms_manager' },
  });
  const first = await signIn(app.url, { email, password: PASSWORD });
  await first.request('POST', '/api/v1/auth/password', {
    json: { currentPassword: PASSWORD, newPassword: `${PASSWORD} renewed` },
  });
  const pms = await signIn(app.url, { email, password: `${PASSWORD} renewed` });
  const course = await pms.request('POST', '/api/v1/training/courses', {
    json: {
      companyId: company.id,
      titleJa: '年次教育',
      titleEn: 'Annual training',
      bodyJa: '方針',
      bodyEn: 'Policy',
      topics: ['policy', 'importance', 'roles', 'consequences'],
      annual: true,
      passMark: 80,
      pledgeJa: '遵守します。',
      pledgeEn: 'I will comply.',
      questions: [
        {
          kind: 'single',
          textJa: '問',
          textEn: 'Q',
          options: [
            { textJa: 'はい', textEn: 'Yes', correct: true },
            { textJa: 'いいえ', textEn: 'No', correct: false },
          ],
        },
      ],
    },
  });
  await pms.request('POST', `/api/v1/training/courses/${course.id}/publish`, { json: { version: course.version } });
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const plus = (days) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
  const campaign = (titleJa, employmentTypes) => ({
    companyId: company.id,
    courseId: course.id,
    titleJa,
    titleEn: titleJa,
    audience: { companyIds: [company.id], departmentIds: [], employmentTypes },
    windowStart: today,
    windowEnd: plus(90),
    dueOn: plus(30),
  });

  const t0 = performance.now();
  const a = await pms.request('POST', '/api/v1/training/campaigns', { json: campaign('正社員教育', ['regular']) });
  const createSeconds = (performance.now() - t0) / 1000;
  if (a.counts.total !== CAMPAIGN_A) throw new Error(`R7a: ${a.counts.total} assigned`);

  const b = await pms.request('POST', '/api/v1/training/campaigns', { json: campaign('全従業者教育', []) });
  if (b.counts.total !== PEOPLE) throw new Error(`R7b: ${b.counts.total} assigned`);
  const db2 = new pg.Client({ connectionString: app.databaseUrl });
  await db2.connect();
  // Two in five have passed, as in the middle of a campaign.
  await db2.query(
    "UPDATE training_assignments SET status = 'passed', passed_at = now() WHERE campaign_id = $1 AND abs(hashtext(id::text)) % 5 < 2",
    [b.id],
  );
  // Steady state before timing: every table the campaigns wrote (assignments, their deadlines, the
  // progress counters) vacuumed and analysed, so autovacuum does not start inside the timed window.
  await db2.query('VACUUM (ANALYZE)');
  await db2.end();

  const { api, sql, statements } = await apiAndSqlLatencies(app, pms, `/api/v1/training/campaigns/${b.id}/progress`, {
    warmUp: WARM_UP,
    requests: REQUESTS,
  });
  const apiP95 = percentile(api, 95);
  const sqlP95 = percentile(sql, 95);
  const ratio = apiP95 / sqlP95;
  return [
    {
      id: 'R7a',
      name: `POST /api/v1/training/campaigns for ${CAMPAIGN_A.toLocaleString('en-US')} people (assignments and deadlines set-based)`,
      value: Number(createSeconds.toFixed(2)),
      unit: 's',
      target: `≤ ${TARGET_CREATE_S} s`,
      pass: createSeconds <= TARGET_CREATE_S,
    },
    {
      id: 'R7b',
      name: `GET /api/v1/training/campaigns/:id/progress (${PEOPLE.toLocaleString('en-US')} assignments, one request at a time) p95 ÷ the SQL it runs, replayed via pg`,
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
      },
      note: `p50 ${percentile(api, 50).toFixed(1)} ms through the API vs ${percentile(sql, 50).toFixed(1)} ms for its ${statements} statements alone.`,
    },
  ];
}
