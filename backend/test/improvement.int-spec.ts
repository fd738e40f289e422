import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { REVIEW_INPUT_KEYS } from '../src/domains/management-reviews/management-reviews.rules';
import { FIGURE_LABELS_JA } from '../src/domains/management-reviews/minutes-labels';
import { runSeeds } from '../src/seeds';
import { DEMO_PASSWORD } from '../src/seeds/demo-accounts';
import { demoId } from '../src/seeds/demo-organization.seeder';
import { createTestApp } from './support/app';
import { Client, Factory, TestCompany } from './support/factories';

/** A company with a PMS manager, an executive, a department manager and a plain person. */
async function setup(f: Factory) {
  const company = await f.company();
  const manager = await f.account(company.id, [{ role: 'pms_manager' }]);
  const executive = await f.account(company.id, [{ role: 'executive' }]);
  const deptManager = await f.account(company.id, [{ role: 'dept_manager' }]);
  const other = await f.person(company.id);
  return {
    company,
    manager,
    executive,
    deptManager,
    other,
    pms: await f.signIn(manager),
    exec: await f.signIn(executive),
    dept: await f.signIn(deptManager),
  };
}

const tomorrow = () => new Date(Date.now() + 86_400_000 * 30).toISOString().slice(0, 10);

async function createAction(
  client: Client,
  company: TestCompany,
  ownerPersonId: string,
  extra: Record<string, unknown> = {},
) {
  const res = await client.post('/api/v1/improvement-actions', {
    companyId: company.id,
    title: '委託先監査の指摘への対応',
    description: '委託先の再委託先一覧が更新されていなかった。',
    kind: 'corrective',
    grade: 'major_nonconformity',
    ownerPersonId,
    dueOn: tomorrow(),
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`create failed ${res.statusCode} ${res.body}`);
  return res.json();
}

describe('improvement actions', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('walks a major nonconformity from open to closed with an executive approval, audited at each step', async () => {
    const s = await setup(f);
    const action = await createAction(s.pms, s.company, s.deptManager.personId);
    expect(action).toMatchObject({ status: 'open', allowedSteps: ['start'], needsClosingApproval: true, version: 1 });
    expect(action.owner).toEqual({ id: s.deptManager.personId, name: '試験 太郎' });

    const step = (client: Client, id: string, version: number, body: Record<string, unknown>) =>
      client.post(`/api/v1/improvement-actions/${id}/steps`, { version, ...body });

    let res = await step(s.dept, action.id, 1, { step: 'implement' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ACTION_TRANSITION_REFUSED', currentStatus: 'open', step: 'implement' });

    res = await step(s.dept, action.id, 1, { step: 'start' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'in_progress', version: 2 });

    res = await step(s.dept, action.id, 2, { step: 'implement', on: '2026-01-10' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'ACTION_IMPLEMENTATION_INCOMPLETE', fields: ['rootCause', 'plan'] });

    res = await s.dept.patch(`/api/v1/improvement-actions/${action.id}`, {
      rootCause: '更新手順が定められていなかった。',
      plan: '四半期ごとに一覧を確認する手順を定める。',
      version: 2,
    });
    expect(res.statusCode).toBe(200);
    res = await step(s.dept, action.id, 3, { step: 'implement', on: '2026-01-10', note: '手順書を改訂した' });
    expect(res.json()).toMatchObject({ status: 'implemented', implementedOn: '2026-01-10', version: 4 });

    res = await step(s.pms, action.id, 4, { step: 'verify_effective', verifierPersonId: s.deptManager.personId });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('EFFECTIVENESS_VERIFIER_IS_OWNER');
    res = await step(s.pms, action.id, 4, { step: 'verify_effective', verifierPersonId: s.other.id, on: '2026-01-09' });
    expect(res.json().code).toBe('EFFECTIVENESS_CHECK_BEFORE_IMPLEMENTATION');
    res = await step(s.pms, action.id, 4, { step: 'verify_effective' });
    expect(res.statusCode).toBe(400);
    res = await step(s.pms, action.id, 4, {
      step: 'verify_effective',
      verifierPersonId: s.other.id,
      on: '2026-02-10',
      note: '3か月分の一覧が更新されていることを確認',
    });
    expect(res.json()).toMatchObject({
      status: 'effectiveness_check',
      effectivenessResult: 'effective',
      verifier: { id: s.other.id },
      version: 5,
    });

    res = await step(s.pms, action.id, 5, { step: 'close' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CLOSING_NEEDS_EXECUTIVE_APPROVAL');

    res = await s.pms.post(`/api/v1/improvement-actions/${action.id}/closing-approval`, { version: 5 });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CLOSING_APPROVAL_EXECUTIVE_ONLY');

    res = await s.exec.post(`/api/v1/improvement-actions/${action.id}/closing-approval`, { version: 5 });
    expect(res.statusCode).toBe(200);
    expect(res.json().closingApprovedByName).toBe('試験 太郎');
    res = await step(s.pms, action.id, 6, { step: 'close', on: '2026-02-11' });
    expect(res.json()).toMatchObject({
      status: 'closed',
      closedOn: '2026-02-11',
      allowedSteps: ['reopen'],
      overdue: false,
    });

    res = await s.pms.patch(`/api/v1/improvement-actions/${action.id}`, { title: '変更', version: 7 });
    expect(res.statusCode).toBe(409);

    res = await step(s.pms, action.id, 7, { step: 'reopen' });
    expect(res.statusCode).toBe(400);
    res = await step(s.pms, action.id, 7, { step: 'reopen', note: '再発した' });
    expect(res.json()).toMatchObject({ status: 'reopened', reopenCount: 1, closingApprovedByName: null });

    const events = await f.auditEvents('entity_id = $1', [action.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'improvement_action.created',
      'improvement_action.start',
      'improvement_action.updated',
      'improvement_action.implement',
      'improvement_action.verify_effective',
      'improvement_action.closing_approved',
      'improvement_action.close',
      'improvement_action.reopen',
    ]);
    const deadlines = await f.db.query('SELECT * FROM deadlines WHERE source_id = $1', [action.id]);
    expect(deadlines).toHaveLength(1);
  });

  it('an executive closes a major nonconformity directly, the approval recorded', async () => {
    const s = await setup(f);
    const a = await createAction(s.pms, s.company, s.deptManager.personId, { rootCause: '原因', plan: '計画' });
    let v = 1;
    for (const body of [
      { step: 'start' },
      { step: 'implement' },
      { step: 'verify_effective', verifierPersonId: s.other.id },
    ]) {
      const res = await s.pms.post(`/api/v1/improvement-actions/${a.id}/steps`, { version: v, ...body });
      expect(res.statusCode).toBe(200);
      v = res.json().version;
    }
    const closed = await s.exec.post(`/api/v1/improvement-actions/${a.id}/steps`, { version: v, step: 'close' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closingApprovedByName: '試験 太郎' });
  });

  it('a failed effectiveness check reopens the action; a minor one closes without approval', async () => {
    const s = await setup(f);
    const a = await createAction(s.pms, s.company, s.deptManager.personId, {
      grade: 'minor_nonconformity',
      rootCause: 'x',
      plan: 'y',
    });
    const go = async (version: number, body: Record<string, unknown>) => {
      const res = await s.pms.post(`/api/v1/improvement-actions/${a.id}/steps`, { version, ...body });
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    let r = await go(1, { step: 'start' });
    r = await go(r.version, { step: 'implement' });
    r = await go(r.version, { step: 'verify_not_effective', verifierPersonId: s.other.id, note: '再発' });
    expect(r).toMatchObject({ status: 'reopened', reopenCount: 1 });
    r = await go(r.version, { step: 'start' });
    r = await go(r.version, { step: 'implement' });
    r = await go(r.version, { step: 'verify_effective', verifierPersonId: s.other.id });
    r = await go(r.version, { step: 'close' });
    expect(r.status).toBe('closed');
  });

  it('refuses bad input, stale versions, owners of other companies and hides other companies (404)', async () => {
    const s = await setup(f);
    const bad = await s.pms.post('/api/v1/improvement-actions', {
      companyId: s.company.id,
      title: '',
      kind: 'sideways',
      grade: 'major_nonconformity',
      ownerPersonId: 'x',
      dueOn: '2026-13-01',
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(expect.arrayContaining(['description', 'dueOn', 'kind', 'ownerPersonId', 'title']));

    const stranger = await f.company();
    const strangerPerson = await f.person(stranger.id);
    const wrongOwner = await s.pms.post('/api/v1/improvement-actions', {
      companyId: s.company.id,
      title: 't',
      description: 'd',
      kind: 'corrective',
      grade: 'observation',
      ownerPersonId: strangerPerson.id,
      dueOn: '2026-09-30',
    });
    expect(wrongOwner.statusCode).toBe(422);
    expect(wrongOwner.json().code).toBe('PERSON_NOT_IN_COMPANY');

    const a = await createAction(s.pms, s.company, s.deptManager.personId);
    const stale = await s.pms.patch(
      `/api/v1/improvement-actions/${a.id}`,
      { title: 'x' },
      { headers: { 'if-match': '"9"' } },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');

    const outsider = await f.signedIn('pms_manager');
    expect((await outsider.client.get(`/api/v1/improvement-actions/${a.id}`)).statusCode).toBe(404);
    expect((await outsider.client.get(`/api/v1/improvement-actions/${randomUUID()}`)).statusCode).toBe(404);
    const list = await outsider.client.get(`/api/v1/improvement-actions?companyId=${s.company.id}`);
    expect(list.statusCode).toBe(404);
    const own = await outsider.client.get('/api/v1/improvement-actions');
    expect(own.json().total).toBe(0);

    const staff = await f.signedIn('staff');
    expect((await staff.client.get('/api/v1/improvement-actions')).statusCode).toBe(403);

    const owner = await f.person(s.company.id);
    const owned = await createAction(s.pms, s.company, owner.id);
    const removePerson = await s.pms.delete(`/api/v1/people/${owner.id}`, { headers: { 'if-match': '"1"' } });
    expect(removePerson.statusCode).toBe(409);
    expect(removePerson.json().code).toBe('STILL_REFERENCED');
    const started = await s.pms.post(`/api/v1/improvement-actions/${owned.id}/steps`, { version: 1, step: 'start' });
    expect(
      (await s.pms.delete(`/api/v1/improvement-actions/${owned.id}`, { headers: { 'if-match': '"2"' } })).json().code,
    ).toBe('ACTION_NOT_DELETABLE');
    expect(started.statusCode).toBe(200);
    expect(
      (await s.pms.delete(`/api/v1/improvement-actions/${a.id}`, { headers: { 'if-match': '"1"' } })).statusCode,
    ).toBe(204);
  });

  it('lists with filters: open, overdue, grade, source, paging', async () => {
    const s = await setup(f);
    await createAction(s.pms, s.company, s.deptManager.personId, { dueOn: '2020-01-01' });
    await createAction(s.pms, s.company, s.deptManager.personId, { grade: 'opportunity', kind: 'improvement' });
    await createAction(s.pms, s.company, s.deptManager.personId, {
      sourceType: 'incident',
      sourceId: randomUUID(),
      sourceLabel: 'INC-1',
    });
    const get = async (q: string) =>
      (await s.pms.get(`/api/v1/improvement-actions?companyId=${s.company.id}&${q}`)).json();
    expect((await get('open=true')).total).toBe(3);
    expect((await get('overdue=true')).total).toBe(1);
    expect((await get('overdue=true')).items[0].overdue).toBe(true);
    expect((await get('grade=opportunity')).total).toBe(1);
    expect((await get('sourceType=incident')).items[0].sourceLabel).toBe('INC-1');
    const page1 = await get('limit=2');
    expect(page1.items).toHaveLength(2);
    const page2 = await get(`limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items).toHaveLength(1);
    expect(
      (await get('overdue=maybe')).errors?.[0]?.field ??
        (await s.pms.get('/api/v1/improvement-actions?overdue=maybe')).statusCode,
    ).toBeTruthy();
    expect((await s.pms.get('/api/v1/improvement-actions?overdue=maybe')).statusCode).toBe(400);
  });
});

describe('management reviews', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const strip = ({ id, type, description, ownerPersonId, dueOn }: Record<string, unknown>) => ({
    id,
    type,
    description,
    ownerPersonId,
    dueOn,
  });
  const allInputs = (text = '状況を確認した。') => REVIEW_INPUT_KEYS.map((key) => ({ key, commentary: text }));

  it('prepares, compiles, refuses a blank sign-off naming the inputs, signs off, turns decisions into actions and freezes the minutes', async () => {
    const s = await setup(f);
    await createAction(s.pms, s.company, s.deptManager.personId, { dueOn: '2020-01-01' });
    for (const classified of [{ eventType: 'leak', cause: 'operation_error' }, {}]) {
      const incident = await s.pms.post('/api/v1/incidents', {
        companyId: s.company.id,
        title: '顧客リストのメール誤送信',
        summary: '取引先宛のメールに顧客リストを誤って添付した。',
        awareAt: '2026-06-01T08:00:00+09:00',
        ...classified,
      });
      expect(incident.statusCode).toBe(201);
    }
    // A subcontractor whose supervision audit is overdue and whose contract ends within 60 days.
    const soon = new Date(Date.now() + 9 * 3600_000 + 20 * 86_400_000).toISOString().slice(0, 10);
    await f.db.query(
      `INSERT INTO subcontractors (id, company_id, name, services, personal_data_items, approx_persons, sensitive_data,
                                   my_number, computed_risk_tier, risk_tier, status, next_audit_due_on, contract_ends_on,
                                   created_at, updated_at, version)
       VALUES (gen_random_uuid(), $1, '株式会社レビュー委託', '発送代行', '氏名、住所', 100, false, false, 'low', 'low',
               'approved', '2020-02-01', $2, now(), now(), 1)`,
      [s.company.id, soon],
    );

    const notExecutive = await s.pms.post('/api/v1/management-reviews', {
      companyId: s.company.id,
      title: '2026年度 マネジメントレビュー',
      heldOn: '2026-06-10',
      chairPersonId: s.deptManager.personId,
    });
    expect(notExecutive.statusCode).toBe(422);
    expect(notExecutive.json().code).toBe('REVIEW_CHAIR_NOT_EXECUTIVE');

    let res = await s.pms.post('/api/v1/management-reviews', {
      companyId: s.company.id,
      title: '2026年度 マネジメントレビュー',
      heldOn: '2026-06-10',
      chairPersonId: s.executive.personId,
      attendeePersonIds: [s.manager.personId, s.deptManager.personId],
    });
    expect(res.statusCode).toBe(201);
    let review = res.json();
    expect(review).toMatchObject({ status: 'draft', revision: 1, chairName: '試験 太郎', compiledAt: null });
    expect(review.attendees).toHaveLength(2);
    expect(review.blankInputs).toHaveLength(13);

    res = await s.pms.post(`/api/v1/management-reviews/${review.id}/compile`, { version: 1 });
    expect(res.statusCode).toBe(200);
    review = res.json();
    const c93a = review.inputs.find((i: { key: string }) => i.key === 'c93_a');
    const improvement = c93a.compiled.find((c: { source: string }) => c.source === 'improvement_actions');
    expect(improvement.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'improvement.openTotal', value: 1 }),
        expect.objectContaining({ key: 'improvement.overdue', value: 1 }),
      ]),
    );
    // Each listed line: in Japanese as the minutes print it, and what it is made of for the English page.
    expect(improvement.items).toEqual([
      {
        text: '委託先監査の指摘への対応（試験 太郎、期限 2020-01-01、未着手）',
        link: expect.stringMatching(/^\/improvement-actions\/[0-9a-f-]{36}$/),
        detail: {
          kind: 'action',
          title: '委託先監査の指摘への対応',
          owner: '試験 太郎',
          dueOn: '2020-01-01',
          status: 'open',
        },
      },
    ]);
    const incidents = review.inputs
      .find((i: { key: string }) => i.key === 'c93_c')
      .compiled.find((c: { source: string }) => c.source === 'incidents');
    expect(incidents.items.map((i: { text: string; detail: unknown }) => [i.text, i.detail])).toEqual([
      ['漏えい / 作業・操作ミス: 1件', { kind: 'incidents', eventType: 'leak', cause: 'operation_error', count: 1 }],
      ['未分類 / 原因未記入: 1件', { kind: 'incidents', eventType: null, cause: null, count: 1 }],
    ]);
    const subcontractors = review.inputs
      .find((i: { key: string }) => i.key === 'a373_a')
      .compiled.find((c: { source: string }) => c.source === 'subcontractors');
    expect(subcontractors.items.map((i: { text: string; detail: unknown }) => [i.text, i.detail])).toEqual([
      [
        '株式会社レビュー委託（監督の期限 2020-02-01 を超過）',
        { kind: 'subcontractor', title: '株式会社レビュー委託', reason: 'audit_overdue', dueOn: '2020-02-01' },
      ],
      [
        `株式会社レビュー委託（契約満了 ${soon}）`,
        { kind: 'subcontractor', title: '株式会社レビュー委託', reason: 'contract_ends', dueOn: soon },
      ],
    ]);
    // Every figure a compile gives has its label in the printed minutes (and not its key).
    const figureKeys = review.inputs.flatMap((i: { compiled: { figures: { key: string }[] }[] }) =>
      i.compiled.flatMap((c) => c.figures.map((fig) => fig.key)),
    );
    expect(figureKeys.length).toBeGreaterThan(15);
    expect(figureKeys.filter((key: string) => !FIGURE_LABELS_JA[key])).toEqual([]);
    const a373fSources = review.inputs
      .find((i: { key: string }) => i.key === 'a373_f')
      .compiled.map((c: { source: string }) => c.source);
    expect(a373fSources).toEqual(expect.arrayContaining(['organization', 'joint_use']));
    for (const [input, source] of [
      ['c93_c', 'incidents'],
      ['c93_c', 'training'],
      ['a373_a', 'subcontractors'],
      ['c93_b', 'joint_use'],
    ])
      expect(
        review.inputs
          .find((i: { key: string }) => i.key === input)
          .compiled.some((c: { source: string }) => c.source === source),
      ).toBe(true);
    expect(review.inputs.find((i: { key: string }) => i.key === 'c93_d').compiled).toEqual([]);

    res = await s.pms.post(`/api/v1/management-reviews/${review.id}/compile`, {
      version: review.version,
      asOf: '2999-01-01T00:00:00Z',
    });
    expect(res.statusCode).toBe(400);

    res = await s.pms.patch(`/api/v1/management-reviews/${review.id}`, {
      version: review.version,
      inputs: allInputs().filter((i) => !['c93_b', 'a373_e'].includes(i.key)),
      decisions: [
        {
          type: 'improvement',
          description: '委託先監査のチェックリストを改訂する',
          ownerPersonId: s.deptManager.personId,
          dueOn: '2026-09-30',
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    review = res.json();
    expect(review.blankInputs).toEqual(['c93_b', 'a373_e']);

    res = await s.pms.post(`/api/v1/management-reviews/${review.id}/sign-off`, { version: review.version });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('REVIEW_SIGN_OFF_FORBIDDEN');

    res = await s.exec.post(`/api/v1/management-reviews/${review.id}/sign-off`, { version: review.version });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'REVIEW_INPUTS_BLANK', inputs: ['c93_b', 'a373_e'] });

    res = await s.pms.patch(`/api/v1/management-reviews/${review.id}`, {
      version: review.version,
      inputs: [
        { key: 'c93_b', noChange: true },
        { key: 'a373_e', noChange: true },
      ],
    });
    review = res.json();
    expect(review.blankInputs).toEqual([]);

    res = await s.exec.post(`/api/v1/management-reviews/${review.id}/sign-off`, { version: review.version });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('REVIEW_AUDIT_REPORT_MISSING');
    res = await s.pms.patch(`/api/v1/management-reviews/${review.id}`, {
      version: review.version,
      auditReportReference: '2026年度 内部監査報告書 IA-2026-01',
      decisions: [...review.decisions.map(strip), { type: 'resource', description: '担当者を1名増やす' }],
    });
    review = res.json();
    res = await s.exec.post(`/api/v1/management-reviews/${review.id}/sign-off`, { version: review.version });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'REVIEW_DECISION_INCOMPLETE' });
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'decisions.1.ownerPersonId',
      'decisions.1.dueOn',
    ]);
    res = await s.pms.patch(`/api/v1/management-reviews/${review.id}`, {
      version: review.version,
      decisions: [strip(review.decisions[0])],
    });
    review = res.json();

    res = await s.exec.post(`/api/v1/management-reviews/${review.id}/sign-off`, { version: review.version });
    expect(res.statusCode).toBe(200);
    const signed = res.json();
    expect(signed).toMatchObject({ status: 'signed', signedByName: '試験 太郎' });
    const actionId = signed.decisions[0].actionId;
    expect(actionId).toBeTruthy();
    const action = (await s.pms.get(`/api/v1/improvement-actions/${actionId}`)).json();
    expect(action).toMatchObject({
      sourceType: 'management_review',
      sourceId: review.id,
      owner: { id: s.deptManager.personId },
      dueOn: '2026-09-30',
      kind: 'improvement',
      status: 'open',
    });

    res = await s.pms.patch(`/api/v1/management-reviews/${review.id}`, { version: signed.version, title: '書き換え' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('REVIEW_SIGNED');
    res = await s.exec.post(`/api/v1/management-reviews/${review.id}/sign-off`, { version: signed.version });
    expect(res.statusCode).toBe(409);
    expect(
      (
        await s.pms.delete(`/api/v1/management-reviews/${review.id}`, {
          headers: { 'if-match': `"${signed.version}"` },
        })
      ).statusCode,
    ).toBe(409);

    const pdf = await s.exec.get(`/api/v1/management-reviews/${review.id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="management-review-2026-06-10-r1.pdf"');
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The Japanese font is embedded (a subset of Noto Sans JP), so the text renders without the reader's fonts.
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP/);
    expect(bytes.toString('latin1')).toContain('/FontFile2');
    if (process.env.MAMORI_MINUTES_PDF) writeFileSync(process.env.MAMORI_MINUTES_PDF, bytes);

    // A later change is a new revision; the signed minutes stay as they were.
    res = await s.pms.post(`/api/v1/management-reviews/${review.id}/revisions`);
    expect(res.statusCode).toBe(201);
    let revision = res.json();
    expect(revision).toMatchObject({ status: 'draft', revision: 2, revisionOf: review.id });
    res = await s.pms.patch(`/api/v1/management-reviews/${revision.id}`, {
      version: revision.version,
      inputs: [{ key: 'c93_d', commentary: '追記: 顧客アンケートの結果を反映した。' }],
    });
    revision = res.json();
    res = await s.exec.post(`/api/v1/management-reviews/${revision.id}/sign-off`, { version: revision.version });
    expect(res.statusCode).toBe(200);
    expect(res.json().decisions[0].actionId).toBe(actionId);
    const original = (await s.pms.get(`/api/v1/management-reviews/${review.id}`)).json();
    expect(original).toMatchObject({ status: 'superseded', supersededById: revision.id });
    expect(original.inputs.find((i: { key: string }) => i.key === 'c93_d').commentary).toBe('状況を確認した。');
    expect(await f.count('improvement_actions', 'source_id = $1', [review.id])).toBe(1);

    // The next review carries the open actions forward (R-MR-03).
    res = await s.pms.post('/api/v1/management-reviews', {
      companyId: s.company.id,
      title: '2027年度 マネジメントレビュー',
      heldOn: '2027-06-10',
      chairPersonId: s.executive.personId,
    });
    const next = res.json();
    const compiled = (await s.pms.post(`/api/v1/management-reviews/${next.id}/compile`, { version: 1 })).json();
    expect(compiled.periodFrom).toBe('2026-06-10');
    const carried = compiled.inputs.find((i: { key: string }) => i.key === 'a373_c').compiled;
    const fromReviews = carried
      .find((c: { source: string }) => c.source === 'improvement_actions')
      .figures.find((x: { key: string }) => x.key === 'improvement.openFromReviews');
    expect(fromReviews.value).toBe(1);

    const events = await f.auditEvents('entity_id = $1', [review.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'management_review.created',
        'management_review.compiled',
        'management_review.signed',
        'management_review.superseded',
      ]),
    );
  });

  it('the chair signs off even without the executive role elsewhere; other companies see 404', async () => {
    const s = await setup(f);
    const review = (
      await s.pms.post('/api/v1/management-reviews', {
        companyId: s.company.id,
        title: 'MR',
        heldOn: '2026-06-10',
        chairPersonId: s.executive.personId,
      })
    ).json();
    const outsider = await f.signedIn('executive');
    expect((await outsider.client.get(`/api/v1/management-reviews/${review.id}`)).statusCode).toBe(404);
    expect(
      (await outsider.client.post(`/api/v1/management-reviews/${review.id}/sign-off`, { version: 1 })).statusCode,
    ).toBe(404);
    expect((await outsider.client.get('/api/v1/management-reviews')).json().total).toBe(0);
    const dept = await s.dept.get(`/api/v1/management-reviews/${review.id}`);
    expect(dept.statusCode).toBe(403);
  });
});

describe('dashboard', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /**
   * Every figure of the summary equals what the list behind it shows: a count its total, days and dates
   * its first row. The lists are read after the summary; a test file running at the same time on the
   * shared database can add a record in between (rolled-up figures cover every company), so a mismatch
   * is read again before it fails the test.
   */
  async function expectConsistent(client: Client, summaryUrl: string) {
    for (let attempt = 1; ; attempt++) {
      const res = await client.get(summaryUrl);
      expect(res.statusCode).toBe(200);
      const summary = res.json();
      expect(summary.figures.length).toBeGreaterThanOrEqual(9);
      const shown: { key: string; value: unknown }[] = [];
      const listed: { key: string; value: unknown }[] = [];
      for (const figure of summary.figures) {
        const query = new URLSearchParams({ ...figure.listQuery, limit: '1' }).toString();
        const list = await client.get(`/api/v1${figure.listPath}?${query}`);
        expect({ key: figure.key, status: list.statusCode }).toEqual({ key: figure.key, status: 200 });
        const page = list.json();
        const first = page.items[0];
        let value: unknown;
        if (figure.kind === 'count') value = page.total;
        else if (figure.kind === 'days') value = first?.daysSince ?? null;
        else if (figure.kind === 'date') {
          const date = DATE_SHOWN[figure.key];
          expect({ key: figure.key, known: !!date }).toEqual({ key: figure.key, known: true });
          value = first ? date(first) : null;
        } else continue;
        shown.push({ key: figure.key, value: figure.kind === 'date' ? figure.date : figure.value });
        listed.push({ key: figure.key, value });
      }
      if (attempt === 3 || JSON.stringify(shown) === JSON.stringify(listed)) {
        expect(shown).toEqual(listed);
        return summary;
      }
    }
  }

  /** Where the first item of a date figure's list shows the date the figure gives. */
  type ListItem = { expiresOn?: string | null; nearestClock?: { dueDate: string | null } | null };
  const DATE_SHOWN: Record<string, (item: ListItem) => string | null> = {
    'privacyMark.nextExpiry': (item) => item.expiresOn ?? null,
    'incidents.nearestClock': (item) => item.nearestClock?.dueDate ?? null,
  };

  /** Incidents through the API: their clocks become the deadlines the dashboard reads. */
  async function incident(client: Client, companyId: string, awareAt: string, personCount: number) {
    const res = await client.post('/api/v1/incidents', {
      companyId,
      title: '顧客リストのメール誤送信',
      summary: '取引先宛てのメールに顧客リストを誤って添付した。',
      awareAt,
      personCount,
    });
    if (res.statusCode !== 201) throw new Error(`incident failed ${res.statusCode} ${res.body}`);
    return res.json();
  }

  it('per company: every figure equals the total of the list it links to, on generated data', async () => {
    const s = await setup(f);
    await f.db.query(
      "UPDATE companies SET privacy_mark_expires_on = (now() + interval '6 months')::date WHERE id = $1",
      [s.company.id],
    );
    for (let i = 0; i < 7; i++) {
      await createAction(s.pms, s.company, s.deptManager.personId, {
        dueOn: i % 2 ? '2020-01-01' : tomorrow(),
        grade: ['major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity'][i % 4],
      });
    }
    // No incident yet: no clock runs.
    let summary = await expectConsistent(s.exec, `/api/v1/dashboard/summary?companyId=${s.company.id}`);
    expect(summary.figures.find((x: { key: string }) => x.key === 'incidents.nearestClock')).toMatchObject({
      kind: 'date',
      date: null,
      value: null,
      tone: 'ok',
    });
    // A recent incident (JIPDEC final report, day 30), an older one over 1,000 persons (PPC and JIPDEC
    // preliminary reports due on day 5, 2026-06-14) and the oldest with its only clock done.
    await incident(s.pms, s.company.id, '2026-06-20T10:00:00+09:00', 10);
    await incident(s.pms, s.company.id, '2026-06-10T10:00:00+09:00', 1500);
    const done = await incident(s.pms, s.company.id, '2026-06-01T10:00:00+09:00', 10);
    const report = (await s.pms.get(`/api/v1/incidents/${done.id}/reports`))
      .json()
      .find((r: { body: string; stage: string }) => r.body === 'jipdec' && r.stage === 'final');
    await s.pms.request('PUT', `/api/v1/incidents/${done.id}/reports/jipdec/final`, {
      payload: { content: report.content, version: 0 },
    });
    await s.pms.post(`/api/v1/incidents/${done.id}/reports/jipdec/final/submit`, { version: 1 });
    summary = await expectConsistent(s.exec, `/api/v1/dashboard/summary?companyId=${s.company.id}`);
    const byKey = Object.fromEntries(summary.figures.map((x: { key: string }) => [x.key, x]));
    expect(byKey['incidents.nearestClock']).toMatchObject({
      kind: 'date',
      date: '2026-06-14',
      tone: 'bad',
      route: '/incidents',
      query: { companyId: s.company.id, open: 'true', sort: 'nextClock' },
      listPath: '/incidents',
      listQuery: { companyId: s.company.id, open: 'true', sort: 'nextClock' },
    });
    expect(byKey['incidents.open'].value).toBe(3);
    expect(byKey['improvement.open'].value).toBe(7);
    expect(byKey['improvement.overdue']).toMatchObject({ value: 3, tone: 'bad', route: '/improvement-actions' });
    expect(byKey['reviews.daysSinceLast']).toMatchObject({ value: null, tone: 'bad' });
    expect(byKey['reviews.attention'].value).toBe(1);
    expect(byKey['privacyMark.renewalWindow'].value).toBe(1);
    const trend = summary.trends.find((t: { key: string }) => t.key === 'improvement.perMonth');
    expect(trend).toMatchObject({ key: 'improvement.perMonth', series: ['opened', 'closed'] });
    expect(trend.points).toHaveLength(12);
    expect(trend.points[11].values[0]).toBe(7);

    // Month by month in Tokyo: one action opened two months ago and closed today, one opened before the
    // axis begins (in no "opened" month) and closed last month.
    const ids: string[] = (
      await f.db.query('SELECT id FROM improvement_actions WHERE company_id = $1 ORDER BY created_at, id', [
        s.company.id,
      ])
    ).map((r: { id: string }) => r.id);
    const tokyoNowMinus = (months: number) =>
      `(((now() AT TIME ZONE 'Asia/Tokyo') - interval '${months} months') AT TIME ZONE 'Asia/Tokyo')`;
    await f.db.query(
      `UPDATE improvement_actions SET created_at = ${tokyoNowMinus(2)}, status = 'closed',
              closed_on = (now() AT TIME ZONE 'Asia/Tokyo')::date WHERE id = $1`,
      [ids[0]],
    );
    await f.db.query(
      `UPDATE improvement_actions SET created_at = ${tokyoNowMinus(13)}, status = 'closed',
              closed_on = ((now() AT TIME ZONE 'Asia/Tokyo') - interval '1 month')::date WHERE id = $1`,
      [ids[1]],
    );
    summary = await expectConsistent(s.exec, `/api/v1/dashboard/summary?companyId=${s.company.id}`);
    const series = summary.trends.find((t: { key: string }) => t.key === 'improvement.perMonth').points;
    expect(series.map((p: { values: number[] }) => p.values)).toEqual([
      ...Array(9).fill([0, 0]),
      [1, 0],
      [0, 1],
      [5, 1],
    ]);
    expect(summary.figures.find((x: { key: string }) => x.key === 'improvement.open').value).toBe(5);
  });

  it('on the demo data: every figure equals the total of the list behind it, per company and rolled up', async () => {
    await runSeeds(f.db, { demo: true });
    const exec = await f.signIn({ email: 'exec@mamori.example', password: DEMO_PASSWORD });
    const tech = demoId('company:gmo-tech');
    const summary = await expectConsistent(exec, `/api/v1/dashboard/summary?companyId=${tech}`);
    const byKey = Object.fromEntries(summary.figures.map((x: { key: string }) => [x.key, x]));
    expect(byKey['improvement.open'].value).toBe(5);
    expect(byKey['improvement.overdue'].value).toBe(2);
    expect(byKey['reviews.daysSinceLast']).toMatchObject({ value: 200, tone: 'ok' });
    // The demo's unauthorised access: its PPC preliminary report (day 5) is overdue.
    expect(byKey['incidents.nearestClock']).toMatchObject({ date: expect.any(String), tone: 'bad' });
    await expectConsistent(exec, '/api/v1/dashboard/summary');
    // The group executive's own person lives in a company of its own, so the demo companies stay as seeded.
    const home = await f.company();
    const groupExec = await f.account(home.id, [{ role: 'executive', companyId: null }]);
    const group = await expectConsistent(await f.signIn(groupExec), '/api/v1/dashboard/summary');
    expect(group.figures.find((x: { key: string }) => x.key === 'reviews.attention').value).toBeGreaterThanOrEqual(1);
  });

  it('companies without a PMS manager (A.3.3.4): the figure, and the list that names the appointed officers', async () => {
    const a = await setup(f);
    const bare = await f.company();
    await f.account(bare.id, [{ role: 'executive' }]);
    // A disabled account and a group-level role appoint nobody in the company.
    const disabled = await f.account(bare.id, [{ role: 'pms_manager' }]);
    await f.db.query('UPDATE accounts SET disabled = true WHERE id = $1', [disabled.id]);
    const groupExec = await f.account(a.company.id, [{ role: 'executive', companyId: null }]);
    await f.account(a.company.id, [{ role: 'pms_manager', companyId: null }]);
    const client = await f.signIn(groupExec);

    const summary = await expectConsistent(client, '/api/v1/dashboard/summary');
    expect(summary.figures.find((x: { key: string }) => x.key === 'organization.noPmsManager')).toMatchObject({
      kind: 'count',
      tone: 'bad',
      route: '/dashboard/officers',
      query: { state: 'missing' },
    });
    // One company at a time: the shared test database holds hundreds of companies without one.
    const missing = (await client.get(`/api/v1/dashboard/officers?state=missing&companyId=${bare.id}`)).json();
    expect(missing.items.map((r: { companyId: string }) => r.companyId)).toEqual([bare.id]);
    const appointed = await client.get(`/api/v1/dashboard/officers?state=missing&companyId=${a.company.id}`);
    expect(appointed.json().total).toBe(0);
    const row = missing.items[0];
    expect(row).toMatchObject({ pmsManagers: [], pmsManagerMissing: true });
    expect(row.executives).toHaveLength(1);

    const own = (await a.exec.get(`/api/v1/dashboard/officers?companyId=${a.company.id}`)).json();
    expect(own.total).toBe(1);
    expect(own.items[0]).toMatchObject({ companyId: a.company.id, pmsManagerMissing: false });
    expect(own.items[0].pmsManagers).toHaveLength(1);
    expect(own.items[0].executives).toHaveLength(1);
    const ownSummary = await expectConsistent(a.exec, `/api/v1/dashboard/summary?companyId=${a.company.id}`);
    expect(ownSummary.figures.find((x: { key: string }) => x.key === 'organization.noPmsManager')).toMatchObject({
      value: 0,
      tone: 'ok',
    });
    expect((await a.exec.get(`/api/v1/dashboard/officers?companyId=${bare.id}`)).statusCode).toBe(404);
    const bad = await a.exec.get('/api/v1/dashboard/officers?state=everyone');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'state' });
  });

  it('rolled up for a group executive across companies, consistent with the lists; staff are refused', async () => {
    const a = await setup(f);
    const b = await setup(f);
    await createAction(a.pms, a.company, a.deptManager.personId, { dueOn: '2020-01-01' });
    await createAction(b.pms, b.company, b.deptManager.personId, { dueOn: '2020-01-01' });
    // b's incident has the earlier clock: the group's nearest clock is b's, a's own dashboard shows a's.
    await incident(a.pms, a.company.id, '2026-03-02T10:00:00+09:00', 10);
    await incident(b.pms, b.company.id, '2026-03-01T10:00:00+09:00', 10);
    const groupExec = await f.account(a.company.id, [{ role: 'executive', companyId: null }]);
    const client = await f.signIn(groupExec);
    const summary = await expectConsistent(client, '/api/v1/dashboard/summary');
    expect(summary.companyId).toBeNull();
    const nearest = summary.figures.find((x: { key: string }) => x.key === 'incidents.nearestClock');
    expect(nearest.date <= '2026-03-30').toBe(true);
    expect(nearest).toMatchObject({
      route: '/incidents',
      query: { scope: 'all', open: 'true', sort: 'nextClock' },
      listQuery: { open: 'true', sort: 'nextClock' },
    });
    // Training coverage rolls up too: everyone in the group without an annual course in 365 days.
    expect(summary.figures.find((x: { key: string }) => x.key === 'training.notCovered')).toMatchObject({
      route: '/training/campaigns',
      query: { scope: 'all' },
      listPath: '/training/coverage',
      listQuery: {},
    });
    const ownA = await expectConsistent(a.exec, `/api/v1/dashboard/summary?companyId=${a.company.id}`);
    expect(ownA.figures.find((x: { key: string }) => x.key === 'incidents.nearestClock').date).toBe('2026-03-31');
    expect(summary.companyCount).toBeGreaterThanOrEqual(2);
    await expectConsistent(a.exec, '/api/v1/dashboard/summary');
    expect((await a.exec.get(`/api/v1/dashboard/summary?companyId=${b.company.id}`)).statusCode).toBe(404);
    const staff = await f.signedIn('staff');
    expect((await staff.client.get('/api/v1/dashboard/summary')).statusCode).toBe(403);
    expect((await a.exec.get('/api/v1/dashboard/summary?companyId=nope')).statusCode).toBe(400);
  });
});
