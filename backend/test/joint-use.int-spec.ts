import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { tokyoDate, addDays } from '../src/platform/notifications/notification.rules';
import { DataSource } from 'typeorm';
import { runSeeds } from '../src/seeds';
import { DEMO_PASSWORD } from '../src/seeds/demo-accounts';
import { demoId } from '../src/seeds/demo-organization.seeder';
import { createTestApp } from './support/app';
import { Client, Factory, TestCompany } from './support/factories';
import { csvRecords, RAW_UPLOAD, SAMPLE_EXE, SAMPLE_PDF } from './support/files';

const today = () => tokyoDate(new Date());

const writtenByte = {
  name: 'Written Byte Ltd',
  address: '1 Example Street, London (fictional)',
  representative: 'Director Sample',
  country: 'GB',
  contractSignedOn: '2025-04-01',
  contractReference: 'JU-2025-001',
};

/** The policy's second arrangement, with the responsible party's address and representative still missing. */
const draftBody = (companyId: string, overrides: Record<string, unknown> = {}) => ({
  companyId,
  title: 'Written Byte Ltdとの共同利用',
  dataItemsJa: 'お名前、E-Mailアドレス、契約内容、その他下記の利用目的に必要な範囲の項目。',
  dataItemsEn: 'Name, e-mail address, contract details and other items needed for the purposes below.',
  jointUsers: [writtenByte],
  purposesJa: 'Written Byte Ltdが定めるプライバシーポリシー内に記載されている利用目的の範囲。',
  responsibleCompanyId: companyId,
  responsibleNameJa: 'GMO TECH株式会社',
  responsibleNameEn: 'GMO TECH, Inc.',
  ...overrides,
});

