// R9: the executive dashboard.
// R9a: GET /api/v1/dashboard/summary rolled up over a generated group of 100 companies and 50,000 people,
//      with realistic volumes of every domain the group view reads (improvement actions: 60 per company, a
//      third closed, some overdue; two signed management reviews per company; PrivacyMarks expiring across
//      two years; 24 incidents per company over a year, three open with their PPC clocks as deadlines; 30
//      subcontractors per company with audits and contracts falling due; this year's annual training
//      campaign for everyone, four in five passed with their attestations), signed in as a group-wide
//      executive: p95 latency over requests sent one at a time, and its ratio to the SQL that request runs
//      (recorded in the app and replayed with pg against the same database, sql-replay.mjs).
// R9b: the dashboard page's largest contentful paint in headless Chromium, and its initial JavaScript
//      (R9c: the scripts index.html loads and every chunk they import statically, before any lazy
//      chunk), gzip-compressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { ROOT } from '../../support/app-process.mjs';
import { signIn } from '../session.mjs';
import { apiAndSqlLatencies, percentile } from '../sql-replay.mjs';

const COMPANIES = 100;
const PEOPLE_PER_COMPANY = 500;
const ACTIONS_PER_COMPANY = 60;
const INCIDENTS_PER_COMPANY = 24;
const OPEN_INCIDENTS_PER_COMPANY = 3;
const SUBCONTRACTORS_PER_COMPANY = 30;
const REQUESTS = 300;
const WARM_UP = 50;
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.5;
const TARGET_LCP_MS = 1000;
const TARGET_JS_KB = 250;
const ADMIN_EMAIL = 'admin@mamori.example';

