import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp } from './support/app';
import { Factory, randomCorporateNumber } from './support/factories';

describe('organization: companies, departments, people', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  describe('companies', () => {
    it('a group administrator creates, reads, changes and deletes a company, with ETag and audit events', async () => {
      const { client } = await f.signedIn('admin', { group: true });
      const corporateNumber = randomCorporateNumber();
      const created = await client.post('/api/v1/companies', {
        nameJa: 'GMOテスト株式会社',
        nameEn: 'GMO Test, Inc.',
        corporateNumber,
        postalCode: '150-8512',
        contactPhone: '03-5489-6370',
        privacyMarkHolder: true,
        privacyMarkExpiresOn: '2027-03-31',
      });
      expect(created.statusCode).toBe(201);
      const company = created.json();
      expect(company).toMatchObject({
        nameJa: 'GMOテスト株式会社',
        corporateNumber,
        version: 1,
        privacyMarkExpiresOn: '2027-03-31',
      });
      expect(created.headers.etag).toBe('"1"');

      const read = await client.get(`/api/v1/companies/${company.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.headers.etag).toBe('"1"');

      const changed = await client.patch(`/api/v1/companies/${company.id}`, { nameEn: 'GMO Test K.K.', version: 1 });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ nameEn: 'GMO Test K.K.', version: 2 });

      const stale = await client.patch(
        `/api/v1/companies/${company.id}`,
        { nameEn: 'Lost update' },
        { headers: { 'if-match': '"1"' } },
      );
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('STALE_VERSION');

      const duplicate = await client.post('/api/v1/companies', {
        nameJa: '重複',
        nameEn: 'Duplicate',
        corporateNumber,
      });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().code).toBe('COMPANY_CORPORATE_NUMBER_TAKEN');

      expect((await client.delete(`/api/v1/companies/${company.id}`)).statusCode).toBe(400);
      expect(
        (await client.delete(`/api/v1/companies/${company.id}`, { headers: { 'if-match': '"2"' } })).statusCode,
      ).toBe(204);
      expect((await client.get(`/api/v1/companies/${company.id}`)).statusCode).toBe(404);

      const events = await f.auditEvents('company_id = $1', [company.id]);
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        'company.created',
        'company.updated',
        'company.deleted',
      ]);
      expect(events[1].changes).toEqual({ nameEn: { before: 'GMO Test, Inc.', after: 'GMO Test K.K.' } });
    });

    it('refuses a corporate number with a wrong check digit: 400 on corporateNumber', async () => {
      const { client } = await f.signedIn('admin', { group: true });
      const good = randomCorporateNumber();
      const bad = `${(Number(good[0]) % 9) + 1}${good.slice(1)}`;
      const res = await client.post('/api/v1/companies', { nameJa: '誤り', nameEn: 'Wrong', corporateNumber: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field: 'corporateNumber', code: 'INVALID_CORPORATE_NUMBER' }),
      ]);
      const missing = await client.post('/api/v1/companies', { nameEn: 'No name' });
      expect(missing.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(
        expect.arrayContaining(['nameJa:REQUIRED', 'corporateNumber:REQUIRED']),
      );
      const nulled = await client.patch(`/api/v1/companies/${(await f.company()).id}`, { nameJa: null, version: 1 });
      expect(nulled.statusCode).toBe(400);
    });

    it('only a group-level administrator may add a company', async () => {
      const { client } = await f.signedIn('admin');
      const res = await client.post('/api/v1/companies', {
        nameJa: '新会社',
        nameEn: 'New',
        corporateNumber: randomCorporateNumber(),
      });
      expect(res.statusCode).toBe(403);
    });

    it('refuses to delete a company that still has departments', async () => {
      const { client } = await f.signedIn('admin', { group: true });
      const company = await f.company();
      await f.department(company.id);
      const res = await client.delete(`/api/v1/companies/${company.id}`, { headers: { 'if-match': '1' } });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('COMPANY_NOT_EMPTY');
    });

    it("lists only the caller's companies; another company's record is 404", async () => {
      const { client, company } = await f.signedIn('staff');
      const other = await f.company();
      const list = await client.get('/api/v1/companies');
      expect(list.json()).toMatchObject({
        items: [expect.objectContaining({ id: company.id })],
        total: 1,
        nextCursor: null,
      });
      expect((await client.get(`/api/v1/companies/${other.id}`)).statusCode).toBe(404);
      expect((await client.get('/api/v1/companies/not-a-uuid')).statusCode).toBe(400);
    });
  });

  describe('departments', () => {
    it('builds a tree, refuses cycles and duplicate codes, and keeps non-empty departments', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const base = `/api/v1/companies/${company.id}/departments`;
      const root = (await client.post(base, { name: '経営管理本部', code: 'ADM' })).json();
      const child = (await client.post(base, { name: '総務部', code: 'ADM-GA', parentId: root.id })).json();
      const grandchild = (await client.post(base, { name: '総務課', code: 'ADM-GA-1', parentId: child.id })).json();
      expect(grandchild.parentId).toBe(child.id);

      const tree = (await client.get(base)).json();
      expect(tree.total).toBe(3);
      expect(tree.items).toHaveLength(1);
      expect(tree.items[0].children[0].children[0].id).toBe(grandchild.id);

      const cycle = await client.patch(`${base}/${root.id}`, { parentId: grandchild.id, version: 1 });
      expect(cycle.statusCode).toBe(422);
      expect(cycle.json().code).toBe('DEPARTMENT_PARENT_INVALID');
      const dup = await client.post(base, { name: '別', code: 'ADM' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().code).toBe('DEPARTMENT_CODE_TAKEN');
      const notEmpty = await client.delete(`${base}/${child.id}`, { headers: { 'if-match': '1' } });
      expect(notEmpty.statusCode).toBe(409);
      expect(notEmpty.json().code).toBe('DEPARTMENT_NOT_EMPTY');
      expect((await client.delete(`${base}/${grandchild.id}`, { headers: { 'if-match': '1' } })).statusCode).toBe(204);

      const otherCompany = await f.company();
      const foreignParent = await f.department(otherCompany.id);
      expect((await client.post(base, { name: '外', code: 'X', parentId: foreignParent.id })).statusCode).toBe(422);
      expect((await client.get(`/api/v1/companies/${otherCompany.id}/departments`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/companies/${company.id}/departments/${foreignParent.id}`)).statusCode).toBe(
        404,
      );
    });
  });

  describe('people', () => {
    const person = (companyId: string, employeeNumber: string, extra: Record<string, unknown> = {}) => ({
      companyId,
      employeeNumber,
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      employmentType: 'regular',
      hireDate: '2024-04-01',
      ...extra,
    });

    it('creates, reads, changes and deletes a person; a duplicate employee number is 409', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const created = await client.post(
        '/api/v1/people',
        person(company.id, 'P001', { email: 'Hanako.Yamada@Example.jp' }),
      );
      expect(created.statusCode).toBe(201);
      const p = created.json();
      expect(p).toMatchObject({ employeeNumber: 'P001', email: 'hanako.yamada@example.jp', active: true, version: 1 });

      const dup = await client.post('/api/v1/people', person(company.id, 'P001'));
      expect(dup.statusCode).toBe(409);
      expect(dup.json().code).toBe('PERSON_EMPLOYEE_NUMBER_TAKEN');
      // The same number in another company is another person.
      const other = await f.signedIn('pms_manager');
      expect((await other.client.post('/api/v1/people', person(other.company.id, 'P001'))).statusCode).toBe(201);

      const moved = await client.patch(
        `/api/v1/people/${p.id}`,
        { employmentType: 'contract' },
        { headers: { 'if-match': '"1"' } },
      );
      expect(moved.json()).toMatchObject({ employmentType: 'contract', version: 2 });
      const stale = await client.patch(`/api/v1/people/${p.id}`, { givenName: '次郎', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('STALE_VERSION');
      const badDates = await client.patch(`/api/v1/people/${p.id}`, { leaveDate: '2020-01-01', version: 2 });
      expect(badDates.json().errors).toEqual([
        expect.objectContaining({ field: 'leaveDate', code: 'BEFORE_HIRE_DATE' }),
      ]);
      const badKana = await client.post('/api/v1/people', person(company.id, 'P002', { familyNameKana: 'Yamada' }));
      expect(badKana.json().errors).toEqual([expect.objectContaining({ field: 'familyNameKana', code: 'BAD_FORMAT' })]);

      expect((await other.client.get(`/api/v1/people/${p.id}`)).statusCode).toBe(404);
      expect((await other.client.patch(`/api/v1/people/${p.id}`, { givenName: 'x', version: 2 })).statusCode).toBe(404);
      expect((await client.delete(`/api/v1/people/${p.id}`, { headers: { 'if-match': '"2"' } })).statusCode).toBe(204);
      expect((await client.get(`/api/v1/people/${p.id}`)).statusCode).toBe(404);
    });

    it('marking a person as left disables their account and ends its sessions', async () => {
      const { client, company } = await f.signedIn('pms_manager');
      const leaver = await f.account(company.id, [{ role: 'staff' }]);
      const leaverClient = await f.signIn(leaver);
      const res = await client.patch(`/api/v1/people/${leaver.personId}`, {
        active: false,
        leaveDate: '2026-03-31',
        version: 1,
      });
      expect(res.statusCode).toBe(200);
      expect((await leaverClient.get('/api/v1/me')).statusCode).toBe(401);
      const [account] = await f.db.query('SELECT disabled FROM accounts WHERE id = $1', [leaver.id]);
      expect(account.disabled).toBe(true);
      expect(
        (await client.delete(`/api/v1/people/${leaver.personId}`, { headers: { 'if-match': '2' } })).json().code,
      ).toBe('PERSON_HAS_ACCOUNT');
    });

    it('searches, filters, sorts and pages on the server', async () => {
      const { client, company } = await f.signedIn('auditor');
      const sales = await f.department(company.id);
      await f.person(company.id, {
        employeeNumber: 'S1',
        familyName: '佐藤',
        givenName: '一郎',
        familyNameKana: 'サトウ',
        givenNameKana: 'イチロウ',
        departmentId: sales.id,
      });
      await f.person(company.id, {
        employeeNumber: 'S2',
        familyName: '佐藤',
        givenName: '花子',
        familyNameKana: 'サトウ',
        givenNameKana: 'ハナコ',
        employmentType: 'part_time',
      });
      await f.person(company.id, {
        employeeNumber: 'S3',
        familyName: '鈴木',
        givenName: '次郎',
        familyNameKana: 'スズキ',
        givenNameKana: 'ジロウ',
        active: false,
        email: 'jiro.suzuki@example.jp',
      });
      const other = await f.company();
      await f.person(other.id, { employeeNumber: 'S9', familyName: '佐藤', familyNameKana: 'サトウ' });
      const q = (query: string) => client.get(`/api/v1/people?${query}`).then((r) => r.json());

      expect((await q('q=佐藤')).total).toBe(2);
      expect((await q('q=さとう はなこ')).items.map((p: { employeeNumber: string }) => p.employeeNumber)).toEqual([
        'S2',
      ]);
      expect((await q('q=JIRO')).items[0].employeeNumber).toBe('S3');
      expect((await q('q=%')).total).toBe(0);
      expect(
        (await q(`departmentId=${sales.id}`)).items.map((p: { employeeNumber: string }) => p.employeeNumber),
      ).toEqual(['S1']);
      expect((await q('employmentType=part_time')).total).toBe(1);
      expect((await q('active=false')).items.map((p: { employeeNumber: string }) => p.employeeNumber)).toEqual(['S3']);
      expect(
        (await q('sort=-employeeNumber')).items.map((p: { employeeNumber: string }) => p.employeeNumber).slice(0, 3),
      ).toEqual(['S3', 'S2', 'S1']);

      const first = await q('sort=employeeNumber&limit=2');
      expect(first.items).toHaveLength(2);
      expect(first.total).toBe(4); // three here plus the auditor's own person record
      // A list item is the same document as the record read on its own (dates, timestamps, version).
      for (const item of first.items) {
        expect(item).toEqual((await client.get(`/api/v1/people/${item.id}`)).json());
      }
      // The page is rendered by PostgreSQL: every item of every sort and page is still that same document.
      for (const sort of ['nameKana', '-nameKana', 'hireDate', '-updatedAt']) {
        const seen: { id: string }[] = [];
        let cursor: string | null = null;
        do {
          const res = await client.get(`/api/v1/people?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
          expect(res.headers['content-type']).toMatch(/^application\/json/);
          const page = res.json();
          seen.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toHaveLength(4);
        for (const item of seen) expect(item).toEqual((await client.get(`/api/v1/people/${item.id}`)).json());
      }
      const byHireDate = await q('sort=hireDate&limit=1');
      const nextByHireDate = await q(`sort=hireDate&limit=1&cursor=${byHireDate.nextCursor}`);
      expect(nextByHireDate.items[0].id).not.toBe(byHireDate.items[0].id);
      const second = await q(`sort=employeeNumber&limit=2&cursor=${first.nextCursor}`);
      expect(second.items).toHaveLength(2);
      expect(second.nextCursor).toBeNull();
      const byOffset = await q('sort=employeeNumber&limit=2&offset=2');
      expect(byOffset.items).toEqual(second.items);
      const all = [...first.items, ...second.items].map((p: { companyId: string }) => p.companyId);
      expect(new Set(all)).toEqual(new Set([company.id]));

      expect((await client.get('/api/v1/people?limit=201')).statusCode).toBe(400);
      expect((await client.get('/api/v1/people?cursor=garbage')).json().errors[0]).toMatchObject({
        field: 'cursor',
        code: 'BAD_CURSOR',
      });
      expect((await client.get(`/api/v1/people?companyId=${other.id}`)).statusCode).toBe(404);
    });
  });
});