describe('joint use (共同利用) and provision records', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function officer(): Promise<{ company: TestCompany; client: Client; accountId: string }> {
    const { company, client, account } = await f.signedIn('pms_manager');
    return { company, client, accountId: account.id };
  }

  async function published(client: Client, companyId: string, overrides: Record<string, unknown> = {}) {
    const created = await client.post(
      '/api/v1/joint-use/arrangements',
      draftBody(companyId, {
        responsibleAddressJa: '東京都渋谷区桜丘町26-1',
        responsibleRepresentativeJa: '代表取締役社長 試験太郎',
        ...overrides,
      }),
    );
    expect(created.statusCode).toBe(201);
    const res = await client.post(`/api/v1/joint-use/arrangements/${created.json().id}/publish`, undefined, {
      headers: { 'if-match': '"1"' },
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  describe('arrangements', () => {
    it('refuses to publish an incomplete notice, listing the missing items (R-JU-01), then publishes version 1', async () => {
      const { company, client } = await officer();
      const created = await client.post('/api/v1/joint-use/arrangements', draftBody(company.id));
      expect(created.statusCode).toBe(201);
      const draft = created.json();
      expect(draft).toMatchObject({
        status: 'draft',
        currentVersionNo: 0,
        legalBasis: '法27条5項3号 (旧23条5項3号)',
        completeness: {
          missingItems: ['responsibleAddress', 'responsibleRepresentative'],
          jointUsersWithoutContract: [],
        },
      });

      const refused = await client.post(`/api/v1/joint-use/arrangements/${draft.id}/publish`, undefined, {
        headers: { 'if-match': '"1"' },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({
        code: 'JOINT_USE_NOTICE_INCOMPLETE',
        missing: ['responsibleAddress', 'responsibleRepresentative'],
      });
      expect(await f.count('joint_use_notice_versions', 'arrangement_id = $1', [draft.id])).toBe(0);

      const filled = await client.patch(
        `/api/v1/joint-use/arrangements/${draft.id}`,
        { responsibleAddressJa: '東京都渋谷区桜丘町26-1', responsibleRepresentativeJa: '代表取締役社長 試験太郎' },
        { headers: { 'if-match': '"1"' } },
      );
      expect(filled.statusCode).toBe(200);
      expect(filled.json().completeness.missingItems).toEqual([]);
      expect(filled.json().pending.kinds).toEqual([]); // a draft is free to change

      const publishedRes = await client.post(`/api/v1/joint-use/arrangements/${draft.id}/publish`, undefined, {
        headers: { 'if-match': '"2"' },
      });
      expect(publishedRes.statusCode).toBe(200);
      expect(publishedRes.json()).toMatchObject({ status: 'published', currentVersionNo: 1, version: 3 });

      const ja = await client.get(`/api/v1/joint-use/arrangements/${draft.id}/notice?lang=ja`);
      expect(ja.statusCode).toBe(200);
      expect(ja.json()).toMatchObject({ versionNo: 1, lang: 'ja' });
      expect(ja.json().text).toContain('共同して利用する者の範囲\nWritten Byte Ltd');
      expect(ja.json().text).toContain('住所: 東京都渋谷区桜丘町26-1');
      const en = await client.get(`/api/v1/joint-use/arrangements/${draft.id}/notice?lang=en`);
      expect(en.json().text).toContain('Personal data used jointly\nName, e-mail address, contract details');
      const badLang = await client.get(`/api/v1/joint-use/arrangements/${draft.id}/notice?lang=fr`);
      expect(badLang.statusCode).toBe(400);

      const events = await f.auditEvents('entity_id = $1', [draft.id]);
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        'joint_use_arrangement.created',
        'joint_use_arrangement.updated',
        'joint_use_arrangement.published',
      ]);
    });

    it('a draft without a notice has no public text', async () => {
      const { company, client } = await officer();
      const draft = (await client.post('/api/v1/joint-use/arrangements', draftBody(company.id))).json();
      const res = await client.get(`/api/v1/joint-use/arrangements/${draft.id}/notice`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('JOINT_USE_NOT_PUBLISHED');
    });

    it('refuses to publish while a joint user has no contract on file (R-JU-02)', async () => {
      const { company, client } = await officer();
      const draft = (
        await client.post(
          '/api/v1/joint-use/arrangements',
          draftBody(company.id, {
            responsibleAddressJa: '東京都',
            responsibleRepresentativeJa: '代表者',
            jointUsers: [{ ...writtenByte, contractSignedOn: null }],
          }),
        )
      ).json();
      expect(draft.completeness.jointUsersWithoutContract).toEqual(['Written Byte Ltd']);
      const res = await client.post(`/api/v1/joint-use/arrangements/${draft.id}/publish`, undefined, {
        headers: { 'if-match': '"1"' },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'JOINT_USE_CONTRACT_MISSING', jointUsers: ['Written Byte Ltd'] });
    });

    it('a change of the responsible party’s address is allowed and must be published without delay (R-JU-03)', async () => {
      const { company, client, accountId } = await officer();
      const a = await published(client, company.id);
      const changed = await client.patch(`/api/v1/joint-use/arrangements/${a.id}`, {
        responsibleAddressJa: '東京都渋谷区道玄坂1-2-3',
        version: a.version,
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().pending).toMatchObject({ kinds: ['responsible_details'], effectiveOn: null });
      expect(changed.json().pending.publishWithoutDelaySince).not.toBeNull();
      const [deadline] = await f.db.query(
        "SELECT assignee_account_id, due_on::text AS due_on, completed_at FROM deadlines WHERE source_type = 'joint_use.publication' AND source_id = $1",
        [a.id],
      );
      expect(deadline).toMatchObject({ assignee_account_id: accountId, due_on: today(), completed_at: null });

      // The public text is still version 1 until the change is published.
      expect((await client.get(`/api/v1/joint-use/arrangements/${a.id}/notice`)).json().text).toContain('桜丘町');

      const v2 = await client.post(`/api/v1/joint-use/arrangements/${a.id}/publish`, undefined, {
        headers: { 'if-match': `"${changed.json().version}"` },
      });
      expect(v2.statusCode).toBe(200);
      expect(v2.json()).toMatchObject({ currentVersionNo: 2, pending: { kinds: [], publishWithoutDelaySince: null } });
      const [done] = await f.db.query(
        "SELECT completed_at FROM deadlines WHERE source_type = 'joint_use.publication' AND source_id = $1",
        [a.id],
      );
      expect(done.completed_at).not.toBeNull();

      const versions = await client.get(`/api/v1/joint-use/arrangements/${a.id}/versions`);
      expect(versions.statusCode).toBe(200);
      const body = versions.json();
      expect(body.total).toBe(2);
      expect(body.items[0]).toMatchObject({
        versionNo: 2,
        changeKinds: ['responsible_details'],
        diff: [{ field: 'responsibleAddressJa', before: '東京都渋谷区桜丘町26-1', after: '東京都渋谷区道玄坂1-2-3' }],
      });
      expect(body.items[0].textJa).toContain('住所: 東京都渋谷区道玄坂1-2-3');
      expect(body.items[1].versionNo).toBe(1);
      expect(body.items[1].textJa).toContain('住所: 東京都渋谷区桜丘町26-1');

      const again = await client.post(`/api/v1/joint-use/arrangements/${a.id}/publish`, undefined, {
        headers: { 'if-match': `"${v2.json().version}"` },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('JOINT_USE_NOTHING_TO_PUBLISH');
    });

    it('a purpose change needs an effective date after its publication, else 422 (R-JU-03)', async () => {
      const { company, client } = await officer();
      const a = await published(client, company.id);
      const url = `/api/v1/joint-use/arrangements/${a.id}`;
      const noDate = await client.patch(url, { purposesJa: '新しい利用目的', version: a.version });
      expect(noDate.statusCode).toBe(422);
      expect(noDate.json()).toMatchObject({ code: 'JOINT_USE_PRIOR_NOTICE_REQUIRED', kinds: ['purposes'] });
      const sameDay = await client.patch(url, {
        purposesJa: '新しい利用目的',
        effectiveOn: today(),
        version: a.version,
      });
      expect(sameDay.statusCode).toBe(422);
      expect(sameDay.json().code).toBe('JOINT_USE_PRIOR_NOTICE_REQUIRED');
      const past = await client.patch(url, {
        purposesJa: '新しい利用目的',
        effectiveOn: addDays(today(), -3),
        version: a.version,
      });
      expect(past.statusCode).toBe(422);

      const effectiveOn = addDays(today(), 30);
      const ok = await client.patch(url, { purposesJa: '新しい利用目的', effectiveOn, version: a.version });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().pending).toMatchObject({ kinds: ['purposes'], effectiveOn });
      const v2 = await client.post(`${url}/publish`, undefined, { headers: { 'if-match': `"${ok.json().version}"` } });
      expect(v2.statusCode).toBe(200);
      const notice = await client.get(`${url}/notice?lang=ja`);
      expect(notice.json()).toMatchObject({ versionNo: 2, effectiveOn });
    });

    it('another entity becoming responsible needs prior notice too', async () => {
      const { company, client } = await officer();
      const other = await f.company();
      const a = await published(client, company.id);
      const res = await client.patch(`/api/v1/joint-use/arrangements/${a.id}`, {
        responsibleCompanyId: other.id,
        responsibleNameJa: other.nameJa,
        version: a.version,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'JOINT_USE_PRIOR_NOTICE_REQUIRED', kinds: ['responsible_party'] });
    });

    it('adding a data item or a joint user is refused unless an exception is chosen with its justification', async () => {
      const { company, client } = await officer();
      const a = await published(client, company.id);
      const url = `/api/v1/joint-use/arrangements/${a.id}`;
      const addItem = { dataItemsJa: `${a.dataItemsJa}、電話番号`, version: a.version };

      const preview = await client.post(`${url}/changes/preview`, addItem);
      expect(preview.statusCode).toBe(200);
      expect(preview.json()).toMatchObject({
        kinds: ['data_items'],
        changedFields: ['dataItemsJa'],
        verdict: 'forbidden',
        decision: { allowed: false, code: 'JOINT_USE_SCOPE_CHANGE_FORBIDDEN' },
        publicationDate: today(),
      });

      const refused = await client.patch(url, addItem);
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        code: 'JOINT_USE_SCOPE_CHANGE_FORBIDDEN',
        kinds: ['data_items'],
        changedFields: ['dataItemsJa'],
      });
      const renamedIsNoCover = await client.patch(url, {
        ...addItem,
        exception: 'joint_user_renamed',
        justification: '商号変更のみで項目は変わりません。',
      });
      expect(renamedIsNoCover.json().code).toBe('JOINT_USE_SCOPE_CHANGE_FORBIDDEN');
      const shortReason = await client.patch(url, { ...addItem, exception: 'prior_consent', justification: '同意' });
      expect(shortReason.statusCode).toBe(422);
      expect(shortReason.json().code).toBe('JOINT_USE_EXCEPTION_JUSTIFICATION_REQUIRED');

      const addUser = await client.patch(url, {
        jointUsers: [writtenByte, { ...writtenByte, name: 'Another Partner Ltd' }],
        version: a.version,
      });
      expect(addUser.statusCode).toBe(422);
      expect(addUser.json()).toMatchObject({ code: 'JOINT_USE_SCOPE_CHANGE_FORBIDDEN', kinds: ['scope'] });

      // Nothing was saved by the refusals.
      expect((await client.get(url)).json()).toMatchObject({ version: a.version, dataItemsJa: a.dataItemsJa });

      const consented = await client.patch(url, {
        ...addItem,
        exception: 'prior_consent',
        justification: '対象者全員から電話番号の共同利用について事前に同意を取得済み。',
      });
      expect(consented.statusCode).toBe(200);
      expect(consented.json().pending).toMatchObject({ kinds: ['data_items'], exception: 'prior_consent' });
      const v2 = await client.post(`${url}/publish`, undefined, {
        headers: { 'if-match': `"${consented.json().version}"` },
      });
      expect(v2.statusCode).toBe(200);
      const [latest] = (await client.get(`${url}/versions`)).json().items;
      expect(latest).toMatchObject({ versionNo: 2, exception: 'prior_consent', changeKinds: ['data_items'] });
    });

    it('flags an arrangement covering the group when a company joins the group directory', async () => {
      const { company, client } = await officer();
      const a = await published(client, company.id, {
        jointUsers: [],
        coversGroup: true,
        scopeDescriptionJa: 'テストグループ各社',
      });
      expect(a.groupReview).toEqual({ needed: false, added: [], removed: [] });
      const newcomer = await f.company({ nameJa: `新設テスト株式会社${Date.now()}` });
      const flagged = (await client.get(`/api/v1/joint-use/arrangements/${a.id}`)).json();
      expect(flagged.groupReview.needed).toBe(true);
      expect(flagged.groupReview.added).toContainEqual({ id: newcomer.id, nameJa: newcomer.nameJa });
      const listed = (await client.get(`/api/v1/joint-use/arrangements?companyId=${company.id}`)).json();
      expect(listed.items[0].groupReview.needed).toBe(true);

      // Publishing again records the directory as it now stands.
      const republished = await client.post(`/api/v1/joint-use/arrangements/${a.id}/publish`, undefined, {
        headers: { 'if-match': `"${a.version}"` },
      });
      expect(republished.statusCode).toBe(200);
      expect(republished.json().groupReview.needed).toBe(false);
    });

    it('keeps other companies’ arrangements invisible (404), roles without the permission get 403, stale writes 409', async () => {
      const { company, client } = await officer();
      const a = await published(client, company.id);
      const stranger = (await officer()).client;
      for (const res of [
        await stranger.get(`/api/v1/joint-use/arrangements/${a.id}`),
        await stranger.get(`/api/v1/joint-use/arrangements/${a.id}/notice`),
        await stranger.get(`/api/v1/joint-use/arrangements/${a.id}/versions`),
        await stranger.patch(`/api/v1/joint-use/arrangements/${a.id}`, { title: 'x', version: a.version }),
        await stranger.post(`/api/v1/joint-use/arrangements/${a.id}/publish`, undefined, {
          headers: { 'if-match': `"${a.version}"` },
        }),
      ]) {
        expect(res.statusCode).toBe(404);
      }
      expect(
        (await stranger.get('/api/v1/joint-use/arrangements')).json().items.map((i: { id: string }) => i.id),
      ).not.toContain(a.id);

      const auditor = await f.signIn(await f.account(company.id, [{ role: 'auditor' }]));
      expect((await auditor.get(`/api/v1/joint-use/arrangements/${a.id}`)).statusCode).toBe(200);
      const denied = await auditor.patch(`/api/v1/joint-use/arrangements/${a.id}`, { title: 'x', version: a.version });
      expect(denied.statusCode).toBe(403);

      const stale = await client.patch(`/api/v1/joint-use/arrangements/${a.id}`, {
        title: '改題',
        version: a.version - 1,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('STALE_VERSION');
    });

    it('only a draft can be deleted; a published one is ended and stays readable', async () => {
      const { company, client } = await officer();
      const a = await published(client, company.id);
      const refused = await client.delete(`/api/v1/joint-use/arrangements/${a.id}`, {
        headers: { 'if-match': `"${a.version}"` },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('JOINT_USE_NOT_DRAFT');
      const ended = await client.post(`/api/v1/joint-use/arrangements/${a.id}/end`, undefined, {
        headers: { 'if-match': `"${a.version}"` },
      });
      expect(ended.statusCode).toBe(200);
      expect(ended.json().status).toBe('ended');
      expect((await client.get(`/api/v1/joint-use/arrangements/${a.id}/notice`)).statusCode).toBe(200);
      const afterEnd = await client.patch(`/api/v1/joint-use/arrangements/${a.id}`, {
        title: 'x',
        version: ended.json().version,
      });
      expect(afterEnd.json().code).toBe('JOINT_USE_ENDED');

      const draft = (await client.post('/api/v1/joint-use/arrangements', draftBody(company.id))).json();
      const gone = await client.delete(`/api/v1/joint-use/arrangements/${draft.id}`, {
        headers: { 'if-match': '"1"' },
      });
      expect(gone.statusCode).toBe(204);
      expect(await f.count('joint_use_arrangements', 'id = $1', [draft.id])).toBe(0);
    });

    it('keeps signed joint-use contracts with the arrangement, as downloads only (R-JU-02)', async () => {
      const { company, client } = await officer();
      const a = await published(client, company.id);
      const name = encodeURIComponent('共同利用契約書.pdf');
      const uploaded = await client.post(
        `/api/v1/joint-use/arrangements/${a.id}/contracts?fileName=${name}`,
        SAMPLE_PDF,
        RAW_UPLOAD,
      );
      expect(uploaded.statusCode).toBe(201);
      expect(uploaded.json()).toMatchObject({
        ownerType: 'joint_use_contract',
        ownerId: a.id,
        contentType: 'application/pdf',
      });
      const list = await client.get(`/api/v1/joint-use/arrangements/${a.id}/contracts`);
      expect(list.json().map((c: { fileName: string }) => c.fileName)).toEqual(['共同利用契約書.pdf']);
      const file = await client.get(`/api/v1/joint-use/arrangements/${a.id}/contracts/${uploaded.json().id}`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toMatch(/^attachment;/);
      expect(file.rawPayload.equals(SAMPLE_PDF)).toBe(true);
      const refused = await client.post(
        `/api/v1/joint-use/arrangements/${a.id}/contracts?fileName=x.pdf`,
        SAMPLE_EXE,
        RAW_UPLOAD,
      );
      expect(refused.statusCode).toBe(415);
      const stranger = (await officer()).client;
      expect((await stranger.get(`/api/v1/joint-use/arrangements/${a.id}/contracts`)).statusCode).toBe(404);
      expect(
        (await stranger.post(`/api/v1/joint-use/arrangements/${a.id}/contracts?fileName=x.pdf`, SAMPLE_PDF, RAW_UPLOAD))
          .statusCode,
      ).toBe(404);
    });

    it('answers bad input with field errors, and unknown directory companies with 422', async () => {
      const { company, client } = await officer();
      const bad = await client.post('/api/v1/joint-use/arrangements', {
        ...draftBody(company.id),
        title: '',
        jointUsers: [{ ...writtenByte, country: 'Japan', contractSignedOn: '2025-13-01' }],
        surprise: true,
      });
      expect(bad.statusCode).toBe(400);
      const fields = bad.json().errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining(['title', 'jointUsers.0.country', 'jointUsers.0.contractSignedOn', 'surprise']),
      );
      const unknown = await client.post(
        '/api/v1/joint-use/arrangements',
        draftBody(company.id, { jointUsers: [{ ...writtenByte, companyId: '00000000-0000-4000-8000-000000000000' }] }),
      );
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toMatchObject({
        code: 'JOINT_USE_COMPANY_UNKNOWN',
        errors: [{ field: 'jointUsers.0.companyId' }],
      });
      expect((await client.get('/api/v1/joint-use/arrangements/not-a-uuid')).statusCode).toBe(400);
    });
  });

  describe('provision records', () => {
    const consentRecord = (companyId: string, overrides: Record<string, unknown> = {}) => ({
      companyId,
      direction: 'provision',
      basis: 'consent',
      recordingMethod: 'per_provision',
      providedOn: '2026-10-01',
      counterpartyName: '株式会社サンプル広告',
      personsConcerned: 'キャンペーン応募者 120名',
      dataItems: '氏名、メールアドレス',
      consentObtained: true,
      ...overrides,
    });

    it('records a consent provision with its purgeAfter, and refuses deletion before it (R-TP-01, R-TP-02)', async () => {
      const { company, client } = await officer();
      const incomplete = await client.post(
        '/api/v1/provision-records',
        consentRecord(company.id, { personsConcerned: '', consentObtained: false }),
      );
      expect(incomplete.statusCode).toBe(422);
      expect(incomplete.json()).toMatchObject({
        code: 'PROVISION_RECORD_INCOMPLETE',
        missing: ['personsConcerned', 'consentObtained'],
      });

      const created = await client.post(
        '/api/v1/provision-records',
        consentRecord(company.id, { recordedOn: '2026-10-02' }),
      );
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        recordRequired: true,
        purgeAfter: '2029-10-02',
        deletable: false,
        version: 1,
      });

      const refused = await client.delete(`/api/v1/provision-records/${created.json().id}`, {
        headers: { 'if-match': '"1"' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'RECORD_RETENTION_ACTIVE', purgeAfter: '2029-10-02' });
      expect(await f.count('provision_records', 'id = $1', [created.json().id])).toBe(1);

      const contract = await client.patch(`/api/v1/provision-records/${created.json().id}`, {
        recordingMethod: 'contract',
        lastProvidedOn: '2026-11-01',
        version: 1,
      });
      expect(contract.statusCode).toBe(200);
      expect(contract.json()).toMatchObject({ purgeAfter: '2027-11-01', version: 2 });
    });

    it('deletes a record whose retention has run out, with an audit event', async () => {
      const { company, client } = await officer();
      const old = await client.post(
        '/api/v1/provision-records',
        consentRecord(company.id, { providedOn: '2021-06-01', recordedOn: '2021-06-01' }),
      );
      expect(old.json()).toMatchObject({ purgeAfter: '2024-06-01', deletable: true });
      const res = await client.delete(`/api/v1/provision-records/${old.json().id}`, { headers: { 'if-match': '"1"' } });
      expect(res.statusCode).toBe(204);
      const events = await f.auditEvents('entity_id = $1', [old.json().id]);
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        'provision_record.created',
        'provision_record.deleted',
      ]);
    });

    it('refuses a receipt without the provider’s identity and acquisition history (R-TP-03)', async () => {
      const { company, client } = await officer();
      const receipt = {
        companyId: company.id,
        direction: 'receipt',
        basis: 'consent',
        recordingMethod: 'per_provision',
        providedOn: '2026-11-01',
        counterpartyName: '株式会社データ提供元',
        personsConcerned: '会員 300名',
        dataItems: '氏名、メールアドレス',
      };
      const refused = await client.post('/api/v1/provision-records', receipt);
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        code: 'PROVISION_RECEIPT_PROVIDER_UNVERIFIED',
        missing: ['counterpartyAddress', 'counterpartyRepresentative', 'providerAcquisition'],
      });
      const accepted = await client.post('/api/v1/provision-records', {
        ...receipt,
        counterpartyAddress: '大阪府大阪市北区1-1',
        counterpartyRepresentative: '代表取締役 見本次郎',
        providerAcquisition: '提供元の会員登録フォームで本人から取得(同意取得済み)',
      });
      expect(accepted.statusCode).toBe(201);
    });

    it('stores exempt bases without a record, but a legal exception names its case', async () => {
      const { company, client } = await officer();
      const bare = { companyId: company.id, direction: 'provision', recordingMethod: 'per_provision' };
      const outsourcing = await client.post('/api/v1/provision-records', { ...bare, basis: 'outsourcing' });
      expect(outsourcing.statusCode).toBe(201);
      expect(outsourcing.json()).toMatchObject({ basis: 'outsourcing', recordRequired: false });
      const noCase = await client.post('/api/v1/provision-records', { ...bare, basis: 'law_exception' });
      expect(noCase.statusCode).toBe(422);
      expect(noCase.json().missing).toEqual(['lawExceptionCase']);
      const badCase = await client.post('/api/v1/provision-records', {
        ...bare,
        basis: 'law_exception',
        lawExceptionCase: 5,
      });
      expect(badCase.statusCode).toBe(400);
      const withCase = await client.post('/api/v1/provision-records', {
        ...bare,
        basis: 'law_exception',
        lawExceptionCase: 1,
        counterpartyName: '警察署',
      });
      expect(withCase.statusCode).toBe(201);
    });

    it('filters the list, scopes it to the caller’s companies and hides other companies’ records', async () => {
      const { company, client } = await officer();
      await client.post('/api/v1/provision-records', consentRecord(company.id, { providedOn: '2026-01-10' }));
      await client.post(
        '/api/v1/provision-records',
        consentRecord(company.id, { basis: 'opt_out', consentObtained: false, providedOn: '2026-03-10' }),
      );
      const all = (await client.get('/api/v1/provision-records')).json();
      expect(all.total).toBe(2);
      expect(all.items[0].providedOn).toBe('2026-03-10');
      expect((await client.get('/api/v1/provision-records?basis=opt_out')).json().total).toBe(1);
      expect((await client.get('/api/v1/provision-records?from=2026-02-01&to=2026-12-31')).json().total).toBe(1);
      expect((await client.get('/api/v1/provision-records?q=サンプル')).json().total).toBe(2);
      expect((await client.get('/api/v1/provision-records?direction=receipt')).json().total).toBe(0);
      expect((await client.get('/api/v1/provision-records?from=2026-02-30x')).statusCode).toBe(400);

      const stranger = (await officer()).client;
      expect((await stranger.get('/api/v1/provision-records')).json().total).toBe(0);
      expect((await stranger.get(`/api/v1/provision-records/${all.items[0].id}`)).statusCode).toBe(404);
      const foreignCreate = await stranger.post('/api/v1/provision-records', consentRecord(company.id));
      expect(foreignCreate.statusCode).toBe(404);
    });

    it('exports the filtered records as CSV with a BOM, or as Excel', async () => {
      const { company, client } = await officer();
      await client.post(
        '/api/v1/provision-records',
        consentRecord(company.id, { counterpartyName: '=HYPERLINK("x")' }),
      );
      await client.post(
        '/api/v1/provision-records',
        consentRecord(company.id, { basis: 'opt_out', consentObtained: false }),
      );
      const csv = await client.get('/api/v1/provision-records/export?format=csv&basis=consent');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toMatch(
        /^attachment; filename="provision-records-\d{4}-\d{2}-\d{2}\.csv"/,
      );
      const text = csv.rawPayload.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trim().split(/\r?\n/);
      expect(lines[0]).toContain('区分 (Direction)');
      expect(lines).toHaveLength(2);
      expect(csvRecords(text).rows[0]['会社 (Company)']).toBe(company.nameJa);
      expect(lines[1]).toContain('本人の同意');
      expect(lines[1]).not.toContain(',=HYPERLINK');
      const xlsx = await client.get('/api/v1/provision-records/export?format=xlsx');
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      expect((await client.get('/api/v1/provision-records/export?format=pdf')).statusCode).toBe(400);
      const stranger = (await officer()).client;
      const empty = (await stranger.get('/api/v1/provision-records/export')).rawPayload.toString('utf8');
      expect(empty.slice(1).trim().split(/\r?\n/)).toHaveLength(1);
    });
  });

  describe('demo data', () => {
    it('imports the policy’s two arrangements as published version 1, missing exactly the address and representative', async () => {
      const db = app.get(DataSource);
      await runSeeds(db, { demo: true });
      const count = async () => ({
        arrangements: await f.count('joint_use_arrangements', 'company_id = $1', [demoId('company:gmo-tech')]),
        versions: await f.count('joint_use_notice_versions', 'company_id = $1', [demoId('company:gmo-tech')]),
        records: await f.count('provision_records', 'company_id = $1', [demoId('company:gmo-tech')]),
      });
      const first = await count();
      expect(first).toEqual({ arrangements: 2, versions: 2, records: 7 });
      await runSeeds(db, { demo: true });
      expect(await count()).toEqual(first);

      const pms = await f.signIn({ email: 'pms@mamori.example', password: DEMO_PASSWORD });
      const list = (await pms.get('/api/v1/joint-use/arrangements')).json();
      expect(list.items.map((a: { title: string }) => a.title)).toEqual([
        'GMOインターネットグループ各社との共同利用',
        'Written Byte Ltdとの共同利用',
      ]);
      for (const a of list.items) {
        expect(a).toMatchObject({
          status: 'published',
          currentVersionNo: 1,
          responsibleNameJa: 'GMO TECH株式会社',
          completeness: {
            missingItems: ['responsibleAddress', 'responsibleRepresentative'],
            jointUsersWithoutContract: [],
          },
        });
        const [v1] = (await pms.get(`/api/v1/joint-use/arrangements/${a.id}/versions`)).json().items;
        expect(v1).toMatchObject({
          versionNo: 1,
          origin: 'imported',
          missingItems: ['responsibleAddress', 'responsibleRepresentative'],
        });
      }
      const group = list.items[0];
      expect(group.coversGroup).toBe(true);
      const notice = (await pms.get(`/api/v1/joint-use/arrangements/${group.id}/notice?lang=ja`)).json();
      expect(notice.text).toContain('お名前、E-Mailアドレス、購買情報、その他下記の利用目的に必要な範囲の項目。');
      expect(notice.text).toContain('個人情報管理責任者\nGMO TECH株式会社');
      const written = (await pms.get(`/api/v1/joint-use/arrangements/${list.items[1].id}/notice?lang=en`)).json();
      expect(written.text).toContain('Scope of joint users\nWritten Byte Ltd');
    });
  });
});