/** The generated group, straight into the tables (the API would take minutes for 50,000 people). */
export async function generate(db) {
  await db.query(`
    INSERT INTO companies (id, name_ja, name_en, corporate_number, privacy_mark_holder, privacy_mark_expires_on, created_at, updated_at, version)
    SELECT gen_random_uuid(), 'ベンチ会社' || n, 'Bench ' || n || ' K.K.', lpad((8000000000000 + n)::text, 13, '0'), true,
           (current_date + ((n * 7) % 730 - 60) * interval '1 day')::date, now(), now(), 1
      FROM generate_series(1, ${COMPANIES}) n`);
  const companies = (await db.query("SELECT id FROM companies WHERE name_ja LIKE 'ベンチ会社%' ORDER BY name_en")).rows;
  const ids = companies.map((c) => c.id);
  await db.query(
    `INSERT INTO people (id, company_id, employee_number, family_name, given_name, family_name_kana, given_name_kana, employment_type,
                         hire_date, active, created_at, updated_at, version)
     SELECT gen_random_uuid(), c.id, 'B' || lpad(n::text, 6, '0'), '試験', '太郎' || n, 'シケン', 'タロウ', 'regular', '2020-04-01', true, now(), now(), 1
       FROM unnest($1::uuid[]) AS c(id), generate_series(1, ${PEOPLE_PER_COMPANY}) n`,
    [ids],
  );
  await db.query(
    `INSERT INTO improvement_actions (id, company_id, title, description, kind, grade, source_type, owner_person_id, due_on, status,
                                      closed_on, created_at, updated_at, version)
     SELECT gen_random_uuid(), c.id, '改善処置 ' || n, '内容', (ARRAY['corrective','preventive','improvement'])[1 + n % 3],
            (ARRAY['major_nonconformity','minor_nonconformity','observation','opportunity'])[1 + n % 4], 'manual',
            (SELECT id FROM people p WHERE p.company_id = c.id AND p.employee_number = 'B' || lpad((1 + n % 50)::text, 6, '0')),
            (current_date + ((n * 11) % 240 - 60) * interval '1 day')::date,
            (ARRAY['open','in_progress','implemented','effectiveness_check','closed','closed'])[1 + n % 6],
            CASE WHEN n % 6 >= 4 THEN (current_date - (n % 300) * interval '1 day')::date END,
            now() - (n * 5 % 365) * interval '1 day', now(), 1
       FROM unnest($1::uuid[]) AS c(id), generate_series(1, ${ACTIONS_PER_COMPANY}) n`,
    [ids],
  );
  await db.query(
    `INSERT INTO management_reviews (id, company_id, title, held_on, status, revision, chair_person_id, chair_name, attendees, inputs,
                                     decisions, signed_at, created_at, updated_at, version)
     SELECT gen_random_uuid(), c.id, 'レビュー ' || k, (current_date - (k * 200 + (row_number() OVER ()) % 300) * interval '1 day')::date,
            'signed', 1, (SELECT id FROM people p WHERE p.company_id = c.id AND p.employee_number = 'B000001'), '試験 太郎1',
            '[]'::jsonb, '[]'::jsonb, '[]'::jsonb, now(), now(), now(), 1
       FROM unnest($1::uuid[]) AS c(id), generate_series(0, 1) k`,
    [ids],
  );
  // Incidents: two a month per company over the last year, most closed; the open ones keep their legal
  // clocks as platform deadlines (PPC preliminary and final), some of them past due.
  const [reporter] = (await db.query('SELECT id FROM accounts WHERE email = $1', [ADMIN_EMAIL])).rows;
  await db.query(
    `INSERT INTO incidents (id, company_id, title, summary, aware_at, person_count, event_type, incident_type, cause,
                            reporter_account_id, status, closed_at, created_at, updated_at, version)
     SELECT gen_random_uuid(), c.id, 'インシデント ' || n, '概要', now() - (n * 15 + 1) * interval '1 day', n * 3,
            (ARRAY['leak','loss','destruction','falsification','improper_acquisition','use_beyond_purpose','misuse','risk'])[1 + n % 8],
            (ARRAY['misdelivery','mis_sending','loss_damage','unauthorized_access','malware','theft'])[1 + n % 6],
            (ARRAY['operation_error','rule_violation','insufficient_checking','unpatched','weak_password','other'])[1 + n % 6],
            $2, CASE WHEN n <= ${OPEN_INCIDENTS_PER_COMPANY} THEN 'reporting' ELSE 'closed' END,
            CASE WHEN n > ${OPEN_INCIDENTS_PER_COMPANY} THEN now() - (n * 15 - 10) * interval '1 day' END, now(), now(), 1
       FROM unnest($1::uuid[]) AS c(id), generate_series(1, ${INCIDENTS_PER_COMPANY}) n`,
    [ids, reporter.id],
  );
  await db.query(
    `INSERT INTO deadlines (id, company_id, source_type, source_id, assignee_account_id, title_ja, title_en, due_on, created_at, updated_at)
     SELECT gen_random_uuid(), i.company_id, 'incidents.' || k.kind, i.id, i.reporter_account_id, k.kind, k.kind,
            (i.aware_at AT TIME ZONE 'Asia/Tokyo')::date + k.days, now(), now()
       FROM incidents i CROSS JOIN (VALUES ('ppc_preliminary', 5), ('ppc_final', 30)) AS k(kind, days)
      WHERE i.company_id = ANY($1::uuid[]) AND i.status <> 'closed'`,
    [ids],
  );
  // Subcontractors in every state and tier, audits due across a year (some overdue), contracts ending.
  await db.query(
    `INSERT INTO subcontractors (id, company_id, name, services, personal_data_items, approx_persons, sensitive_data, my_number,
                                 computed_risk_tier, risk_tier, status, next_audit_due_on, contract_ends_on, created_at, updated_at, version)
     SELECT gen_random_uuid(), c.id, '委託先' || n, '広告配信データの集計', 'Cookie ID、IPアドレス', (n * 37) % 10000, n % 17 = 0, false,
            (ARRAY['high','medium','low'])[1 + n % 3], (ARRAY['high','medium','low'])[1 + n % 3],
            (ARRAY['candidate','evaluating','approved','approved','conditionally_approved','suspended','terminated'])[1 + n % 7],
            current_date + (n * 13 % 400 - 30), current_date + (n * 29 % 700 - 20), now(), now(), 1
       FROM unnest($1::uuid[]) AS c(id), generate_series(1, ${SUBCONTRACTORS_PER_COMPANY}) n`,
    [ids],
  );
  // Training: every company runs this year's annual campaign for all its people, four in five have
  // passed (with their attestations), and half the companies' due dates are past (overdue assignments).
  await db.query(
    `INSERT INTO training_courses (id, company_id, title_ja, title_en, body_ja, body_en, video_urls, topics, annual, questions,
                                   pass_mark, pledge_ja, pledge_en, status, published_version, created_at, updated_at, version)
     SELECT gen_random_uuid(), c.id, '年次教育', 'Annual training', '方針', 'Policy', '[]', '["policy","importance","roles","consequences"]',
            true, '[]', 80, '遵守します。', 'I will comply.', 'published', 1, now(), now(), 1
       FROM unnest($1::uuid[]) AS c(id)`,
    [ids],
  );
  await db.query(
    `INSERT INTO training_course_versions (id, company_id, course_id, version_no, content, published_at)
     SELECT gen_random_uuid(), company_id, id, 1, '{}', now() FROM training_courses WHERE company_id = ANY($1::uuid[])`,
    [ids],
  );
  await db.query(
    `UPDATE training_courses co SET current_version_id = v.id FROM training_course_versions v
      WHERE v.course_id = co.id AND co.company_id = ANY($1::uuid[])`,
    [ids],
  );
  await db.query(
    `INSERT INTO training_campaigns (id, company_id, title_ja, title_en, course_id, audience, window_start, window_end, due_on,
                                     status, created_at, updated_at, version)
     SELECT gen_random_uuid(), co.company_id, '年次教育', 'Annual training', co.id, '{}', current_date - 60, current_date + 60,
            current_date + CASE WHEN row_number() OVER (ORDER BY co.company_id) % 2 = 0 THEN -10 ELSE 20 END, 'open', now(), now(), 1
       FROM training_courses co WHERE co.company_id = ANY($1::uuid[])`,
    [ids],
  );
  await db.query(
    `INSERT INTO training_assignments (id, company_id, campaign_id, person_id, department_id, employment_type, status, due_on,
                                       attempts, best_score, passed_at, created_at, updated_at, version)
     SELECT gen_random_uuid(), p.company_id, k.id, p.id, p.department_id, p.employment_type, x.status, k.due_on,
            CASE WHEN x.status = 'passed' THEN 1 ELSE 0 END, CASE WHEN x.status = 'passed' THEN 100 END,
            CASE WHEN x.status = 'passed' THEN now() - (abs(hashtext(p.id::text)) % 50) * interval '1 day' END, now(), now(), 1
       FROM training_campaigns k JOIN people p ON p.company_id = k.company_id
       CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(p.id::text)) % 5 < 4 THEN 'passed' ELSE 'assigned' END AS status) x
      WHERE k.company_id = ANY($1::uuid[])`,
    [ids],
  );
  await db.query(
    `INSERT INTO training_attempts (id, company_id, assignment_id, person_id, course_version_id, annual, answers, score, pass_mark,
                                    passed, pledge_text, submitted_at)
     SELECT gen_random_uuid(), a.company_id, a.id, a.person_id, co.current_version_id, true, '{}', 100, 80, true, '遵守します。', a.passed_at
       FROM training_assignments a JOIN training_campaigns k ON k.id = a.campaign_id JOIN training_courses co ON co.id = k.course_id
      WHERE a.company_id = ANY($1::uuid[]) AND a.status = 'passed'`,
    [ids],
  );
  await db.query('VACUUM (ANALYZE)');
}

