// A signed-in API session for the benchmark rows: cookies and the X-XSRF-TOKEN header, as the web app
// sends them. Not a row (run.mjs only loads rows/).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { ROOT } from '../support/app-process.mjs';

const require = createRequire(import.meta.url);

export const DEMO_ADMIN = { email: 'admin@mamori.example', password: 'mamori-demo-2026' };

function cookiesOf(res, jar) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    jar[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
}

/** Signs in and returns a session whose `request` sends the cookies and the CSRF header. */
export async function signIn(baseUrl, { email, password } = DEMO_ADMIN) {
  const jar = {};
  cookiesOf(await fetch(`${baseUrl}/api/v1/auth/csrf`), jar);
  const session = {
    jar,
    get cookie() {
      return Object.entries(jar)
        .map(([k, v]) => `${k}=${v}`)
        .join('; ');
    },
    /** Headers a signed-in browser sends (for autocannon). */
    get headers() {
      return { cookie: session.cookie, 'x-xsrf-token': jar['XSRF-TOKEN'] };
    },
    async request(method, path, { json, body, headers = {} } = {}) {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...session.headers,
          ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: json !== undefined ? JSON.stringify(json) : body,
      });
      cookiesOf(res, jar);
      const text = await res.text();
      const data = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${typeof data === 'string' ? data : data.code}`);
      return data;
    },
  };
  await session.request('POST', '/api/v1/auth/login', { json: { email, password } });
  return session;
}

/** A new company of the group (as the group administrator), with a valid corporate number. */
export async function createCompany(session, nameJa) {
  const { withCheckDigit } = require(
    join(ROOT, 'backend', 'dist', 'domains', 'organization', 'corporate-number.rules.js'),
  );
  let base = '';
  for (let i = 0; i < 12; i++) base += Math.floor(Math.random() * 10);
  return session.request('POST', '/api/v1/companies', {
    json: { nameJa, nameEn: `Benchmark ${Date.now().toString(36)} K.K.`, corporateNumber: withCheckDigit(base) },
  });
}

const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
const FAMILY_KANA = [
  'サトウ',
  'スズキ',
  'タカハシ',
  'タナカ',
  'イトウ',
  'ワタナベ',
  'ヤマモト',
  'ナカムラ',
  'コバヤシ',
  'カトウ',
  'ヨシダ',
  'ヤマダ',
];
const GIVEN = ['太郎', '花子', '一郎', '美咲', '健太', '陽菜', '翔', '結衣', '大輔', '愛'];
const GIVEN_KANA = ['タロウ', 'ハナコ', 'イチロウ', 'ミサキ', 'ケンタ', 'ヒナ', 'ショウ', 'ユイ', 'ダイスケ', 'アイ'];
const TYPES = ['正社員', '正社員', '正社員', '契約社員', 'パート・アルバイト', '派遣社員', '役員'];

/** A roster as an HR system exports it (UTF-8 with BOM, CRLF): `count` people over the department codes. */
export function rosterCsv(count, departmentCodes) {
  const lines = ['社員番号,氏名,フリガナ,メールアドレス,部署コード,雇用形態,入社日,退職日'];
  for (let n = 1; n <= count; n++) {
    const f = n % FAMILY.length;
    const g = (n * 7) % GIVEN.length;
    const year = 1990 + (n % 35);
    const month = String(1 + (n % 12)).padStart(2, '0');
    lines.push(
      [
        `B${String(n).padStart(6, '0')}`,
        `${FAMILY[f]} ${GIVEN[g]}`,
        `${FAMILY_KANA[f]} ${GIVEN_KANA[g]}`,
        `b${n}@example.jp`,
        departmentCodes[n % departmentCodes.length],
        TYPES[n % TYPES.length],
        `${year}/${month}/01`,
        '',
      ].join(','),
    );
  }
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Upload, map with the suggested mapping, apply, and wait; returns the timings in ms and the result. */
export async function importRoster(session, companyId, file, { mode = 'full' } = {}) {
  const t0 = performance.now();
  const uploaded = await session.request('POST', `/api/v1/companies/${companyId}/roster-imports?fileName=roster.csv`, {
    body: file,
    headers: { 'content-type': 'text/csv' },
  });
  const t1 = performance.now();
  const preview = await session.request('PUT', `/api/v1/roster-imports/${uploaded.id}/mapping`, {
    json: { mapping: uploaded.suggestedMapping, mode },
  });
  const t2 = performance.now();
  await session.request('POST', `/api/v1/roster-imports/${uploaded.id}/apply`, { json: { version: preview.version } });
  let result;
  for (;;) {
    result = await session.request('GET', `/api/v1/roster-imports/${uploaded.id}`);
    if (result.status !== 'applying') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const t3 = performance.now();
  return { uploadMs: t1 - t0, previewMs: t2 - t1, applyMs: t3 - t2, totalMs: t3 - t0, preview, result };
}
