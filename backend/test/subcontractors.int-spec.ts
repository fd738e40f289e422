import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../src/platform/auth/clock';
import { withCheckDigit } from '../src/domains/organization/corporate-number.rules';
import { addDays, tokyoDate } from '../src/platform/notifications/notification.rules';
import { runSeeds } from '../src/seeds';
import { DEMO_PASSWORD } from '../src/seeds/demo-accounts';
import { createTestApp } from './support/app';
import { Client, Factory } from './support/factories';
import { csvRecords, RAW_UPLOAD, SAMPLE_EXE, SAMPLE_PDF } from './support/files';

const ALL_CLAUSES = { a: true, b: true, c: true, d: true, e: true, f: true, g: true, h: true };
const CRITERIA = [
  'certification',
  'internal_rules',
  'responsibility',
  'physical',
  'human',
  'technical',
  'resubcontracting',
  'incidents',
  'compliance',
];
const scores = (score: number) => CRITERIA.map((criterionKey) => ({ criterionKey, score, evidence: '確認済み' }));

describe('subcontractors: register, evaluations, contracts, audits, questionnaire', () => {
  let app: NestFastifyApplication;
  let f: Factory;
  const today = () => tokyoDate(app.get(Clock).now());

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function register(client: Client, companyId: string, overrides: Record<string, unknown> = {}) {
    const res = await client.post('/api/v1/subcontractors', {
      companyId,
      name: '株式会社データ集計',
      services: '広告配信データの集計',
      personalDataItems: 'Cookie ID、IPアドレス',
      approxPersons: 1200,
      contactEmail: 'contact@example.jp',
      ...overrides,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  /** Registered, evaluated (passed) and approved. */
  async function approved(client: Client, companyId: string, overrides: Record<string, unknown> = {}) {
    const s = await register(client, companyId, overrides);
    const ev = await client.post(`/api/v1/subcontractors/${s.id}/status`, { status: 'evaluating', version: s.version });
    expect(ev.statusCode).toBe(200);
    const e = await client.post(`/api/v1/subcontractors/${s.id}/evaluations`, {
      evaluatedOn: today(),
      evaluatorName: '監督 太郎',
      scores: scores(4),
    });
    expect(e.statusCode).toBe(201);
    const ap = await client.post(`/api/v1/subcontractors/${s.id}/status`, {
      status: 'approved',
      version: ev.json().version,
    });
    expect(ap.statusCode).toBe(200);
    return ap.json();
  }

  it('registers with a computed risk tier, overridable only with a reason, audited', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await register(client, company.id);
    expect(s).toMatchObject({ status: 'candidate', computedRiskTier: 'medium', riskTier: 'medium', version: 1 });
    const high = await register(client, company.id, { approxPersons: 10, sensitiveData: true });
    expect(high.riskTier).toBe('high');

    const noReason = await client.patch(
      `/api/v1/subcontractors/${s.id}`,
      { riskTierOverride: 'high' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      expect.objectContaining({ field: 'riskTierOverrideReason', code: 'OVERRIDE_REASON_REQUIRED' }),
    ]);

    const overridden = await client.patch(
      `/api/v1/subcontractors/${s.id}`,
      { riskTierOverride: 'high', riskTierOverrideReason: '決済データに隣接するため' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(overridden.statusCode).toBe(200);
    expect(overridden.json()).toMatchObject({ computedRiskTier: 'medium', riskTier: 'high', version: 2 });
    expect(overridden.headers.etag).toBe('"2"');

    const events = await f.auditEvents('entity_id = $1', [s.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['subcontractor.created', 'subcontractor.updated']);
    const history = await client.get(`/api/v1/subcontractors/${s.id}/history`);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual([
      'subcontractor.updated',
      'subcontractor.created',
    ]);
  });

  it('refuses bad input with field errors, never a 500', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const res = await client.post('/api/v1/subcontractors', {
      companyId: company.id,
      name: '',
      approxPersons: -1,
      corporateNumber: '12',
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'approxPersons', 'corporateNumber', 'services', 'personalDataItems']),
    );
    expect((await client.get('/api/v1/subcontractors?riskTier=extreme')).statusCode).toBe(400);
    expect((await client.get('/api/v1/subcontractors/not-a-uuid')).statusCode).toBe(400);
  });

  it('R-SC-01: approval without a passed evaluation → 422; with one it is approved and an audit is scheduled', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await register(client, company.id);
    const skip = await client.post(`/api/v1/subcontractors/${s.id}/status`, { status: 'approved', version: 1 });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('SUBCONTRACTOR_INVALID_TRANSITION');
    const ev = (
      await client.post(`/api/v1/subcontractors/${s.id}/status`, { status: 'evaluating', version: 1 })
    ).json();

    const refused = await client.post(`/api/v1/subcontractors/${s.id}/status`, {
      status: 'approved',
      version: ev.version,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('SUBCONTRACTOR_EVALUATION_REQUIRED');

    const failed = await client.post(`/api/v1/subcontractors/${s.id}/evaluations`, {
      evaluatedOn: today(),
      evaluatorName: '監督 太郎',
      scores: scores(1),
    });
    expect(failed.statusCode).toBe(201);
    expect(failed.json()).toMatchObject({ total: 9, passMark: 27, passed: false });
    const stillRefused = await client.post(`/api/v1/subcontractors/${s.id}/status`, {
      status: 'conditionally_approved',
      version: ev.version,
    });
    expect(stillRefused.json().code).toBe('SUBCONTRACTOR_EVALUATION_REQUIRED');

    const passed = await client.post(`/api/v1/subcontractors/${s.id}/evaluations`, {
      evaluatedOn: today(),
      evaluatorName: '監督 太郎',
      scores: scores(3),
    });
    expect(passed.json()).toMatchObject({ total: 27, passed: true });
    const ok = await client.post(`/api/v1/subcontractors/${s.id}/status`, { status: 'approved', version: ev.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'approved',
      approvedOn: today(),
      nextAuditDueOn: addDays(today(), 0).replace(/^(\d{4})/, (y) => String(Number(y) + 1)),
    });
    const deadlines = await f.db.query(
      "SELECT source_type, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM deadlines WHERE source_id = $1",
      [s.id],
    );
    expect(deadlines).toEqual([{ source_type: 'subcontractors.audit', due_on: ok.json().nextAuditDueOn }]);
    expect((await client.get(`/api/v1/subcontractors/${s.id}/evaluations`)).json().total).toBe(2);
  });

  it('refuses a score outside the criterion range, and follows an edited checklist', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await register(client, company.id);
    const bad = scores(3);
    bad[2] = { criterionKey: 'responsibility', score: 6, evidence: '' };
    const res = await client.post(`/api/v1/subcontractors/${s.id}/evaluations`, {
      evaluatedOn: today(),
      evaluatorName: 'A',
      scores: bad,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'scores.2.score', code: 'OUT_OF_RANGE' })]);

    const settings = (await client.get(`/api/v1/companies/${company.id}/subcontractor-settings`)).json();
    expect(settings).toMatchObject({ version: 0, passMark: 27 });
    expect(settings.criteria).toHaveLength(9);
    const edited = await client.request('PUT', `/api/v1/companies/${company.id}/subcontractor-settings`, {
      payload: {
        criteria: [{ key: 'certification', labelJa: '認証', labelEn: 'Certification', minScore: 0, maxScore: 10 }],
        passMark: 8,
        auditSchedule: {
          high: { months: 6, kind: 'on_site' },
          medium: { months: 12, kind: 'questionnaire' },
          low: { months: 24, kind: 'questionnaire' },
        },
        version: 0,
      },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().version).toBe(1);
    const stale = await client.request('PUT', `/api/v1/companies/${company.id}/subcontractor-settings`, {
      payload: Object.assign({}, edited.json(), { companyId: undefined, version: 0 }),
    });
    expect(stale.statusCode).toBe(409);
    const ten = await client.post(`/api/v1/subcontractors/${s.id}/evaluations`, {
      evaluatedOn: today(),
      evaluatorName: 'A',
      scores: [{ criterionKey: 'certification', score: 9 }],
    });
    expect(ten.json()).toMatchObject({ total: 9, passed: true });

    const { client: auditor } = await f.signedIn('auditor');
    expect(
      (
        await auditor.request('PUT', `/api/v1/companies/${company.id}/subcontractor-settings`, {
          payload: edited.json(),
        })
      ).statusCode,
    ).toBe(404);
  });

  it('R-SC-02: a contract missing clauses without exceptions → 422 naming them; an approved exception covers one', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await approved(client, company.id);
    const missing = await client.post(`/api/v1/subcontractors/${s.id}/contracts`, {
      title: '業務委託契約',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      clauses: { ...ALL_CLAUSES, c: false, e: false },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'CONTRACT_CLAUSES_MISSING', missing: ['c', 'e'] });
    expect(await f.count('subcontractor_contracts', 'subcontractor_id = $1', [s.id])).toBe(0);

    const endsOn = addDays(today(), 90);
    const ok = await client.post(`/api/v1/subcontractors/${s.id}/contracts`, {
      title: '業務委託契約',
      startsOn: '2026-04-01',
      endsOn,
      clauses: { ...ALL_CLAUSES, c: false },
      clauseExceptions: [{ clause: 'c', reason: '再委託を禁止する契約のため', approvedBy: '個人情報保護管理者' }],
      retainUntil: addDays(endsOn, 365),
    });
    expect(ok.statusCode).toBe(201);
    const contract = ok.json();
    expect(contract).toMatchObject({ dataDisposition: 'held', attachments: [] });
    const deadline = await f.db.query(
      "SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM deadlines WHERE source_type = 'subcontractors.contract' AND source_id = $1",
      [contract.id],
    );
    expect(deadline).toEqual([{ due_on: addDays(endsOn, -60) }]);

    const badRetention = await client.patch(`/api/v1/subcontractors/${s.id}/contracts/${contract.id}`, {
      retainUntil: addDays(endsOn, -1),
      version: 1,
    });
    expect(badRetention.statusCode).toBe(400);
    expect(badRetention.json().errors[0]).toMatchObject({ field: 'retainUntil', code: 'BEFORE_CONTRACT_END' });
    const noDate = await client.patch(`/api/v1/subcontractors/${s.id}/contracts/${contract.id}`, {
      dataDisposition: 'deleted',
      version: 1,
    });
    expect(noDate.json().errors[0]).toMatchObject({ field: 'dataDisposedOn', code: 'DATE_REQUIRED' });
    const disposed = await client.patch(`/api/v1/subcontractors/${s.id}/contracts/${contract.id}`, {
      dataDisposition: 'deleted',
      dataDisposedOn: today(),
      version: 1,
    });
    expect(disposed.statusCode).toBe(200);
    expect(
      await f.count('deadlines', "source_type = 'subcontractors.contract' AND source_id = $1", [contract.id]),
    ).toBe(0);
    const stale = await client.patch(`/api/v1/subcontractors/${s.id}/contracts/${contract.id}`, {
      title: 'x',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const detail = (await client.get(`/api/v1/subcontractors/${s.id}`)).json();
    expect(detail).toMatchObject({ contractEndsOn: endsOn });
  });

  it('R-SC-05: a re-subcontractor needs a prior approval or report; the chain stays a tree', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await approved(client, company.id);
    const none = await client.post(`/api/v1/subcontractors/${s.id}/resubcontractors`, {
      name: '再委託先',
      services: '保守',
    });
    expect(none.statusCode).toBe(400);
    const late = await client.post(`/api/v1/subcontractors/${s.id}/resubcontractors`, {
      name: '再委託先',
      services: '保守',
      basis: 'prior_approval',
      basisOn: '2026-05-02',
      startsOn: '2026-05-01',
    });
    expect(late.json().errors[0]).toMatchObject({ field: 'basisOn', code: 'BASIS_AFTER_START' });
    const first = (
      await client.post(`/api/v1/subcontractors/${s.id}/resubcontractors`, {
        name: '再委託先A',
        services: '保守',
        basis: 'prior_approval',
        basisOn: '2026-04-01',
        startsOn: '2026-04-15',
      })
    ).json();
    const second = await client.post(`/api/v1/subcontractors/${s.id}/resubcontractors`, {
      parentId: first.id,
      name: '再々委託先B',
      services: 'データ入力',
      basis: 'prior_report',
      basisOn: '2026-04-10',
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ depth: 2, parentId: first.id });
    const other = await approved(client, company.id);
    const foreignParent = await client.post(`/api/v1/subcontractors/${other.id}/resubcontractors`, {
      parentId: first.id,
      name: 'X',
      services: 'Y',
      basis: 'prior_report',
      basisOn: '2026-04-10',
    });
    expect(foreignParent.statusCode).toBe(422);
    const list = (await client.get(`/api/v1/subcontractors/${s.id}/resubcontractors`)).json();
    expect(list.items.map((r: { name: string; depth: number }) => [r.name, r.depth])).toEqual([
      ['再委託先A', 1],
      ['再々委託先B', 2],
    ]);
    expect(
      (
        await client.delete(`/api/v1/subcontractors/${s.id}/resubcontractors/${first.id}`, {
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(422);
  });

  it('audit journey: questionnaire link answered without an account, then closed with a finding', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await approved(client, company.id);
    const audit = await client.post(`/api/v1/subcontractors/${s.id}/audits`, {});
    expect(audit.statusCode).toBe(201);
    expect(audit.json()).toMatchObject({ kind: 'questionnaire', status: 'planned', dueOn: s.nextAuditDueOn });
    const auditId = audit.json().id;

    const sent = await client.post(`/api/v1/subcontractors/${s.id}/audits/${auditId}/questionnaire`, {
      sentTo: 'contact@example.jp',
      language: 'en',
    });
    expect(sent.statusCode).toBe(201);
    const { url } = sent.json();
    const token = url.split('/q/')[1];
    expect(sent.json().audit.status).toBe('sent');
    const stored = await f.db.query('SELECT token_hash FROM subcontractor_questionnaire_links WHERE audit_id = $1', [
      auditId,
    ]);
    expect(stored[0].token_hash).not.toContain(token);
    expect(
      await f.count('mail_outbox', "to_address = 'contact@example.jp' AND text_body LIKE $1", [`%${token}%`]),
    ).toBe(1);
    expect(
      await f.count(
        'deadlines',
        "source_type = 'subcontractors.questionnaire' AND source_id = $1 AND due_on = $2::date",
        [auditId, addDays(today(), 14)],
      ),
    ).toBe(1);

    const anon = new Client(app);
    await anon.get('/api/v1/auth/csrf');
    const view = await anon.get(`/api/v1/questionnaires/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ subcontractorName: s.name, language: 'en', answers: {} });
    expect(Object.keys(view.json()).sort()).toEqual([
      'answers',
      'evidence',
      'expiresAt',
      'language',
      'questions',
      'requesterName',
      'savedAt',
      'subcontractorName',
    ]);
    const keys: string[] = view.json().questions.map((q: { key: string }) => q.key);

    const unknown = await anon.request('PUT', `/api/v1/questionnaires/${token}/answers`, {
      payload: { answers: { nope: 'x' } },
    });
    expect(unknown.statusCode).toBe(400);
    const saved = await anon.request('PUT', `/api/v1/questionnaires/${token}/answers`, {
      payload: { answers: { [keys[0]]: '5 people' } },
    });
    expect(saved.statusCode).toBe(200);
    expect((await anon.get(`/api/v1/questionnaires/${token}`)).json().answers).toEqual({ [keys[0]]: '5 people' });
    const incomplete = await anon.post(`/api/v1/questionnaires/${token}/submit`, { answers: {} });
    expect(incomplete.statusCode).toBe(400);
    const all = Object.fromEntries(keys.map((k) => [k, `answer ${k}`]));
    const submitted = await anon.post(`/api/v1/questionnaires/${token}/submit`, { answers: all });
    expect(submitted.statusCode).toBe(204);
    const again = await anon.get(`/api/v1/questionnaires/${token}`);
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('QUESTIONNAIRE_LINK_GONE');
    expect((await anon.post(`/api/v1/questionnaires/${token}/submit`, { answers: all })).statusCode).toBe(410);
    expect((await anon.get(`/api/v1/questionnaires/${'x'.repeat(43)}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/v1/subcontractors/${s.id}`)).statusCode).toBe(401);
    expect(
      await f.count(
        'deadlines',
        "source_type = 'subcontractors.questionnaire' AND source_id = $1 AND completed_at IS NOT NULL",
        [auditId],
      ),
    ).toBe(1);

    const answered = (await client.get(`/api/v1/subcontractors/${s.id}/audits`)).json().items[0];
    expect(answered).toMatchObject({ status: 'answered', answers: all });
    const closed = await client.post(`/api/v1/subcontractors/${s.id}/audits/${auditId}/close`, {
      result: 'needs_improvement',
      closedOn: today(),
      findings: [
        {
          description: 'アクセスログの保管期間が短い',
          ownerName: '委託先 情報システム部',
          dueOn: addDays(today(), 30),
          improvementActionId: '6f1c1f1e-0000-4000-8000-000000000001',
        },
      ],
      version: answered.version,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', result: 'needs_improvement' });
    expect(closed.json().findings[0]).toMatchObject({
      ownerName: '委託先 情報システム部',
      improvementActionId: '6f1c1f1e-0000-4000-8000-000000000001',
    });
    const after = (await client.get(`/api/v1/subcontractors/${s.id}`)).json();
    expect(after.lastAuditOn).toBe(today());
    const history = (await client.get(`/api/v1/subcontractors/${s.id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'subcontractor_audit.answers_submitted',
        'subcontractor_audit.closed',
        'subcontractor_audit.questionnaire_sent',
      ]),
    );
  });

  it('a finding opens an improvement action in the same transaction when asked; refusals roll back', async () => {
    const { client, company, account } = await f.signedIn('pms_manager');
    const s = await approved(client, company.id, { name: '株式会社指摘対応' });
    const audit = (await client.post(`/api/v1/subcontractors/${s.id}/audits`, {})).json();
    const finding = {
      description: '委託先で個人情報の持出し記録がない',
      ownerName: '委託先 管理部',
      dueOn: addDays(today(), 45),
    };
    const close = (findings: unknown[]) =>
      client.post(`/api/v1/subcontractors/${s.id}/audits/${audit.id}/close`, {
        result: 'needs_improvement',
        closedOn: today(),
        findings,
        version: audit.version,
      });
    const before = await f.count('improvement_actions', 'company_id = $1', [company.id]);
    let res = await close([{ ...finding, createImprovementAction: { ownerPersonId: 'x' } }]);
    expect(res.statusCode).toBe(400);
    res = await close([
      {
        ...finding,
        improvementActionId: '6f1c1f1e-0000-4000-8000-000000000001',
        createImprovementAction: { ownerPersonId: account.personId },
      },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'findings.0.createImprovementAction' })]);
    const stranger = await f.account((await f.company()).id, [{ role: 'staff' }]);
    res = await close([{ ...finding, createImprovementAction: { ownerPersonId: stranger.personId } }]);
    expect(res.statusCode).toBe(422);
    expect(await f.count('improvement_actions', 'company_id = $1', [company.id])).toBe(before);
    expect((await client.get(`/api/v1/subcontractors/${s.id}/audits`)).json().items[0].status).not.toBe('closed');

    res = await close([
      { ...finding, createImprovementAction: { ownerPersonId: account.personId, grade: 'major_nonconformity' } },
      { ...finding, description: '記録のみ' },
    ]);
    expect(res.statusCode).toBe(200);
    const [linked, plain] = res.json().findings;
    expect(plain.improvementActionId).toBeNull();
    expect(linked.improvementActionId).toEqual(expect.any(String));
    const action = (await client.get(`/api/v1/improvement-actions/${linked.improvementActionId}`)).json();
    expect(action).toMatchObject({
      companyId: company.id,
      sourceType: 'subcontractor_audit',
      sourceId: audit.id,
      kind: 'corrective',
      grade: 'major_nonconformity',
      dueOn: finding.dueOn,
      owner: { id: account.personId },
    });
    expect(action.title).toContain('株式会社指摘対応');
    expect(await f.count('improvement_actions', 'company_id = $1', [company.id])).toBe(before + 1);
  });

  it('an expired or replaced questionnaire link answers 410', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await approved(client, company.id);
    const audit = (await client.post(`/api/v1/subcontractors/${s.id}/audits`, {})).json();
    const first = (
      await client.post(`/api/v1/subcontractors/${s.id}/audits/${audit.id}/questionnaire`, {
        sentTo: 'a@example.jp',
        language: 'ja',
      })
    ).json();
    const second = (
      await client.post(`/api/v1/subcontractors/${s.id}/audits/${audit.id}/questionnaire`, {
        sentTo: 'a@example.jp',
        language: 'ja',
      })
    ).json();
    const anon = new Client(app);
    expect((await anon.get(`/api/v1/questionnaires/${first.url.split('/q/')[1]}`)).statusCode).toBe(410);
    const token = second.url.split('/q/')[1];
    expect((await anon.get(`/api/v1/questionnaires/${token}`)).statusCode).toBe(200);
    await f.db.query(
      "UPDATE subcontractor_questionnaire_links SET expires_at = now() - interval '1 minute' WHERE audit_id = $1",
      [audit.id],
    );
    expect((await anon.get(`/api/v1/questionnaires/${token}`)).statusCode).toBe(410);
  });

  it('lists with filters (status, tier, overdue, expiring), scoped to the caller; another company → 404', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const a = await approved(client, company.id, { name: 'あ監督期限超過' });
    await f.db.query('UPDATE subcontractors SET next_audit_due_on = current_date - 3 WHERE id = $1', [a.id]);
    const b = await register(client, company.id, {
      name: 'い認証期限間近',
      privacyMarkNumber: '10800000(01)',
      privacyMarkExpiresOn: addDays(today(), 30),
      approxPersons: 10,
    });
    await register(client, company.id, { name: 'う高リスク', myNumber: true });
    // Certification expiring: its reminder is due 60 days before the expiry.
    expect(
      await f.db.query(
        "SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM deadlines WHERE source_type = 'subcontractors.certification' AND source_id = $1",
        [b.id],
      ),
    ).toEqual([{ due_on: addDays(addDays(today(), 30), -60) }]);

    const all = (await client.get(`/api/v1/subcontractors?companyId=${company.id}`)).json();
    expect(all.total).toBe(3);
    expect(all.items.map((s: { name: string }) => s.name)).toEqual(['あ監督期限超過', 'い認証期限間近', 'う高リスク']);
    const overdue = (await client.get(`/api/v1/subcontractors?companyId=${company.id}&overdue=true`)).json();
    expect(overdue.items.map((s: { id: string; auditOverdue: boolean }) => [s.id, s.auditOverdue])).toEqual([
      [a.id, true],
    ]);
    const expiring = (await client.get(`/api/v1/subcontractors?companyId=${company.id}&expiring=true`)).json();
    expect(expiring.items.map((s: { id: string }) => s.id)).toEqual([b.id]);
    expect((await client.get(`/api/v1/subcontractors?companyId=${company.id}&riskTier=high`)).json().total).toBe(1);
    expect((await client.get(`/api/v1/subcontractors?companyId=${company.id}&status=approved`)).json().total).toBe(1);
    const page = (await client.get(`/api/v1/subcontractors?companyId=${company.id}&limit=2`)).json();
    const next = (
      await client.get(`/api/v1/subcontractors?companyId=${company.id}&limit=2&cursor=${page.nextCursor}`)
    ).json();
    expect(next.items.map((s: { name: string }) => s.name)).toEqual(['う高リスク']);

    const { client: other } = await f.signedIn('pms_manager');
    expect((await other.get(`/api/v1/subcontractors/${a.id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/v1/subcontractors/${a.id}/contracts`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/subcontractors/${a.id}`, { name: 'x', version: a.version })).statusCode).toBe(
      404,
    );
    expect((await other.get('/api/v1/subcontractors')).json().total).toBe(0);

    const { client: staff } = await f.signedIn('staff');
    expect((await staff.get('/api/v1/subcontractors')).statusCode).toBe(403);
  });

  it('every list item equals the record read on its own (the list is rendered by PostgreSQL), on every sort and page', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const full = await approved(client, company.id, {
      name: '全項目株式会社',
      corporateNumber: withCheckDigit('701000000001'),
      address: '東京都渋谷区桜丘町26-1',
      representative: '代表取締役 山田 "太郎"',
      contactName: '窓口\\担当',
      privacyMarkNumber: '10800000(02)',
      privacyMarkExpiresOn: addDays(today(), 20),
      ismsCertified: true,
      ismsExpiresOn: addDays(today(), 400),
      sensitiveData: true,
      riskTierOverride: 'low',
      riskTierOverrideReason: '委託範囲を限定したため',
    });
    await f.db.query(
      'UPDATE subcontractors SET contract_ends_on = current_date + 10, next_audit_due_on = current_date - 1 WHERE id = $1',
      [full.id],
    );
    await register(client, company.id, { name: '最小限', approxPersons: 0, contactEmail: null });
    await register(client, company.id, { name: 'マイナンバー', myNumber: true });

    for (const sort of ['name', '-name', 'nextAuditDueOn', '-updatedAt']) {
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const res = await client.get(
          `/api/v1/subcontractors?companyId=${company.id}&limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        const page = res.json();
        expect(page.total).toBe(3);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(3);
      for (const item of seen as { id: string }[]) {
        expect(item).toEqual((await client.get(`/api/v1/subcontractors/${item.id}`)).json());
      }
    }
    const listed = (await client.get(`/api/v1/subcontractors?companyId=${company.id}&q=全項目`)).json().items[0];
    expect(listed).toMatchObject({ auditOverdue: true, expiring: true, representative: '代表取締役 山田 "太郎"' });
  });

  it('stale version → 409; a candidate can be deleted, an approved one cannot', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await register(client, company.id);
    expect(
      (await client.patch(`/api/v1/subcontractors/${s.id}`, { name: '新名称' }, { headers: { 'if-match': '"1"' } }))
        .statusCode,
    ).toBe(200);
    const stale = await client.patch(
      `/api/v1/subcontractors/${s.id}`,
      { name: '別名称' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect((await client.delete(`/api/v1/subcontractors/${s.id}`, { headers: { 'if-match': '"2"' } })).statusCode).toBe(
      204,
    );
    const a = await approved(client, company.id);
    const refused = await client.delete(`/api/v1/subcontractors/${a.id}`, {
      headers: { 'if-match': `"${a.version}"` },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('SUBCONTRACTOR_NOT_DELETABLE');
  });

  it('demo data: about ten subcontractors of GMO TECH in varied states, one overdue; a second run changes nothing', async () => {
    await runSeeds(f.db, { demo: true });
    const count = () =>
      f.count('subcontractors s JOIN companies c ON c.id = s.company_id', "c.corporate_number LIKE '_9999%'");
    expect(await count()).toBe(10);
    await runSeeds(f.db, { demo: true });
    expect(await count()).toBe(10);
    const pms = await f.signIn({ email: 'pms@mamori.example', password: DEMO_PASSWORD });
    const list = (await pms.get('/api/v1/subcontractors?limit=50')).json();
    expect(list.total).toBe(10);
    expect(new Set(list.items.map((s: { status: string }) => s.status))).toEqual(
      new Set(['candidate', 'evaluating', 'approved', 'conditionally_approved', 'suspended', 'terminated']),
    );
    expect((await pms.get('/api/v1/subcontractors?overdue=true')).json().total).toBe(1);
    expect((await pms.get('/api/v1/subcontractors?expiring=true')).json().total).toBeGreaterThanOrEqual(1);
  });

  it('attachments: signed contract and questionnaire evidence, sniffed by content; an .exe renamed .pdf → 415', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const s = await approved(client, company.id);
    const contract = (
      await client.post(`/api/v1/subcontractors/${s.id}/contracts`, {
        title: '契約',
        startsOn: '2026-04-01',
        clauses: ALL_CLAUSES,
      })
    ).json();
    const base = `/api/v1/subcontractors/${s.id}/contracts/${contract.id}/attachments`;

    const exe = await client.post(`${base}?fileName=contract.pdf`, SAMPLE_EXE, RAW_UPLOAD);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    const up = await client.post(
      `${base}?fileName=${encodeURIComponent('業務委託契約書.pdf')}`,
      SAMPLE_PDF,
      RAW_UPLOAD,
    );
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({
      fileName: '業務委託契約書.pdf',
      contentType: 'application/pdf',
      ownerType: 'subcontractor_contract',
    });
    const listed = (await client.get(`/api/v1/subcontractors/${s.id}/contracts`)).json().items[0];
    expect(listed.attachments.map((a: { id: string }) => a.id)).toEqual([up.json().id]);
    const download = await client.get(`/api/v1/subcontractors/${s.id}/attachments/${up.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const other = await approved(client, company.id);
    expect((await client.get(`/api/v1/subcontractors/${other.id}/attachments/${up.json().id}`)).statusCode).toBe(404);
    const { client: stranger } = await f.signedIn('pms_manager');
    expect((await stranger.get(`/api/v1/subcontractors/${s.id}/attachments/${up.json().id}`)).statusCode).toBe(404);

    const audit = (await client.post(`/api/v1/subcontractors/${s.id}/audits`, {})).json();
    const { url } = (
      await client.post(`/api/v1/subcontractors/${s.id}/audits/${audit.id}/questionnaire`, {
        sentTo: 'a@example.jp',
        language: 'ja',
      })
    ).json();
    const token = url.split('/q/')[1];
    const anon = new Client(app);
    await anon.get('/api/v1/auth/csrf');
    expect(
      (await anon.post(`/api/v1/questionnaires/${token}/evidence?fileName=evidence.pdf`, SAMPLE_EXE, RAW_UPLOAD))
        .statusCode,
    ).toBe(415);
    const evidence = await anon.post(
      `/api/v1/questionnaires/${token}/evidence?fileName=evidence.pdf`,
      SAMPLE_PDF,
      RAW_UPLOAD,
    );
    expect(evidence.statusCode).toBe(201);
    expect(
      (await anon.get(`/api/v1/questionnaires/${token}`)).json().evidence.map((e: { fileName: string }) => e.fileName),
    ).toEqual(['evidence.pdf']);
    const withEvidence = (await client.get(`/api/v1/subcontractors/${s.id}/audits`)).json().items[0];
    expect(withEvidence.attachments.map((a: { id: string }) => a.id)).toEqual([evidence.json().id]);
    const theirs = await anon.get(`/api/v1/questionnaires/${token}/evidence/${evidence.json().id}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.headers['content-disposition']).toMatch(/^attachment;/);
    expect((await anon.get(`/api/v1/questionnaires/${token}/evidence/${up.json().id}`)).statusCode).toBe(404);
    expect(
      (await client.get(`/api/v1/subcontractors/${s.id}/contracts/${contract.id}/attachments`)).json(),
    ).toHaveLength(1);
    const certificate = await client.post(
      `/api/v1/subcontractors/${s.id}/audits/${audit.id}/attachments?fileName=cert.pdf`,
      SAMPLE_PDF,
      RAW_UPLOAD,
    );
    expect(certificate.statusCode).toBe(201);
    const auditFiles = (await client.get(`/api/v1/subcontractors/${s.id}/audits/${audit.id}/attachments`)).json();
    expect(auditFiles.map((a: { fileName: string }) => a.fileName)).toEqual(['evidence.pdf', 'cert.pdf']);
    expect(
      (await client.get(`/api/v1/subcontractors/${s.id}/audits/${audit.id}/attachments/${evidence.json().id}`))
        .statusCode,
    ).toBe(200);
    expect(
      (await client.get(`/api/v1/subcontractors/${s.id}/audits/${audit.id}/attachments/${up.json().id}`)).statusCode,
    ).toBe(404);
  });

  it('exports the filtered register as CSV and XLSX', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    await register(client, company.id, { name: '=HYPERLINK("x")' });
    await register(client, company.id, { name: '株式会社エクスポート' });
    await register(client, company.id, { name: '株式会社給与計算', sensitiveData: true, myNumber: true });
    const csv = await client.get(`/api/v1/subcontractors/export?companyId=${company.id}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment;/);
    const text = csv.rawPayload.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('株式会社エクスポート');
    expect(text).not.toMatch(/^=HYPERLINK/m);
    const { header, rows } = csvRecords(text);
    expect(header).toEqual([
      '会社 / Company',
      '委託先 / Subcontractor',
      '法人番号 / Corporate number',
      '状態 / Status',
      '承認日 / Approved on',
      'リスク区分 / Risk tier',
      '委託業務 / Services',
      '委託する個人情報 / Personal data',
      '人数 / Persons',
      '要配慮個人情報 / Sensitive data',
      'マイナンバー / My Number',
      'Pマーク / PrivacyMark',
      'Pマーク有効期限 / PrivacyMark expiry',
      'ISMS',
      'ISMS有効期限 / ISMS expiry',
      '前回監督 / Last audit',
      '次回監督期限 / Next audit due',
      '監督期限超過 / Audit overdue',
      '契約満了 / Contract ends',
    ]);
    expect(rows.find((r) => r['委託先 / Subcontractor'] === '株式会社エクスポート')).toMatchObject({
      '会社 / Company': company.nameJa,
      '状態 / Status': '候補',
      '承認日 / Approved on': '',
      'リスク区分 / Risk tier': expect.stringMatching(/^(高|中|低)$/),
      '要配慮個人情報 / Sensitive data': 'いいえ',
      'マイナンバー / My Number': 'いいえ',
      ISMS: 'いいえ',
      'ISMS有効期限 / ISMS expiry': '',
      '監督期限超過 / Audit overdue': 'いいえ',
    });
    expect(rows.find((r) => r['委託先 / Subcontractor'] === '株式会社給与計算')).toMatchObject({
      '要配慮個人情報 / Sensitive data': 'はい',
      'マイナンバー / My Number': 'はい',
      'リスク区分 / Risk tier': '高',
    });
    const xlsx = await client.get(`/api/v1/subcontractors/export?companyId=${company.id}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await client.get(`/api/v1/subcontractors/export?format=pdf`)).statusCode).toBe(400);
  });
});