/**
 * The JavaScript a first visit loads before any lazy chunk, gzip-compressed: the scripts and module
 * preloads of index.html and every chunk they import statically, transitively. index.html preloads only
 * some of them (the builder caps the preload list); the browser fetches the rest as soon as it parses
 * the imports. Dynamic `import("./chunk-….js")` (lazy routes) is not followed.
 */
function initialJsBytes() {
  const dist = join(ROOT, 'frontend', 'dist', 'browser');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [];
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) queue.push(m[1].replace(/^\//, ''));
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g))
    queue.push(m[1].replace(/^\//, ''));
  const files = new Set();
  let raw = 0;
  let gzip = 0;
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file)) continue;
    files.add(file);
    const body = readFileSync(join(dist, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    // Static imports only: `import{a as b}from"./chunk-X.js"`, `import"./chunk-X.js"`, `export … from`.
    for (const m of body
      .toString('utf8')
      .matchAll(/\b(?:import|export)\s*(?:[{*\w][^"'()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
      queue.push(m[1]);
    }
  }
  return { files: files.size, raw, gzip };
}

async function largestContentfulPaint(baseUrl) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.locator('[data-testid="signin-email"]').fill('exec@mamori.example');
    await page.locator('[data-testid="signin-password"]').fill('mamori-demo-2026');
    await page.locator('[data-testid="signin-submit"]').click();
    await page.locator('[data-testid="dashboard"] .figure').first().waitFor();
    const samples = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(baseUrl, { waitUntil: 'load' });
      await page.locator('[data-testid="dashboard"] .figure').first().waitFor();
      samples.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              new globalThis.PerformanceObserver((list) => {
                const entries = list.getEntries();
                resolve(entries[entries.length - 1].startTime);
              }).observe({ type: 'largest-contentful-paint', buffered: true });
            }),
        ),
      );
    }
    return samples;
  } finally {
    await browser.close();
  }
}

