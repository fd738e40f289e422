import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { tokyoDate } from '../src/domains/organization/roster-import/roster-plan';
import { createTestApp } from './support/app';
import { Client, Factory } from './support/factories';
import { csv, encodeShiftJis, JAPANESE_HEADERS, JAPANESE_MAPPING, rosterRow } from './support/roster';

const CSV = { 'content-type': 'text/csv' };
const BOM = '\ufeff';

describe('roster import', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = (client: Client, companyId: string, body: Buffer | string, query = '', headers = CSV) =>
    client.post(`/api/v1/companies/${companyId}/roster-imports${query}`, body, { headers });
  const map = (client: Client, id: string, body: object) =>
    client.request('PUT', `/api/v1/roster-imports/${id}/mapping`, { payload: body });
  const apply = (client: Client, id: string, version: number) =>
    client.post(`/api/v1/roster-imports/${id}/apply`, { version });

  /** People written by an import (the factories leave created_by empty). */
  const imported = (companyId: string) => f.count('people', 'company_id = $1 AND created_by IS NOT NULL', [companyId]);

  /** Polls the import until its background work is over. */
  async function finished(client: Client, id: string) {
    for (let i = 0; i < 400; i++) {
      const res = await client.get(`/api/v1/roster-imports/${id}`);
      expect(res.statusCode).toBe(200);
      if (res.json().status !== 'applying') return res.json();
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the import did not finish');
  }

  /** Upload, map with the Japanese mapping, apply, wait. */
  async function importRows(client: Client, companyId: string, rows: string[][], mode: 'full' | 'partial' = 'partial') {
    const up = await upload(client, companyId, csv([JAPANESE_HEADERS, ...rows]));
    expect(up.statusCode).toBe(201);
    const preview = await map(client, up.json().id, { mapping: JAPANESE_MAPPING, mode });
    expect(preview.statusCode).toBe(200);
    const started = await apply(client, up.json().id, preview.json().version);
    expect(started.statusCode).toBe(202);
    return { preview: preview.json(), result: await finished(client, up.json().id) };
  }

  describe('upload', () => {
    it('reads a UTF-8 file with a BOM, suggests the mapping for Japanese HR headers and writes nothing', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const rows = Array.from({ length: 7 }, (_, i) => rosterRow(i + 1));
      const res = await upload(client, company.id, BOM + csv([JAPANESE_HEADERS, ...rows]), '?fileName=社員.csv');
      expect(res.statusCode).toBe(201);
      expect(res.headers.etag).toBe('"1"');
      const body = res.json();
      expect(body).toMatchObject({
        companyId: company.id,
        status: 'uploaded',
        encoding: 'utf-8',
        mode: 'partial',
        fileName: '社員.csv',
        headers: JAPANESE_HEADERS,
        rowCount: 7,
        version: 1,
        mapping: null,
      });
      expect(body.sampleRows).toHaveLength(5);
      expect(body.sampleRows[0]).toEqual(rosterRow(1));
      expect(body.suggestedMapping).toEqual({
        employeeNumber: '社員番号',
        familyName: '氏名',
        familyNameKana: 'フリガナ',
        email: 'メールアドレス',
        departmentCode: '部署コード',
        employmentType: '雇用形態',
        hireDate: '入社日',
        leaveDate: '退職日',
      });
      expect(await imported(company.id)).toBe(0);
      const [event] = await f.auditEvents("company_id = $1 AND action = 'roster_import.uploaded'", [company.id]);
      expect(event).toMatchObject({ entity_type: 'roster_import', entity_id: body.id });
      expect(event.details).toMatchObject({ rowCount: 7, encoding: 'utf-8' });
    });

    it('detects Shift_JIS (CP932), and refuses it read as UTF-8 with the line that is not UTF-8', async () => {
      const { client, company, account } = await f.signedIn('admin');
      const text = csv([
        ['従業員番号', '姓', '名', 'セイ', 'メイ', '雇用区分', '入社年月日'],
        ['A-001', '髙橋', '①郎', 'タカハシ', 'イチロウ', 'パート・アルバイト', '令和2年4月1日'],
        ['A-002', '渡邊', '美～紀', 'ワタナベ', 'ミキ', '派遣', '2021/10/1'],
      ]);
      const bytes = encodeShiftJis(text);
      expect(bytes.includes(0x87)).toBe(true); // ① is an NEC extension of CP932

      const auto = await upload(client, company.id, bytes, '', { 'content-type': 'application/octet-stream' });
      expect(auto.statusCode).toBe(201);
      expect(auto.json()).toMatchObject({
        encoding: 'shift_jis',
        headers: ['従業員番号', '姓', '名', 'セイ', 'メイ', '雇用区分', '入社年月日'],
        sampleRows: [
          ['A-001', '髙橋', '①郎', 'タカハシ', 'イチロウ', 'パート・アルバイト', '令和2年4月1日'],
          ['A-002', '渡邊', '美～紀', 'ワタナベ', 'ミキ', '派遣', '2021/10/1'],
        ],
        suggestedMapping: {
          employeeNumber: '従業員番号',
          familyName: '姓',
          givenName: '名',
          familyNameKana: 'セイ',
          givenNameKana: 'メイ',
          employmentType: '雇用区分',
          hireDate: '入社年月日',
        },
      });
      const chosen = await upload(client, company.id, bytes, '?encoding=shift_jis');
      expect(chosen.json().encoding).toBe('shift_jis');

      const wrong = await upload(client, company.id, bytes, '?encoding=utf-8');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.json()).toMatchObject({ code: 'ROSTER_ENCODING_INVALID', encoding: 'utf-8', line: 1 });

      // The Shift_JIS file applies as it reads.
      const preview = await map(client, auto.json().id, { mapping: auto.json().suggestedMapping });
      expect(preview.json()).toMatchObject({ validCount: 2, errorCount: 0, toCreate: 2 });
      await apply(client, auto.json().id, preview.json().version);
      expect(await finished(client, auto.json().id)).toMatchObject({ status: 'applied', created: 2 });
      // The importer is told, in-app (and by mail as they prefer), with the counts only.
      let told: { params: unknown; link: string }[] = [];
      for (let i = 0; i < 100 && !told.length; i++) {
        told = await f.db.query(
          "SELECT params, link FROM notifications WHERE event_type = 'roster_import_finished' AND recipient_account_id = $1",
          [account.id],
        );
        if (!told.length) await new Promise((r) => setTimeout(r, 25));
      }
      expect(told).toEqual([
        { params: { counts: { created: 2, updated: 0, failed: 0 } }, link: '/admin/roster-import' },
      ]);
      const people = await f.db.query(
        "SELECT employee_number, family_name, given_name, employment_type, hire_date::text AS hire_date FROM people WHERE company_id = $1 AND employee_number LIKE 'A-%' ORDER BY 1",
        [company.id],
      );
      expect(people).toEqual([
        {
          employee_number: 'A-001',
          family_name: '髙橋',
          given_name: '①郎',
          employment_type: 'part_time',
          hire_date: '2020-04-01',
        },
        {
          employee_number: 'A-002',
          family_name: '渡邊',
          given_name: '美～紀',
          employment_type: 'dispatched',
          hire_date: '2021-10-01',
        },
      ]);
    });

    it('names what is wrong with a file that cannot be read', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const broken = Buffer.concat([
        Buffer.from('社員番号,氏名\r\n1,山田\r\n'),
        Buffer.from([0x82, 0xa0, 0xff, 0x0d, 0x0a]),
      ]);
      expect((await upload(client, company.id, broken)).json()).toMatchObject({
        status: 400,
        code: 'ROSTER_ENCODING_INVALID',
        encoding: 'utf-8',
        line: 3,
      });
      const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
      expect((await upload(client, company.id, xlsx)).json()).toMatchObject({
        code: 'ROSTER_FILE_NOT_CSV',
        format: 'xlsx',
      });
      expect((await upload(client, company.id, 'a,b\r\n"1,2\r\n')).json()).toMatchObject({
        code: 'ROSTER_CSV_MALFORMED',
        line: 2,
      });
      expect((await upload(client, company.id, '社員番号,氏名\r\n')).json().code).toBe('ROSTER_FILE_NO_ROWS');
      expect((await upload(client, company.id, '')).json().code).toBe('ROSTER_FILE_EMPTY');
      const json = await client.post(`/api/v1/companies/${company.id}/roster-imports`, { rows: [] });
      expect(json.statusCode).toBe(415);
      // Raw files are accepted by the upload route only.
      const elsewhere = await client.post('/api/v1/people', 'a,b', { headers: CSV });
      expect(elsewhere.statusCode).toBe(415);
      expect(elsewhere.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await f.count('roster_imports', 'company_id = $1', [company.id])).toBe(0);
    });

    it('refuses a file over 20 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
      const { client, company } = await f.signedIn('admin');
      const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41);
      const res = await upload(client, company.id, big);
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(await f.count('roster_imports', 'company_id = $1', [company.id])).toBe(0);
    });

    it('recognises English headers', async () => {
      const { client, company } = await f.signedIn('admin');
      const res = await upload(
        client,
        company.id,
        csv([
          [
            'Employee No.',
            'Last Name',
            'First Name',
            'E-mail',
            'Department Code',
            'Employment Type',
            'Hire Date',
            'Termination Date',
          ],
          ['X1', 'Smith', 'Anna', 'anna@example.com', '', 'contract', '2024-01-10', ''],
        ]),
      );
      expect(res.json().suggestedMapping).toEqual({
        employeeNumber: 'Employee No.',
        familyName: 'Last Name',
        givenName: 'First Name',
        email: 'E-mail',
        departmentCode: 'Department Code',
        employmentType: 'Employment Type',
        hireDate: 'Hire Date',
        leaveDate: 'Termination Date',
      });
    });
  });

  describe('mapping and preview', () => {
    it('a file without a required column: the mapping is refused with field errors', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const up = await upload(
        client,
        company.id,
        csv([
          ['社員番号', '氏名'],
          ['1', '山田 花子'],
        ]),
      );
      expect(up.statusCode).toBe(201);
      expect(up.json().suggestedMapping).toEqual({ employeeNumber: '社員番号', familyName: '氏名' });
      const res = await map(client, up.json().id, { mapping: up.json().suggestedMapping });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'mapping.employmentType', code: 'REQUIRED' })],
      });
      const unknown = await map(client, up.json().id, {
        mapping: { employeeNumber: '社員番号', familyName: '氏名', employmentType: '雇用形態' },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ field: 'mapping.employmentType', code: 'UNKNOWN_COLUMN' }),
      ]);
      expect((await client.get(`/api/v1/roster-imports/${up.json().id}`)).json().status).toBe('uploaded');
    });

    it('1,000 rows with 10 bad ones: the preview lists exactly those 10 and nothing is written until apply', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      await f.department(company.id, { code: 'SALES' });
      const bad: Record<number, [Partial<Record<string, string>>, string, string]> = {
        17: [{ 社員番号: '' }, '社員番号', 'REQUIRED'],
        101: [{ 氏名: '' }, '氏名', 'REQUIRED'],
        202: [{ 入社日: '2024/02/30' }, '入社日', 'DATE_INVALID'],
        303: [{ 部署コード: 'NOPE' }, '部署コード', 'DEPARTMENT_UNKNOWN'],
        404: [{ 雇用形態: '業務委託' }, '雇用形態', 'EMPLOYMENT_TYPE_UNKNOWN'],
        505: [{ メールアドレス: 'not-an-address' }, 'メールアドレス', 'EMAIL_INVALID'],
        606: [{ 社員番号: 'E 606!' }, '社員番号', 'EMPLOYEE_NUMBER_INVALID'],
        707: [{ フリガナ: 'Yamada' }, 'フリガナ', 'KANA_INVALID'],
        808: [{ 入社日: '2024/04/01', 退職日: '2023/03/31' }, '退職日', 'LEAVE_BEFORE_HIRE'],
        909: [{ 退職日: '昨日' }, '退職日', 'DATE_INVALID'],
      };
      const rows = Array.from({ length: 1000 }, (_, i) => {
        const n = i + 1;
        return rosterRow(n, { 部署コード: n % 3 === 0 ? 'SALES' : '', ...(bad[n]?.[0] ?? {}) });
      });
      const up = await upload(client, company.id, csv([JAPANESE_HEADERS, ...rows]));
      expect(up.json().rowCount).toBe(1000);
      const preview = await map(client, up.json().id, { mapping: JAPANESE_MAPPING, mode: 'full' });
      expect(preview.statusCode).toBe(200);
      const body = preview.json();
      const expected = Object.entries(bad).map(([n, [, column, code]]) => ({
        row: Number(n) + 1,
        column,
        code,
      }));
      expect(body).toMatchObject({
        status: 'mapped',
        mode: 'full',
        rowCount: 1000,
        validCount: 990,
        errorCount: 10,
        toCreate: 990,
        toUpdate: 0,
        toLeave: 0,
        version: 2,
      });
      expect(body.errors.total).toBe(10);
      expect(
        body.errors.items.map((e: { row: number; column: string; code: string }) => ({
          row: e.row,
          column: e.column,
          code: e.code,
        })),
      ).toEqual(expected);
      const page = (await client.get(`/api/v1/roster-imports/${up.json().id}/errors?limit=4&offset=8`)).json();
      expect(page).toMatchObject({ total: 10, nextCursor: null });
      expect(page.items.map((e: { row: number }) => e.row)).toEqual([809, 910]);
      expect(await imported(company.id)).toBe(0);

      const started = await apply(client, up.json().id, body.version);
      expect(started.statusCode).toBe(202);
      expect(started.json().status).toBe('applying');
      const result = await finished(client, up.json().id);
      expect(result).toMatchObject({
        status: 'applied',
        created: 990,
        updated: 0,
        left: 0,
        errorCount: 10,
        processed: 990,
        total: 990,
        sampleRows: [],
        version: 4,
      });
      expect(await imported(company.id)).toBe(990);
      expect(
        await f.count('people', 'company_id = $1 AND employee_number = ANY($2::text[])', [
          company.id,
          ['E000101', 'E000202', 'E000303', 'E000404', 'E000505', 'E000707', 'E000808', 'E000909'],
        ]),
      ).toBe(0);
      const [sales] = await f.db.query('SELECT id FROM departments WHERE company_id = $1', [company.id]);
      const [p3] = await f.db.query(
        'SELECT family_name, given_name, family_name_kana, given_name_kana, department_id, employment_type, email FROM people WHERE company_id = $1 AND employee_number = $2',
        [company.id, 'E000003'],
      );
      expect(p3).toEqual({
        family_name: '山田',
        given_name: '太郎3',
        family_name_kana: 'ヤマダ',
        given_name_kana: 'タロウ',
        department_id: sales.id,
        employment_type: 'dispatched',
        email: 'taro3@example.jp',
      });
      expect(await f.count('audit_events', "company_id = $1 AND action = 'person.created'", [company.id])).toBe(990);
      const [summary] = await f.auditEvents("company_id = $1 AND action = 'roster_import.applied'", [company.id]);
      expect(summary.details).toMatchObject({ created: 990, updated: 0, left: 0, errors: 10, mode: 'full' });
      expect((await client.get(`/api/v1/audit-trail/verify?companyId=${company.id}`)).json()).toMatchObject({
        ok: true,
      });
      expect(await f.db.query('SELECT content FROM roster_imports WHERE id = $1', [up.json().id])).toEqual([
        { content: null },
      ]);

      // Applying twice is refused; the same file again changes nothing.
      const twice = await apply(client, up.json().id, result.version);
      expect(twice.statusCode).toBe(409);
      expect(twice.json().code).toBe('ROSTER_IMPORT_ALREADY_APPLIED');
      const again = await importRows(client, company.id, rows, 'partial');
      expect(again.preview).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 990 });
      expect(again.result).toMatchObject({ created: 0, updated: 0, left: 0 });
    });

    it('refuses to apply before the mapping and with a stale version', async () => {
      const { client, company } = await f.signedIn('admin');
      const up = await upload(client, company.id, csv([JAPANESE_HEADERS, rosterRow(1)]));
      const early = await apply(client, up.json().id, 1);
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('ROSTER_IMPORT_NOT_MAPPED');
      const preview = await map(client, up.json().id, { mapping: JAPANESE_MAPPING });
      const stale = await apply(client, up.json().id, preview.json().version - 1);
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('STALE_VERSION');
      const staleMap = await client.request('PUT', `/api/v1/roster-imports/${up.json().id}/mapping`, {
        payload: { mapping: JAPANESE_MAPPING },
        headers: { 'if-match': '"1"' },
      });
      expect(staleMap.json().code).toBe('STALE_VERSION');
      expect(await imported(company.id)).toBe(0);
    });
  });

  describe('apply', () => {
    it('full import: upserts by employee number, marks missing people as leavers, disables their accounts and ends their sessions', async () => {
      const company = await f.company();
      const admin = await f.account(company.id, [{ role: 'admin' }]);
      const client = await f.signIn(admin);
      const kept = await f.person(company.id, { employeeNumber: 'K1', familyName: '旧姓', givenName: '花子' });
      const leaver = await f.account(company.id, [{ role: 'staff' }]);
      const leaverClient = await f.signIn(leaver);
      expect((await leaverClient.get('/api/v1/me')).statusCode).toBe(200);
      const quiet = await f.person(company.id, { employeeNumber: 'Q1' });
      const gone = await f.person(company.id, { employeeNumber: 'G1', active: false });

      const { preview, result } = await importRows(
        client,
        company.id,
        [
          rosterRow(1, { 社員番号: 'K1', 氏名: '新姓 花子', 雇用形態: '正社員' }),
          rosterRow(2, { 社員番号: 'N1', 氏名: '新人 一郎', 雇用形態: '契約社員' }),
        ],
        'full',
      );
      expect(preview).toMatchObject({ toCreate: 1, toUpdate: 1, toLeave: 2 });
      expect(result).toMatchObject({ status: 'applied', created: 1, updated: 1, left: 2, errorCount: 0 });

      const today = tokyoDate(new Date());
      const state = async (id: string) =>
        (
          await f.db.query(
            'SELECT family_name, active, leave_date::text AS leave_date, version FROM people WHERE id = $1',
            [id],
          )
        )[0];
      expect(await state(kept.id)).toMatchObject({ family_name: '新姓', active: true, version: 2 });
      expect(await state(leaver.personId)).toMatchObject({ active: false, leave_date: today, version: 2 });
      expect(await state(quiet.id)).toMatchObject({ active: false, leave_date: today });
      expect(await state(gone.id)).toMatchObject({ active: false, leave_date: null, version: 1 });
      // The administrator applying the import is not in the file, and is not made a leaver.
      expect(await state(admin.personId)).toMatchObject({ active: true });

      const [account] = await f.db.query('SELECT disabled, version FROM accounts WHERE id = $1', [leaver.id]);
      expect(account).toEqual({ disabled: true, version: 2 });
      expect(await f.count('sessions', 'account_id = $1', [leaver.id])).toBe(0);
      expect((await leaverClient.get('/api/v1/me')).statusCode).toBe(401);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);

      const events = await f.auditEvents('company_id = $1 AND details ? $2', [company.id, 'rosterImportId']);
      const byEntity = (id: string) => events.filter((e: { entity_id: string }) => e.entity_id === id);
      expect(byEntity(leaver.id)).toEqual([
        expect.objectContaining({
          action: 'account.updated',
          changes: { disabled: { before: false, after: true } },
          details: expect.objectContaining({ reason: 'person_left', sessionsEnded: 1 }),
        }),
      ]);
      expect(byEntity(quiet.id)).toEqual([
        expect.objectContaining({
          action: 'person.updated',
          changes: { active: { before: true, after: false }, leaveDate: { before: null, after: today } },
          details: expect.objectContaining({ reason: 'missing_from_full_import' }),
        }),
      ]);
      expect(byEntity(kept.id)[0]).toMatchObject({
        action: 'person.updated',
        changes: expect.objectContaining({ familyName: { before: '旧姓', after: '新姓' } }),
      });
      expect((await client.get(`/api/v1/audit-trail/verify?companyId=${company.id}`)).json().ok).toBe(true);
    });

    it('partial import leaves people missing from the file alone; a past leave date makes a leaver', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const other = await f.person(company.id, { employeeNumber: 'O1' });
      const leaving = await f.account(company.id, [{ role: 'staff' }]);
      const [{ employee_number: number }] = await f.db.query('SELECT employee_number FROM people WHERE id = $1', [
        leaving.personId,
      ]);
      const { result } = await importRows(client, company.id, [
        rosterRow(1, { 社員番号: number, 退職日: '2020/03/31', 入社日: '2019/04/01' }),
      ]);
      expect(result).toMatchObject({ created: 0, updated: 0, left: 1 });
      expect((await f.db.query('SELECT active FROM people WHERE id = $1', [other.id]))[0].active).toBe(true);
      expect(
        await f.db.query('SELECT active, leave_date::text AS leave_date FROM people WHERE id = $1', [leaving.personId]),
      ).toEqual([{ active: false, leave_date: '2020-03-31' }]);
      expect((await f.db.query('SELECT disabled FROM accounts WHERE id = $1', [leaving.id]))[0].disabled).toBe(true);
    });
  });

  describe('access', () => {
    it("another company's import is 404; staff and auditors may not upload (403)", async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const up = await upload(client, company.id, csv([JAPANESE_HEADERS, rosterRow(1)]));
      const id = up.json().id;

      const stranger = await f.signedIn('admin');
      expect((await stranger.client.get(`/api/v1/roster-imports/${id}`)).statusCode).toBe(404);
      expect((await stranger.client.get(`/api/v1/roster-imports/${id}/errors`)).statusCode).toBe(404);
      expect((await map(stranger.client, id, { mapping: JAPANESE_MAPPING })).statusCode).toBe(404);
      expect((await apply(stranger.client, id, 1)).statusCode).toBe(404);
      expect((await upload(stranger.client, company.id, csv([JAPANESE_HEADERS, rosterRow(1)]))).statusCode).toBe(404);

      for (const role of ['staff', 'auditor'] as const) {
        const account = await f.account(company.id, [{ role }]);
        const c = await f.signIn(account);
        const res = await upload(c, company.id, csv([JAPANESE_HEADERS, rosterRow(1)]));
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
        expect((await map(c, id, { mapping: JAPANESE_MAPPING })).statusCode).toBe(403);
      }
      const auditor = await f.signIn(await f.account(company.id, [{ role: 'auditor' }]));
      expect((await auditor.get(`/api/v1/roster-imports/${id}`)).statusCode).toBe(200);
      expect(await f.count('roster_imports', 'company_id = $1', [company.id])).toBe(1);
      expect(await imported(company.id)).toBe(0);
    });

    it('discards an import that is not applied, with its file', async () => {
      const { client, company } = await f.signedIn('admin');
      const up = await upload(client, company.id, csv([JAPANESE_HEADERS, rosterRow(1)]));
      const id = up.json().id;
      expect((await client.delete(`/api/v1/roster-imports/${id}`, { headers: { 'if-match': '"1"' } })).statusCode).toBe(
        204,
      );
      expect((await client.get(`/api/v1/roster-imports/${id}`)).statusCode).toBe(404);
      expect(await f.auditEvents("entity_id = $1 AND action = 'roster_import.deleted'", [id])).toHaveLength(1);
    });
  });
});
