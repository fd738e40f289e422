import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { runSeeds } from '../src/seeds';
import { DEMO_PASSWORD } from '../src/seeds/demo-accounts';
import { demoId } from '../src/seeds/demo-organization.seeder';
import { IncidentsService } from '../src/domains/incidents/incidents.service';
import { createTestApp } from './support/app';
import { Client, Factory, TestAccount, TestCompany } from './support/factories';
import { csvRecords, RAW_UPLOAD, SAMPLE_EXE, SAMPLE_PDF } from './support/files';

/** Incidents through HTTP: reporting, triage, clocks and their deadlines, reports, notices, closing, refusals. */
describe('incidents', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  interface World {
    company: TestCompany;
    manager: Client;
    managerAccount: TestAccount;
    executive: TestAccount;
    staff: Client;
    staffAccount: TestAccount;
    otherStaff: Client;
  }

  async function world(): Promise<World> {
    const company = await f.company();
    const managerAccount = await f.account(company.id, [{ role: 'pms_manager' }]);
    const executive = await f.account(company.id, [{ role: 'executive' }]);
    const staffAccount = await f.account(company.id, [{ role: 'staff' }]);
    const other = await f.account(company.id, [{ role: 'staff' }]);
    return {
      company,
      manager: await f.signIn(managerAccount),
      managerAccount,
      executive,
      staff: await f.signIn(staffAccount),
      staffAccount,
      otherStaff: await f.signIn(other),
    };
  }

  const shortForm = (companyId: string, over: Record<string, unknown> = {}) => ({
    companyId,
    title: '顧客リストのメール誤送信',
    summary: '取引先宛のメールに顧客リストを誤って添付した。',
    awareAt: '2026-06-10T08:00:00+09:00',
    personCount: 800,
    ...over,
  });

  it('staff report from the short form; the officer triages, the clocks follow every edit and are audited', async () => {
    const w = await world();
    const reported = await w.staff.post('/api/v1/incidents/report', shortForm(w.company.id));
    expect(reported.statusCode).toBe(201);
    const incident = reported.json();
    expect(incident).toMatchObject({
      status: 'reported',
      personCount: 800,
      personCountEstimated: true,
      discoveredAt: new Date('2026-06-10T08:00:00+09:00').toISOString(),
      ppcReportable: false,
      jipdecPreliminaryRequired: false,
      reporterAccountId: w.staffAccount.id,
      canManage: false,
    });
    // 08:00 in Tokyo is 23:00 UTC the day before: day 1 is still the Tokyo day.
    expect(incident.deadlines).toEqual([
      expect.objectContaining({
        kind: 'jipdec_final',
        dueDate: '2026-07-09',
        rule: expect.objectContaining({ startsFrom: 'discoveredAt', dayOne: '2026-06-10', dueDay: 30 }),
      }),
    ]);

    // The staff member sees their own report; another staff member does not (404), in the list neither.
    expect((await w.staff.get(`/api/v1/incidents/${incident.id}`)).statusCode).toBe(200);
    expect((await w.otherStaff.get(`/api/v1/incidents/${incident.id}`)).statusCode).toBe(404);
    expect((await w.otherStaff.get(`/api/v1/incidents/${incident.id}/timeline`)).statusCode).toBe(404);
    expect((await w.staff.get('/api/v1/incidents')).json().items.map((i: { id: string }) => i.id)).toEqual([
      incident.id,
    ]);
    expect((await w.otherStaff.get('/api/v1/incidents')).json()).toMatchObject({ items: [], total: 0 });
    // Staff cannot triage (403 in their own company) nor read the reports.
    expect((await w.staff.patch(`/api/v1/incidents/${incident.id}`, { personCount: 1, version: 1 })).statusCode).toBe(
      403,
    );
    expect((await w.staff.get(`/api/v1/incidents/${incident.id}/reports`)).statusCode).toBe(403);

    // The officer sees it in the register and raises the count over 1,000: the PPC clocks appear.
    const list = await w.manager.get(`/api/v1/incidents?companyId=${w.company.id}`);
    expect(list.json().items[0]).toMatchObject({ id: incident.id, canManage: true });
    const triaged = await w.manager.post(`/api/v1/incidents/${incident.id}/transition`, {
      status: 'triage',
      version: 1,
    });
    expect(triaged.statusCode).toBe(201);
    const raised = await w.manager.patch(`/api/v1/incidents/${incident.id}`, {
      personCount: 1500,
      dataItems: '氏名、メールアドレス',
      version: 2,
    });
    expect(raised.statusCode).toBe(200);
    const after = raised.json();
    expect(after).toMatchObject({ ppcReportable: true, jipdecPreliminaryRequired: true, version: 3 });
    expect(after.reportabilityReasons).toEqual(['over_1000_persons']);
    const byKind = Object.fromEntries(after.deadlines.map((d: { kind: string }) => [d.kind, d]));
    expect(byKind.ppc_preliminary).toMatchObject({
      targetDate: '2026-06-12',
      dueDate: '2026-06-14',
      status: 'overdue',
    });
    expect(byKind.ppc_final).toMatchObject({ dueDate: '2026-07-09' });
    expect(byKind.notify_persons).toMatchObject({ dueDate: null, status: 'promptly' });
    expect(byKind.jipdec_preliminary).toMatchObject({ dueDate: '2026-06-14' });
    expect(after.nearestClock.kind).toBe('ppc_preliminary');

    const recomputed = await f.auditEvents("entity_id = $1 AND action = 'incident.clocks_recomputed'", [incident.id]);
    expect(recomputed).toHaveLength(1);
    expect(Object.keys(recomputed[0].changes).sort()).toEqual([
      'jipdec_preliminary',
      'notify_persons',
      'ppc_final',
      'ppc_preliminary',
    ]);

    // Improper intent found: the finals move to day 60, audited again.
    const intent = await w.manager.patch(
      `/api/v1/incidents/${incident.id}`,
      { improperIntent: true },
      { headers: { 'if-match': '"3"' } },
    );
    expect(intent.json().deadlines.find((d: { kind: string }) => d.kind === 'ppc_final').dueDate).toBe('2026-08-08');
    expect(await f.auditEvents("entity_id = $1 AND action = 'incident.clocks_recomputed'", [incident.id])).toHaveLength(
      2,
    );

    // The officer's note stays with the officers: the reporter sees the record and its status moves.
    const note = await w.manager.post(`/api/v1/incidents/${incident.id}/timeline`, {
      at: '2026-06-10T12:00:00+09:00',
      text: '委託先の担当者に電話で経緯を確認した。',
    });
    expect(note.statusCode).toBe(201);
    const officerView = (await w.manager.get(`/api/v1/incidents/${incident.id}/timeline`)).json();
    expect(officerView.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['created', 'status_changed', 'updated', 'note']),
    );
    const reporterView = (await w.staff.get(`/api/v1/incidents/${incident.id}/timeline`)).json();
    // Their own record (its creation and the clocks it started) and the status moves; not the triage edits.
    expect([...new Set(reporterView.map((e: { kind: string }) => e.kind))].sort()).toEqual([
      'clocks_started',
      'created',
      'status_changed',
    ]);
    expect(JSON.stringify(reporterView)).not.toContain('委託先の担当者');

    // The clocks are platform deadlines for the PMS manager and the executive, not for staff.
    const deadlines = await f.db.query(
      'SELECT source_type, assignee_account_id, due_on::text AS due_on FROM deadlines WHERE source_id = $1 ORDER BY source_type, assignee_account_id',
      [incident.id],
    );
    const assignees = [...new Set(deadlines.map((d: { assignee_account_id: string }) => d.assignee_account_id))].sort();
    // (Group-wide officers made by other tests may receive them too: they cover every company.)
    expect(assignees).toEqual(expect.arrayContaining([w.managerAccount.id, w.executive.id]));
    expect(assignees).not.toContain(w.staffAccount.id);
    expect(deadlines.find((d: { source_type: string }) => d.source_type === 'incidents.ppc_final').due_on).toBe(
      '2026-08-08',
    );
    expect(deadlines.map((d: { source_type: string }) => d.source_type)).not.toContain('incidents.notify_persons');
  });

  it('report drafts are prefilled and editable; submission freezes a snapshot that later edits cannot change', async () => {
    const w = await world();
    const created = await w.manager.post('/api/v1/incidents', {
      ...shortForm(w.company.id),
      sensitiveData: true,
      dataItems: '氏名、病歴',
      causeAnalysis: '宛先の確認不足',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const reports = (await w.manager.get(`/api/v1/incidents/${id}/reports`)).json();
    const ppcPre = reports.find((r: { body: string; stage: string }) => r.body === 'ppc' && r.stage === 'preliminary');
    expect(ppcPre).toMatchObject({ id: null, required: true, version: 0, submitted: null });
    expect(ppcPre.content).toMatchObject({ dataItems: '氏名、病歴', cause: '宛先の確認不足', personCount: '800人' });

    const saved = await w.manager.request('PUT', `/api/v1/incidents/${id}/reports/ppc/preliminary`, {
      payload: { content: { ...ppcPre.content, other: '速報時点で判明している範囲' }, version: 0 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, content: { other: '速報時点で判明している範囲' } });
    const stale = await w.manager.request('PUT', `/api/v1/incidents/${id}/reports/ppc/preliminary`, {
      payload: { content: ppcPre.content, version: 0 },
    });
    expect(stale.json().code).toBe('STALE_VERSION');

    const submitted = await w.manager.post(`/api/v1/incidents/${id}/reports/ppc/preliminary/submit`, {
      version: 1,
      submittedAt: '2026-06-12T10:00:00+09:00',
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().submitted).toMatchObject({
      submittedAt: new Date('2026-06-12T10:00:00+09:00').toISOString(),
      submittedBy: w.managerAccount.id,
      content: { other: '速報時点で判明している範囲' },
    });
    expect(submitted.json().submitted.facts).toMatchObject({ personCount: 800, sensitiveData: true });

    // Editing the submitted snapshot: 409, and submitting it again too.
    const edit = await w.manager.request('PUT', `/api/v1/incidents/${id}/reports/ppc/preliminary`, {
      payload: { content: { ...ppcPre.content, other: '改ざん' }, version: 2 },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('INCIDENT_REPORT_SUBMITTED');
    expect(
      (await w.manager.post(`/api/v1/incidents/${id}/reports/ppc/preliminary/submit`, { version: 2 })).json().code,
    ).toBe('INCIDENT_REPORT_SUBMITTED');

    // A later edit of the record leaves the snapshot as it was; the clock is done.
    const record = await w.manager.patch(`/api/v1/incidents/${id}`, { personCount: 2000, version: 1 });
    expect(record.statusCode).toBe(200);
    const pre = record.json().deadlines.find((d: { kind: string }) => d.kind === 'ppc_preliminary');
    expect(pre).toMatchObject({ status: 'done', late: false });
    const again = (await w.manager.get(`/api/v1/incidents/${id}/reports`)).json();
    const frozen = again.find((r: { body: string; stage: string }) => r.body === 'ppc' && r.stage === 'preliminary');
    expect(frozen.submitted.facts.personCount).toBe(800);
    expect(frozen.submitted.content.other).toBe('速報時点で判明している範囲');
    const [deadline] = await f.db.query(
      "SELECT completed_at FROM deadlines WHERE source_id = $1 AND source_type = 'incidents.ppc_preliminary'",
      [id],
    );
    expect(deadline.completed_at).not.toBeNull();
    expect(
      await f.auditEvents("action = 'incident_report.submitted' AND company_id = $1", [w.company.id]),
    ).toHaveLength(1);
  });

  it('notices to persons complete the notice clock; closing needs the A.3.3.7 checklist', async () => {
    const w = await world();
    const id = (
      await w.manager.post('/api/v1/incidents', {
        ...shortForm(w.company.id),
        financialDamageRisk: true,
        personCount: 3,
      })
    ).json().id;
    const template = await w.manager.get(`/api/v1/incidents/${id}/notice-template`);
    expect(template.json().text).toContain('個人情報の漏えい等に関するお知らせとお詫び');
    expect(template.json().text).toContain(w.company.nameJa);

    const close = async (version: number) =>
      w.manager.post(`/api/v1/incidents/${id}/transition`, { status: 'closed', version });
    const refused = await close(1);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'INCIDENT_CLOSE_CHECKLIST_INCOMPLETE' });
    expect(refused.json().missing).toEqual([
      'persons_notified',
      'publication_decision',
      'reports_to_bodies',
      'cause_analysis',
      'recurrence_prevention',
    ]);

    const notice = await w.manager.post(`/api/v1/incidents/${id}/notices`, {
      method: 'email',
      notifiedAt: '2026-06-11T15:00:00+09:00',
      personCount: 3,
      noticeText: template.json().text,
    });
    expect(notice.statusCode).toBe(201);
    for (const [body, stage] of [
      ['ppc', 'preliminary'],
      ['ppc', 'final'],
      ['jipdec', 'preliminary'],
      ['jipdec', 'final'],
    ]) {
      expect(
        (await w.manager.post(`/api/v1/incidents/${id}/reports/${body}/${stage}/submit`, { version: 0 })).statusCode,
      ).toBe(201);
    }
    const patched = await w.manager.patch(`/api/v1/incidents/${id}`, {
      publicationDecision: 'not_published',
      causeAnalysis: 'BCC設定漏れ',
      recurrencePrevention: '送信前の二重確認',
      improvementActionId: '0b6a3c2e-8a9f-4f7e-9a51-0c9f4b1d2e3f',
      version: 1,
    });
    expect(patched.json().checklist.every((i: { done: boolean }) => i.done)).toBe(true);
    const closed = await close(2);
    expect(closed.statusCode).toBe(201);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      improvementActionId: '0b6a3c2e-8a9f-4f7e-9a51-0c9f4b1d2e3f',
    });
    expect((await w.manager.patch(`/api/v1/incidents/${id}`, { title: 'x', version: 3 })).json().code).toBe(
      'INCIDENT_CLOSED',
    );
    expect((await close(3)).json().code).toBe('INCIDENT_INVALID_TRANSITION');

    const timeline = (await w.manager.get(`/api/v1/incidents/${id}/timeline`)).json();
    expect(timeline.map((t: { kind: string }) => t.kind)).toEqual(
      expect.arrayContaining(['created', 'notice_recorded', 'persons_notified', 'report_submitted', 'status_changed']),
    );
    const exported = await w.manager.get(`/api/v1/incidents/${id}/export`);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.json()).toMatchObject({ incident: { id, status: 'closed' }, notices: [{ method: 'email' }] });
    const open = await f.db.query('SELECT 1 FROM deadlines WHERE source_id = $1 AND completed_at IS NULL', [id]);
    expect(open).toHaveLength(0);
  });

  it('recurrence prevention opens an improvement action in the same transaction, linked to the incident', async () => {
    const w = await world();
    const other = await f.company();
    const outsider = await f.account(other.id, [{ role: 'staff' }]);
    const id = (await w.manager.post('/api/v1/incidents', shortForm(w.company.id))).json().id;
    const ask = { ownerPersonId: w.managerAccount.personId, dueOn: '2026-12-31' };

    // Nothing to open an action from yet: refused with a field error, nothing written.
    let res = await w.manager.patch(`/api/v1/incidents/${id}`, { createImprovementAction: ask, version: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'recurrencePrevention' })]);
    res = await w.manager.patch(`/api/v1/incidents/${id}`, {
      createImprovementAction: { ownerPersonId: 'nope', dueOn: '31/12/2026' },
      version: 1,
    });
    expect(res.statusCode).toBe(400);
    // An owner from another company: refused, and the incident's update rolls back with it.
    res = await w.manager.patch(`/api/v1/incidents/${id}`, {
      recurrencePrevention: '送信前の二重確認',
      createImprovementAction: { ...ask, ownerPersonId: outsider.personId },
      version: 1,
    });
    expect(res.statusCode).toBe(422);
    expect((await w.manager.get(`/api/v1/incidents/${id}`)).json()).toMatchObject({
      version: 1,
      recurrencePrevention: null,
      improvementActionId: null,
    });

    res = await w.manager.patch(`/api/v1/incidents/${id}`, {
      causeAnalysis: 'BCC設定漏れ',
      recurrencePrevention: '送信前の二重確認',
      createImprovementAction: ask,
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    const actionId = res.json().improvementActionId;
    expect(actionId).toEqual(expect.any(String));
    const action = (await w.manager.get(`/api/v1/improvement-actions/${actionId}`)).json();
    expect(action).toMatchObject({
      companyId: w.company.id,
      sourceType: 'incident',
      sourceId: id,
      kind: 'corrective',
      grade: 'minor_nonconformity',
      title: '再発防止: 顧客リストのメール誤送信',
      owner: { id: w.managerAccount.personId },
      dueOn: '2026-12-31',
    });
    const audited = await f.db.query(`SELECT action FROM audit_events WHERE entity_id = ANY($1::text[])`, [
      [id, actionId],
    ]);
    expect(audited.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['incident.updated', expect.stringMatching(/^improvement_action\./)]),
    );
    // Once linked, a second action is refused; the list of the source finds the action.
    res = await w.manager.patch(`/api/v1/incidents/${id}`, { createImprovementAction: ask, version: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ code: 'already_linked' })]);
    const listed = (
      await w.manager.get(`/api/v1/improvement-actions?companyId=${w.company.id}&sourceType=incident`)
    ).json();
    expect(listed.items.map((a: { id: string }) => a.id)).toEqual([actionId]);
  });

  it('lists the open incidents whose report or notice deadline has passed (clockOverdue)', async () => {
    const w = await world();
    const late = (
      await w.manager.post('/api/v1/incidents', shortForm(w.company.id, { awareAt: '2020-01-10T08:00:00+09:00' }))
    ).json().id;
    await w.manager.post('/api/v1/incidents', shortForm(w.company.id, { awareAt: new Date().toISOString() }));
    const page = (await w.manager.get(`/api/v1/incidents?companyId=${w.company.id}&clockOverdue=true`)).json();
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([late]);
    expect(page.total).toBe(1);
    expect((await w.manager.get(`/api/v1/incidents?companyId=${w.company.id}`)).json().total).toBe(2);
  });

  it('sorts by the nearest running legal clock (sort=nextClock): clocks done last', async () => {
    const w = await world();
    const create = async (awareAt: string, personCount: number) =>
      (await w.manager.post('/api/v1/incidents', shortForm(w.company.id, { awareAt, personCount }))).json().id;
    // Only the JIPDEC final report runs (day 30); over 1,000 persons the PPC preliminary (day 5) runs too.
    const early = await create('2026-06-01T10:00:00+09:00', 10); // due 2026-06-30
    const urgent = await create('2026-06-10T10:00:00+09:00', 1500); // due 2026-06-14
    const late = await create('2026-06-12T10:00:00+09:00', 10); // due 2026-07-11
    const done = await create('2026-05-01T10:00:00+09:00', 10); // its only clock submitted: none runs
    const report = (await w.manager.get(`/api/v1/incidents/${done}/reports`))
      .json()
      .find((r: { body: string; stage: string }) => r.body === 'jipdec' && r.stage === 'final');
    await w.manager.request('PUT', `/api/v1/incidents/${done}/reports/jipdec/final`, {
      payload: { content: report.content, version: 0 },
    });
    expect(
      (await w.manager.post(`/api/v1/incidents/${done}/reports/jipdec/final/submit`, { version: 1 })).statusCode,
    ).toBe(201);
    await w.manager.post('/api/v1/incidents', shortForm((await f.company()).id, { personCount: 5000 }));

    const list = async (query: string) =>
      (await w.manager.get(`/api/v1/incidents?companyId=${w.company.id}&${query}`)).json();
    const page = await list('sort=nextClock');
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([urgent, early, late, done]);
    expect(
      page.items.map((i: { nearestClock: { dueDate: string } | null }) => i.nearestClock?.dueDate ?? null),
    ).toEqual(['2026-06-14', '2026-06-30', '2026-07-11', null]);
    expect(page.items[0].nearestClock.kind).toBe('ppc_preliminary');
    expect((await list('sort=nextClock&limit=1&offset=1')).items[0].id).toBe(early);
    expect((await list('sort=awareAt')).items.map((i: { id: string }) => i.id)).toEqual([done, early, urgent, late]);
    const bad = await w.manager.get(`/api/v1/incidents?sort=clock`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'sort' })]);
  });

  it('refuses bad input with field errors, other companies with 404, stale versions with 409', async () => {
    const w = await world();
    const bad = async (payload: Record<string, unknown>) => {
      const res = await w.manager.post('/api/v1/incidents', payload);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res.json().errors.map((e: { field: string }) => e.field);
    };
    expect(await bad(shortForm(w.company.id, { personCount: -1 }))).toContain('personCount');
    expect(await bad(shortForm(w.company.id, { personCount: 1.5 }))).toContain('personCount');
    expect(await bad(shortForm(w.company.id, { personCount: '10' }))).toContain('personCount');
    const { awareAt: _a, ...noAware } = shortForm(w.company.id);
    expect(await bad(noAware)).toContain('awareAt');
    expect(await bad(shortForm(w.company.id, { awareAt: 'yesterday' }))).toContain('awareAt');
    expect(
      await bad(
        shortForm(w.company.id, {
          occurredAt: '2026-06-09T10:00:00+09:00',
          discoveredAt: '2026-06-08T10:00:00+09:00',
        }),
      ),
    ).toEqual(['discoveredAt']);
    expect(await bad(shortForm(w.company.id, { myNumberCount: -3 }))).toContain('myNumberCount');
    expect(await bad(shortForm(w.company.id, { eventType: 'spill' }))).toContain('eventType');
    const staffBad = await w.staff.post('/api/v1/incidents/report', shortForm(w.company.id, { awareAt: undefined }));
    expect(staffBad.statusCode).toBe(400);

    const id = (await w.manager.post('/api/v1/incidents', shortForm(w.company.id))).json().id;
    const edit = await w.manager.patch(`/api/v1/incidents/${id}`, {
      occurredAt: '2026-06-11T10:00:00+09:00',
      version: 1,
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['awareAt']));
    expect((await w.manager.patch(`/api/v1/incidents/${id}`, { personCount: 5, version: 7 })).json().code).toBe(
      'STALE_VERSION',
    );
    expect(
      (await w.manager.post(`/api/v1/incidents/${id}/transition`, { status: 'reported', version: 1 })).json().code,
    ).toBe('INCIDENT_INVALID_TRANSITION');
    const badReport = await w.manager.request('PUT', `/api/v1/incidents/${id}/reports/fsa/final`, {
      payload: { content: {}, version: 0 },
    });
    expect(badReport.statusCode).toBe(400);

    // Another company's officer: 404 on every route, and the list does not show it.
    const other = await f.signedIn('pms_manager');
    for (const res of [
      await other.client.get(`/api/v1/incidents/${id}`),
      await other.client.get(`/api/v1/incidents/${id}/reports`),
      await other.client.patch(`/api/v1/incidents/${id}`, { personCount: 5, version: 1 }),
      await other.client.post(`/api/v1/incidents/${id}/notices`, {
        method: 'post',
        notifiedAt: '2026-06-11T10:00:00+09:00',
        personCount: 1,
        noticeText: 'x',
      }),
    ])
      expect(res.statusCode).toBe(404);
    expect((await other.client.get('/api/v1/incidents')).json().total).toBe(0);
    expect((await other.client.post('/api/v1/incidents/report', shortForm(w.company.id))).statusCode).toBe(404);
  });

  it('evidence attachments: the officer uploads and downloads, staff cannot; the register exports as CSV', async () => {
    const w = await world();
    const created = await w.manager.post(
      '/api/v1/incidents',
      shortForm(w.company.id, {
        eventType: 'leak',
        incidentType: 'mis_sending',
        cause: 'insufficient_checking',
        medium: 'electronic',
        sensitiveData: true,
      }),
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const name = encodeURIComponent('誤送信メールの写し.pdf');
    const up = await w.manager.post(`/api/v1/incidents/${id}/attachments?fileName=${name}`, SAMPLE_PDF, RAW_UPLOAD);
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ ownerType: 'incident', ownerId: id, contentType: 'application/pdf' });
    const list = await w.manager.get(`/api/v1/incidents/${id}/attachments`);
    expect(list.json()).toHaveLength(1);
    const down = await w.manager.get(`/api/v1/incidents/${id}/attachments/${up.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-disposition']).toContain('attachment');
    expect(down.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect(
      (await w.manager.post(`/api/v1/incidents/${id}/attachments?fileName=x.exe`, SAMPLE_EXE, RAW_UPLOAD)).statusCode,
    ).toBe(415);
    expect(
      (await w.staff.post(`/api/v1/incidents/${id}/attachments?fileName=a.pdf`, SAMPLE_PDF, RAW_UPLOAD)).statusCode,
    ).toBe(403);
    expect((await w.staff.get(`/api/v1/incidents/${id}/attachments`)).statusCode).toBe(403);
    const timeline = (await w.manager.get(`/api/v1/incidents/${id}/timeline`)).json();
    expect(timeline.map((t: { kind: string }) => t.kind)).toContain('attachment_added');

    const csv = await w.manager.get(`/api/v1/incidents/export?companyId=${w.company.id}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('.csv');
    expect(csv.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(csv.body).toContain('顧客リストのメール誤送信');
    expect(csv.body).toContain('2026-07-09');
    // Codes are written by their names; the headings name each column in both languages.
    const { header, rows } = csvRecords(csv.body);
    expect(header).toEqual(expect.arrayContaining(['件名 / Title', '状況 / Status', '事象 / Event', '原因 / Cause']));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      '会社 / Company': w.company.nameJa,
      '件名 / Title': '顧客リストのメール誤送信',
      '状況 / Status': '報告受付',
      '事象 / Event': '漏えい',
      '種別 / Type': '誤送信',
      '原因 / Cause': '確認不足',
      '媒体 / Medium': '電子媒体',
      '直近の期限 / Nearest deadline': '個人情報保護委員会への速報',
    });
    expect(rows[0]['直近の期限の状況 / Nearest deadline status']).toMatch(/^(期限内|期限間近|本日期限|期限超過)$/);
    const xlsx = await w.manager.get(`/api/v1/incidents/export?companyId=${w.company.id}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await w.staff.get(`/api/v1/incidents/export?companyId=${w.company.id}`)).statusCode).toBe(403);
  });

  it('the running clocks follow the officers: one appointed later gets them, one whose account is disabled loses them', async () => {
    const w = await world();
    const leaving = await f.account(w.company.id, [{ role: 'pms_manager' }]);
    const created = await w.manager.post('/api/v1/incidents', {
      ...shortForm(w.company.id, { personCount: 1500 }),
      awareAt: '2026-06-10T10:00:00+09:00',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const assignees = async () =>
      (
        await f.db.query(
          'SELECT DISTINCT assignee_account_id AS a FROM deadlines WHERE source_id = $1 AND completed_at IS NULL',
          [id],
        )
      ).map((r: { a: string }) => r.a);
    expect(await assignees()).toEqual(expect.arrayContaining([w.managerAccount.id, w.executive.id, leaving.id]));

    // A PMS manager appointed after the last change; the other one leaves (account disabled).
    const appointed = await f.account(w.company.id, [{ role: 'pms_manager' }]);
    await f.db.query('UPDATE accounts SET disabled = true WHERE id = $1', [leaving.id]);
    expect(await assignees()).not.toContain(appointed.id);
    const run = await app.get(IncidentsService).syncClockRecipients();
    expect(run.changed).toBeGreaterThanOrEqual(1);
    const after = await assignees();
    expect(after).toEqual(expect.arrayContaining([w.managerAccount.id, w.executive.id, appointed.id]));
    expect(after).not.toContain(leaving.id);
    // Every clock (PPC and JIPDEC, preliminary and final) is the appointed officer's now.
    const [{ n }] = await f.db.query(
      'SELECT count(*)::int AS n FROM deadlines WHERE source_id = $1 AND assignee_account_id = $2 AND completed_at IS NULL',
      [id, appointed.id],
    );
    expect(n).toBe(4);
    const [event] = await f.auditEvents("entity_id = $1 AND action = 'incident.clock_recipients_changed'", [id]);
    expect(event.actor_account_id).toBeNull();
    expect(event.details.added).toEqual(expect.arrayContaining([appointed.id]));
    expect(event.details.removed).toEqual(expect.arrayContaining([leaving.id]));
  });

  it('demo data: a handful of GMO TECH incidents, one with an overdue clock; a second run changes nothing', async () => {
    const db = app.get(DataSource);
    await runSeeds(db, { demo: true });
    const companyId = demoId('company:gmo-tech');
    const count = async () =>
      db.query(
        `SELECT (SELECT count(*) FROM incidents WHERE company_id = $1)::int AS incidents,
                (SELECT count(*) FROM incident_events WHERE company_id = $1)::int AS events,
                (SELECT count(*) FROM deadlines WHERE company_id = $1 AND source_type LIKE 'incidents.%')::int AS deadlines`,
        [companyId],
      );
    const first = await count();
    expect(first[0].incidents).toBe(5);
    await runSeeds(db, { demo: true });
    expect(await count()).toEqual(first);

    const pms = await f.signIn({ email: 'pms@mamori.example', password: DEMO_PASSWORD });
    const list = (await pms.get(`/api/v1/incidents?companyId=${companyId}`)).json();
    expect(list.total).toBe(5);
    const overdue = list.items.filter(
      (i: { nearestClock: { status: string } | null }) => i.nearestClock?.status === 'overdue',
    );
    expect(overdue.map((i: { title: string }) => i.title)).toEqual([
      '広告配信管理画面への不正アクセスによる会員情報漏えいのおそれ',
    ]);
    expect(
      list.items
        .find((i: { status: string }) => i.status === 'closed')
        .checklist.every((c: { done: boolean }) => c.done),
    ).toBe(true);
    const staff = await f.signIn({ email: 'staff@mamori.example', password: DEMO_PASSWORD });
    expect((await staff.get('/api/v1/incidents')).json().total).toBe(2);
  });
});