export default async function r9({ app }) {
  if (!app.databaseUrl) throw new Error('R9 needs the database URL of the app (startApp exposes it)');
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  await generate(db);
  // The demo administrator doubles as a group-wide executive for the rolled-up dashboard.
  await db.query(
    `INSERT INTO memberships (id, account_id, company_id, role, created_at, updated_at, version)
     SELECT gen_random_uuid(), id, NULL, 'executive', now(), now(), 1 FROM accounts WHERE email = $1
     ON CONFLICT DO NOTHING`,
    [ADMIN_EMAIL],
  );
  await db.end();

  const session = await signIn(app.url);
  const summary = await session.request('GET', '/api/v1/dashboard/summary');
  if (summary.companyCount < COMPANIES) throw new Error(`R9: the summary covers ${summary.companyCount} companies`);
  const { api, sql, statements } = await apiAndSqlLatencies(app, session, '/api/v1/dashboard/summary', {
    warmUp: WARM_UP,
    requests: REQUESTS,
  });
  const apiP95 = percentile(api, 95);
  const sqlP95 = percentile(sql, 95);
  const ratio = apiP95 / sqlP95;

  const lcp = await largestContentfulPaint(app.url);
  const lcpMedian = percentile(lcp, 50);
  const js = initialJsBytes();
  const jsKb = js.gzip / 1024;
  return [
    {
      id: 'R9a',
      name: `GET /api/v1/dashboard/summary (group of ${summary.companyCount} companies, ${(COMPANIES * PEOPLE_PER_COMPANY).toLocaleString('en-US')} people, ${(COMPANIES * ACTIONS_PER_COMPANY).toLocaleString('en-US')} actions; one request at a time) p95 ÷ the SQL it runs, replayed via pg`,
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
    {
      id: 'R9b',
      name: 'Dashboard page (home, executive): largest contentful paint in headless Chromium, median of 5 loads',
      value: Number(lcpMedian.toFixed(0)),
      unit: 'ms',
      target: `≤ ${TARGET_LCP_MS} ms`,
      pass: lcpMedian <= TARGET_LCP_MS,
      detail: { samplesMs: lcp.map((v) => Number(v.toFixed(0))) },
    },
    {
      id: 'R9c',
      name: `Initial JavaScript of the app (${js.files} files: the scripts of index.html and every chunk they import statically), gzip`,
      value: Number(jsKb.toFixed(0)),
      unit: 'kB',
      target: `≤ ${TARGET_JS_KB} kB`,
      pass: jsKb <= TARGET_JS_KB,
      detail: { rawKb: Number((js.raw / 1024).toFixed(0)) },
    },
  ];
}
