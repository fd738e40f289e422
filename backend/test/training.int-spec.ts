import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../src/platform/auth/clock';
import { addDays, tokyoDate } from '../src/platform/notifications/notification.rules';
import { NotificationsService } from '../src/platform/notifications/notifications.service';
import { createTestApp } from './support/app';
import { Client, Factory, TestAccount, TestCompany } from './support/factories';
import { csvRecords, RAW_UPLOAD, SAMPLE_EXE, SAMPLE_PDF, SAMPLE_PNG } from './support/files';

const TOPICS = ['policy', 'importance', 'roles', 'consequences'];

const courseBody = (companyId: string, overrides: Record<string, unknown> = {}) => ({
  companyId,
  titleJa: '2026年度 個人情報保護教育',
  titleEn: 'FY2026 privacy training',
  bodyJa: '# 個人情報保護方針\n- 方針を守ること',
  bodyEn: '# Privacy policy\n- Follow the policy',
  videoUrls: ['https://video.example.jp/pms-2026'],
  topics: TOPICS,
  annual: true,
  passMark: 100,
  pledgeJa: '私は個人情報保護方針を遵守します。',
  pledgeEn: 'I will follow the privacy policy.',
  questions: [
    {
      id: 'q1',
      kind: 'single',
      textJa: '個人情報を社外に持ち出すときは？',
      textEn: 'Taking personal data outside?',
      options: [
        { id: 'a', textJa: '承認を得る', textEn: 'Get approval', correct: true },
        { id: 'b', textJa: '自由に持ち出す', textEn: 'Freely', correct: false },
      ],
    },
    {
      id: 'q2',
      kind: 'multiple',
      textJa: '違反の結果は？',
      textEn: 'Consequences of violations?',
      options: [
        { id: 'x', textJa: '懲戒', textEn: 'Discipline', correct: true },
        { id: 'y', textJa: '信用の失墜', textEn: 'Loss of trust', correct: true },
        { id: 'z', textJa: '何もない', textEn: 'Nothing', correct: false },
      ],
    },
  ],
  ...overrides,
});

const RIGHT = [
  { questionId: 'q1', optionIds: ['a'] },
  { questionId: 'q2', optionIds: ['x', 'y'] },
];
const WRONG = [
  { questionId: 'q1', optionIds: ['b'] },
  { questionId: 'q2', optionIds: ['x'] },
];

describe('training: courses, campaigns, my training, attestations', () => {
  let app: NestFastifyApplication;
  let f: Factory;
  const today = () => tokyoDate(app.get(Clock).now());
  /** Every response body a staff member received before submitting, to prove no answer leaked. */
  const seenByStaff: string[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function world() {
    const company = await f.company();
    const sales = await f.department(company.id, { name: '営業部' });
    const dev = await f.department(company.id, { name: '開発部' });
    const manager = await f.account(company.id, [{ role: 'pms_manager' }]);
    const pms = await f.signIn(manager);
    const staffAccount = await f.account(company.id, [{ role: 'staff' }]);
    await f.db.query('UPDATE people SET department_id = $2 WHERE id = $1', [staffAccount.personId, sales.id]);
    const deptManagerAccount = await f.account(company.id, [{ role: 'dept_manager' }]);
    await f.db.query('UPDATE people SET department_id = $2 WHERE id = $1', [deptManagerAccount.personId, sales.id]);
    // The rest of the roster: every kind of staff, one leaver.
    for (const employmentType of ['officer', 'contract', 'part_time', 'dispatched'])
      await f.person(company.id, { employmentType, departmentId: dev.id });
    await f.person(company.id, { active: false, departmentId: dev.id });
    return { company, sales, dev, manager, pms, staffAccount, deptManagerAccount };
  }

  async function publishedCourse(pms: Client, company: TestCompany) {
    const created = await pms.post('/api/v1/training/courses', courseBody(company.id));
    expect(created.statusCode).toBe(201);
    const published = await pms.post(`/api/v1/training/courses/${created.json().id}/publish`, { version: 1 });
    expect(published.statusCode).toBe(200);
    return published.json();
  }

  async function campaign(
    pms: Client,
    company: TestCompany,
    courseId: string,
    overrides: Record<string, unknown> = {},
  ) {
    const res = await pms.post('/api/v1/training/campaigns', {
      companyId: company.id,
      courseId,
      titleJa: '2026年度 年次教育',
      titleEn: 'FY2026 annual training',
      audience: { companyIds: [company.id], departmentIds: [], employmentTypes: [] },
      windowStart: addDays(today(), -10),
      windowEnd: addDays(today(), 60),
      dueOn: addDays(today(), 20),
      ...overrides,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  async function staffGet(client: Client, url: string) {
    const res = await client.get(url);
    seenByStaff.push(res.body);
    return res;
  }

  it('an annual course missing a topic is refused with 422 TRAINING_TOPICS_INCOMPLETE; the quiz must be gradable', async () => {
    const { company, pms } = await world();
    const missing = await pms.post(
      '/api/v1/training/courses',
      courseBody(company.id, { topics: ['policy', 'importance', 'roles'] }),
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'TRAINING_TOPICS_INCOMPLETE', missingTopics: ['consequences'] });

    const notAnnual = await pms.post(
      '/api/v1/training/courses',
      courseBody(company.id, { topics: ['policy'], annual: false }),
    );
    expect(notAnnual.statusCode).toBe(201);
    const makeAnnual = await pms.patch(`/api/v1/training/courses/${notAnnual.json().id}`, { annual: true, version: 1 });
    expect(makeAnnual.statusCode).toBe(422);
    expect(makeAnnual.json().code).toBe('TRAINING_TOPICS_INCOMPLETE');

    const badQuiz = courseBody(company.id);
    (badQuiz.questions[0].options as { correct: boolean }[]).forEach((o) => (o.correct = true));
    const refused = await pms.post('/api/v1/training/courses', badQuiz);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'questions.0.options', code: 'SINGLE_NEEDS_ONE_CORRECT' });

    const invalid = await pms.post('/api/v1/training/courses', { ...courseBody(company.id), passMark: 101 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toContain('passMark');
  });

  it('publishing freezes a version; editing a published course publishes the next; drafts only may be deleted', async () => {
    const { company, pms } = await world();
    const course = await publishedCourse(pms, company);
    expect(course).toMatchObject({ status: 'published', publishedVersion: 1 });
    const edited = await pms.patch(
      `/api/v1/training/courses/${course.id}`,
      { titleEn: 'FY2026 privacy training (rev.)' },
      { headers: { 'if-match': `"${course.version}"` } },
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ publishedVersion: 2 });
    expect(edited.json().currentVersionId).not.toBe(course.currentVersionId);
    const versions = await pms.get(`/api/v1/training/courses/${course.id}/versions`);
    expect(versions.json().items.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);

    const stale = await pms.patch(`/api/v1/training/courses/${course.id}`, { titleEn: 'lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const again = await pms.post(`/api/v1/training/courses/${course.id}/publish`, { version: edited.json().version });
    expect(again.statusCode).toBe(409);

    const del = await pms.delete(`/api/v1/training/courses/${course.id}`, {
      headers: { 'if-match': `"${edited.json().version}"` },
    });
    expect(del.statusCode).toBe(409);
    expect(del.json().code).toBe('TRAINING_COURSE_IN_USE');
    await expect(f.db.query('DELETE FROM training_course_versions WHERE course_id = $1', [course.id])).rejects.toThrow(
      /cannot be changed or deleted/,
    );

    const draft = await pms.post('/api/v1/training/courses', courseBody(company.id));
    expect(
      (await pms.delete(`/api/v1/training/courses/${draft.json().id}`, { headers: { 'if-match': '"1"' } })).statusCode,
    ).toBe(204);
    expect(
      await f.count('audit_events', "entity_type = 'training_course' AND entity_id = $1", [course.id]),
    ).toBeGreaterThanOrEqual(4);
  });

  it('a campaign assigns every active person (officers, contract, part-time, dispatched), not leavers; staff are told', async () => {
    const { company, pms, staffAccount } = await world();
    const course = await publishedCourse(pms, company);
    const draft = await pms.post('/api/v1/training/courses', courseBody(company.id));
    const unpublished = await pms.post('/api/v1/training/campaigns', {
      companyId: company.id,
      courseId: draft.json().id,
      titleJa: 'x',
      titleEn: 'x',
      audience: { companyIds: [company.id], departmentIds: [], employmentTypes: [] },
      windowStart: today(),
      windowEnd: addDays(today(), 30),
      dueOn: addDays(today(), 10),
    });
    expect(unpublished.statusCode).toBe(422);
    expect(unpublished.json().code).toBe('TRAINING_COURSE_NOT_PUBLISHED');

    const outside = await pms.post('/api/v1/training/campaigns', {
      companyId: company.id,
      courseId: course.id,
      titleJa: 'x',
      titleEn: 'x',
      audience: { companyIds: [company.id], departmentIds: [], employmentTypes: [] },
      windowStart: today(),
      windowEnd: addDays(today(), 30),
      dueOn: addDays(today(), 40),
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({ field: 'dueOn', code: 'OUTSIDE_WINDOW' });

    const other = await f.company();
    const foreign = await pms.post('/api/v1/training/campaigns', {
      companyId: company.id,
      courseId: course.id,
      titleJa: 'x',
      titleEn: 'x',
      audience: { companyIds: [other.id], departmentIds: [], employmentTypes: [] },
      windowStart: today(),
      windowEnd: addDays(today(), 30),
      dueOn: addDays(today(), 10),
    });
    expect(foreign.statusCode).toBe(422);

    const created = await campaign(pms, company, course.id);
    // 3 accounts (pms, staff, dept manager) + 4 kinds of staff; the leaver is left out.
    expect(created.counts).toMatchObject({ total: 7, open: 7, passed: 0 });
    const types = await f.db.query(
      'SELECT employment_type, count(*)::int AS n FROM training_assignments WHERE campaign_id = $1 GROUP BY 1 ORDER BY 1',
      [created.id],
    );
    expect(types.map((t: { employment_type: string }) => t.employment_type)).toEqual([
      'contract',
      'dispatched',
      'officer',
      'part_time',
      'regular',
    ]);
    const notices = await f.db.query(
      "SELECT params FROM notifications WHERE recipient_account_id = $1 AND event_type = 'assigned'",
      [staffAccount.id],
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].params).toMatchObject({ titleJa: '2026年度 年次教育', sourceType: 'training.assignment' });
    expect(
      await f.count('deadlines', "source_type = 'training.assignment' AND assignee_account_id = $1", [staffAccount.id]),
    ).toBe(1);

    const narrow = await campaign(pms, company, course.id, {
      audience: { companyIds: [company.id], departmentIds: [], employmentTypes: ['contract', 'dispatched'] },
    });
    expect(narrow.counts.total).toBe(2);
  });

  it('staff read the quiz without answers, fail, retry, pass with the pledge; the attestation is immutable', async () => {
    const { company, pms, staffAccount } = await world();
    const course = await publishedCourse(pms, company);
    await campaign(pms, company, course.id);
    const staff = await f.signIn(staffAccount);

    const mine = await staffGet(staff, '/api/v1/training/me/assignments');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toHaveLength(1);
    const assignmentId = mine.json().items[0].id;
    const detail = await staffGet(staff, `/api/v1/training/me/assignments/${assignmentId}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.course.questions.map((q: { id: string }) => q.id).sort()).toEqual(['q1', 'q2']);
    expect(detail.body).not.toMatch(/correct/i);
    const versionId = body.course.versionId;

    // Someone else cannot see or answer it.
    const stranger = await f.signIn(await f.account(company.id, [{ role: 'staff' }]));
    expect((await stranger.get(`/api/v1/training/me/assignments/${assignmentId}`)).statusCode).toBe(404);
    const foreign = await stranger.post(`/api/v1/training/me/assignments/${assignmentId}/attempts`, {
      courseVersionId: versionId,
      answers: RIGHT,
      pledgeAccepted: true,
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (
        await pms.post(`/api/v1/training/me/assignments/${assignmentId}/attempts`, {
          courseVersionId: versionId,
          answers: RIGHT,
          pledgeAccepted: true,
        })
      ).statusCode,
    ).toBe(404);

    // An unknown option is bad input, never graded.
    const unknown = await staff.post(`/api/v1/training/me/assignments/${assignmentId}/attempts`, {
      courseVersionId: versionId,
      answers: [{ questionId: 'q1', optionIds: ['nope'] }, RIGHT[1]],
      pledgeAccepted: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'answers.0.optionIds', code: 'UNKNOWN_OPTION' });
    const noPledge = await staff.post(`/api/v1/training/me/assignments/${assignmentId}/attempts`, {
      courseVersionId: versionId,
      answers: RIGHT,
      pledgeAccepted: false,
    });
    expect(noPledge.statusCode).toBe(400);
    expect(await f.count('training_attempts', 'assignment_id = $1', [assignmentId])).toBe(0);

    const fail = await staff.post(`/api/v1/training/me/assignments/${assignmentId}/attempts`, {
      courseVersionId: versionId,
      answers: WRONG,
      pledgeAccepted: true,
    });
    expect(fail.statusCode).toBe(201);
    expect(fail.json()).toMatchObject({ passed: false, score: 0, attestationId: null });
    expect(fail.body).not.toMatch(/"options"/);
    const retry = await staffGet(staff, `/api/v1/training/me/assignments/${assignmentId}`);
    expect(retry.json()).toMatchObject({ state: 'open', attempts: 1, bestScore: 0 });

    const pass = await staff.post(
      `/api/v1/training/me/assignments/${assignmentId}/attempts`,
      { courseVersionId: versionId, answers: RIGHT, pledgeAccepted: true },
      { headers: { 'x-forwarded-for': '203.0.113.7' } },
    );
    expect(pass.statusCode).toBe(201);
    expect(pass.json()).toMatchObject({ passed: true, score: 100, correct: 2, total: 2 });
    const attestationId = pass.json().attestationId;

    const after = await staff.post(`/api/v1/training/me/assignments/${assignmentId}/attempts`, {
      courseVersionId: versionId,
      answers: RIGHT,
      pledgeAccepted: true,
    });
    expect(after.statusCode).toBe(409);
    expect(after.json().code).toBe('TRAINING_ALREADY_PASSED');

    const certificate = await staff.get(`/api/v1/training/attestations/${attestationId}`);
    expect(certificate.statusCode).toBe(200);
    expect(certificate.json()).toMatchObject({
      score: 100,
      courseVersionId: versionId,
      courseVersionNo: 1,
      pledgeText: expect.stringContaining('私は個人情報保護方針を遵守します。'),
    });
    expect((await stranger.get(`/api/v1/training/attestations/${attestationId}`)).statusCode).toBe(404);
    expect((await pms.get(`/api/v1/training/attestations/${attestationId}`)).statusCode).toBe(200);

    expect((await staff.patch(`/api/v1/training/attestations/${attestationId}`, { score: 0 })).statusCode).toBe(405);
    expect((await pms.delete(`/api/v1/training/attestations/${attestationId}`)).statusCode).toBe(405);
    await expect(f.db.query('UPDATE training_attempts SET score = 0 WHERE id = $1', [attestationId])).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    // The course moves on; the attestation keeps the version taken.
    const current = await pms.get(`/api/v1/training/courses/${course.id}`);
    await pms.patch(`/api/v1/training/courses/${course.id}`, { titleJa: '改訂版', version: current.json().version });
    expect((await staff.get(`/api/v1/training/attestations/${attestationId}`)).json().courseVersionNo).toBe(1);

    expect(
      await f.count(
        'audit_events',
        "action IN ('training_attempt.failed', 'training_attempt.passed') AND details->>'assignmentId' = $1",
        [assignmentId],
      ),
    ).toBe(2);
    expect(await f.count('deadlines', 'source_id = $1 AND completed_at IS NOT NULL', [assignmentId])).toBe(1);
  });

  it('no response to staff before submission carries the correct options', () => {
    expect(seenByStaff.length).toBeGreaterThan(2);
    for (const body of seenByStaff) expect(body).not.toMatch(/correct/i);
  });

  it('progress by company, department and employment type; department managers see their own department', async () => {
    const { company, sales, pms, staffAccount, deptManagerAccount } = await world();
    const course = await publishedCourse(pms, company);
    const c = await campaign(pms, company, course.id);
    const staff = await f.signIn(staffAccount);
    const [a] = (await staff.get('/api/v1/training/me/assignments')).json().items;
    const v = (await staff.get(`/api/v1/training/me/assignments/${a.id}`)).json().course.versionId;
    await staff.post(`/api/v1/training/me/assignments/${a.id}/attempts`, {
      courseVersionId: v,
      answers: RIGHT,
      pledgeAccepted: true,
    });

    const progress = (await pms.get(`/api/v1/training/campaigns/${c.id}/progress`)).json();
    expect(progress.departmentOnly).toBe(false);
    expect(progress.overall).toMatchObject({ total: 7, passed: 1, open: 6, rate: 14.3 });
    expect(progress.byCompany).toEqual([
      { key: company.id, label: company.nameJa, total: 7, passed: 1, open: 6, overdue: 0, rate: 14.3 },
    ]);
    expect(progress.byDepartment.find((d: { key: string }) => d.key === sales.id)).toMatchObject({
      label: '営業部',
      total: 2,
      passed: 1,
      rate: 50,
    });
    expect(progress.byEmploymentType.map((g: { key: string }) => g.key).sort()).toEqual([
      'contract',
      'dispatched',
      'officer',
      'part_time',
      'regular',
    ]);

    const dm = await f.signIn(deptManagerAccount);
    const own = (await dm.get(`/api/v1/training/campaigns/${c.id}/progress`)).json();
    expect(own.departmentOnly).toBe(true);
    expect(own.overall).toMatchObject({ total: 2, passed: 1, rate: 50 });
    expect(own.byDepartment.map((d: { key: string }) => d.key)).toEqual([sales.id]);
    const list = (await dm.get(`/api/v1/training/campaigns/${c.id}/assignments`)).json();
    expect(list.total).toBe(2);
    expect(
      await f.count('deadlines', "source_type = 'training.department' AND assignee_account_id = $1", [
        deptManagerAccount.id,
      ]),
    ).toBe(1);

    // Overdue list, CSV export, summary.
    await f.db.query(
      "UPDATE training_assignments SET due_on = $2::date WHERE campaign_id = $1 AND status = 'assigned'",
      [c.id, addDays(today(), -1)],
    );
    const overdue = (await pms.get(`/api/v1/training/campaigns/${c.id}/assignments?state=overdue&limit=2`)).json();
    expect(overdue.total).toBe(6);
    expect(overdue.items).toHaveLength(2);
    const csv = await pms.get(`/api/v1/training/campaigns/${c.id}/assignments/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(8);
    // States, kinds and employment types by their names; the pass in Japan time.
    const attendees = csvRecords(csv.body).rows;
    expect(attendees.filter((r) => r['状況 / Status'] === '期限超過')).toHaveLength(6);
    const passedRow = attendees.find((r) => r['状況 / Status'] === '合格');
    expect(passedRow).toMatchObject({ '種別 / Kind': '通常' });
    expect(passedRow?.['合格日時 / Passed at']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(
      attendees.every((r) =>
        ['役員', '正社員', '契約社員', 'パート・アルバイト', '派遣社員'].includes(r['雇用区分 / Employment type']),
      ),
    ).toBe(true);
    const summary = (await pms.get(`/api/v1/training/campaigns/${c.id}/summary`)).json();
    expect(summary).toMatchObject({ courseVersionNo: 1, averageScore: 100, topics: TOPICS });
    expect(summary.progress.overall.overdue).toBe(6);

    const xlsx = await pms.get(`/api/v1/training/campaigns/${c.id}/assignments/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const badFormat = await pms.get(`/api/v1/training/campaigns/${c.id}/assignments/export?format=pdf`);
    expect(badFormat.statusCode).toBe(400);
  });

  it('a new due date moves the open assignments on the old one; a date outside the window is refused', async () => {
    const { company, pms } = await world();
    const course = await publishedCourse(pms, company);
    const c = await campaign(pms, company, course.id);
    const outside = await pms.request('PATCH', `/api/v1/training/campaigns/${c.id}`, {
      payload: { dueOn: addDays(c.windowEnd, 5), version: c.version },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([expect.objectContaining({ field: 'dueOn', code: 'OUTSIDE_WINDOW' })]);
    const backwards = await pms.request('PATCH', `/api/v1/training/campaigns/${c.id}`, {
      payload: { windowEnd: addDays(c.windowStart, -1), version: c.version },
    });
    expect(backwards.json().errors.map((e: { code: string }) => e.code)).toContain('BEFORE_WINDOW_START');

    const moved = await pms.request('PATCH', `/api/v1/training/campaigns/${c.id}`, {
      payload: { dueOn: addDays(c.windowEnd, 5), windowEnd: addDays(c.windowEnd, 10), version: c.version },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ dueOn: addDays(c.windowEnd, 5), windowEnd: addDays(c.windowEnd, 10) });
    expect(
      await f.count('training_assignments', "campaign_id = $1 AND status = 'assigned' AND due_on <> $2::date", [
        c.id,
        addDays(c.windowEnd, 5),
      ]),
    ).toBe(0);
  });

  it('closing a campaign stops its reminders and the assignment of new hires; reopening starts both again', async () => {
    const { company, dev, pms, staffAccount } = await world();
    const course = await publishedCourse(pms, company);
    const c = await campaign(pms, company, course.id);
    const reminders = () =>
      f.count(
        'deadlines',
        "source_type = 'training.assignment' AND source_id IN (SELECT id FROM training_assignments WHERE campaign_id = $1)",
        [c.id],
      );
    expect(await reminders()).toBeGreaterThan(0);

    const stale = await pms.request('PATCH', `/api/v1/training/campaigns/${c.id}`, {
      payload: { status: 'closed', version: c.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    const closed = await pms.request('PATCH', `/api/v1/training/campaigns/${c.id}`, {
      payload: { status: 'closed', version: c.version },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', version: c.version + 1 });
    expect(await reminders()).toBe(0);
    expect(
      await f.count(
        'audit_events',
        "action = 'training_campaign.updated' AND entity_id = $1 AND details->'changes' ? 'status'",
        [c.id],
      ),
    ).toBe(1);
    // The records stay: the staff member still has the assignment and can take the course.
    const mine = (await (await f.signIn(staffAccount)).get('/api/v1/training/me/assignments')).json();
    expect(mine.items.map((a: { campaignId: string }) => a.campaignId)).toContain(c.id);
    // A closed campaign takes no new hires.
    await f.person(company.id, { departmentId: dev.id, hireDate: today() });
    expect((await pms.post(`/api/v1/training/campaigns/${c.id}/sync`)).json()).toMatchObject({ assigned: 0 });
    expect((await pms.get(`/api/v1/training/campaigns?companyId=${company.id}&status=closed`)).json().total).toBe(1);
    expect((await pms.get(`/api/v1/training/campaigns?companyId=${company.id}&status=open`)).json().total).toBe(0);

    const reopened = await pms.request('PATCH', `/api/v1/training/campaigns/${c.id}`, {
      payload: { status: 'open', version: c.version + 1 },
    });
    expect(reopened.json()).toMatchObject({ status: 'open', version: c.version + 2 });
    expect(await reminders()).toBeGreaterThan(0);
    expect((await pms.post(`/api/v1/training/campaigns/${c.id}/sync`)).json()).toMatchObject({ assigned: 1 });

    const wrong = await pms.request('PATCH', `/api/v1/training/campaigns/${c.id}`, {
      payload: { status: 'archived', version: c.version + 2 },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ field: 'status', code: 'NOT_ALLOWED_VALUE' });
  });

  it('new hires in the window are assigned, leavers withdrawn; absentees get a make-up (補講)', async () => {
    const { company, dev, pms } = await world();
    const course = await publishedCourse(pms, company);
    const c = await campaign(pms, company, course.id);
    const newHire = await f.person(company.id, { departmentId: dev.id, hireDate: today() });
    const [leaver] = await f.db.query(
      "SELECT person_id FROM training_assignments WHERE campaign_id = $1 AND employment_type = 'contract'",
      [c.id],
    );
    await f.db.query('UPDATE people SET active = false, leave_date = $2 WHERE id = $1', [leaver.person_id, today()]);
    const synced = await pms.post(`/api/v1/training/campaigns/${c.id}/sync`);
    expect(synced.statusCode).toBe(200);
    expect(synced.json()).toEqual({ assigned: 1, withdrawn: 1 });
    expect((await pms.post(`/api/v1/training/campaigns/${c.id}/sync`)).json()).toEqual({ assigned: 0, withdrawn: 0 });
    expect(
      await f.count('training_assignments', "campaign_id = $1 AND person_id = $2 AND status = 'assigned'", [
        c.id,
        newHire.id,
      ]),
    ).toBe(1);
    const progress = (await pms.get(`/api/v1/training/campaigns/${c.id}/progress`)).json();
    expect(progress.overall).toMatchObject({ total: 7, withdrawn: 1 });

    // Make-up only for absentees.
    const notAbsent = await pms.post(`/api/v1/training/campaigns/${c.id}/makeup`, {
      personIds: [newHire.id],
      dueOn: addDays(today(), 14),
    });
    expect(notAbsent.statusCode).toBe(400);
    expect(notAbsent.json().errors[0].code).toBe('NOT_ABSENT');
    await f.db.query('UPDATE training_assignments SET due_on = $2::date WHERE campaign_id = $1 AND person_id = $3', [
      c.id,
      addDays(today(), -3),
      newHire.id,
    ]);
    const makeUp = await pms.post(`/api/v1/training/campaigns/${c.id}/makeup`, {
      personIds: [newHire.id],
      dueOn: addDays(today(), 14),
    });
    expect(makeUp.statusCode).toBe(201);
    expect(makeUp.json()).toEqual({ created: 1 });
    const twice = await pms.post(`/api/v1/training/campaigns/${c.id}/makeup`, {
      personIds: [newHire.id],
      dueOn: addDays(today(), 14),
    });
    expect(twice.json().errors[0].code).toBe('MAKEUP_OPEN');
  });

  it('lists people with no annual course passed in 365 days (R-ED-01)', async () => {
    const { company, pms, staffAccount } = await world();
    const course = await publishedCourse(pms, company);
    await campaign(pms, company, course.id);
    const before = (await pms.get(`/api/v1/training/coverage?companyId=${company.id}`)).json();
    expect(before.total).toBe(7);
    const staff = await f.signIn(staffAccount);
    const [a] = (await staff.get('/api/v1/training/me/assignments')).json().items;
    const v = (await staff.get(`/api/v1/training/me/assignments/${a.id}`)).json().course.versionId;
    await staff.post(`/api/v1/training/me/assignments/${a.id}/attempts`, {
      courseVersionId: v,
      answers: RIGHT,
      pledgeAccepted: true,
    });
    const after = (await pms.get(`/api/v1/training/coverage?companyId=${company.id}`)).json();
    expect(after.total).toBe(6);
    expect(after.items.map((r: { personId: string }) => r.personId)).not.toContain(staffAccount.personId);

    // Narrowed by the search box (name, kana, employee number) and the employment type.
    const someone = after.items[0];
    const found = (
      await pms.get(`/api/v1/training/coverage?companyId=${company.id}&q=${encodeURIComponent(someone.employeeNumber)}`)
    ).json();
    expect(found.items.map((r: { personId: string }) => r.personId)).toEqual([someone.personId]);
    const type = someone.employmentType;
    const ofType = (await pms.get(`/api/v1/training/coverage?companyId=${company.id}&employmentType=${type}`)).json();
    expect(ofType.total).toBe(after.items.filter((r: { employmentType: string }) => r.employmentType === type).length);
    expect(ofType.items.every((r: { employmentType: string }) => r.employmentType === type)).toBe(true);
    const badType = await pms.get(`/api/v1/training/coverage?companyId=${company.id}&employmentType=intern`);
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0]).toMatchObject({ field: 'employmentType', code: 'NOT_ALLOWED_VALUE' });

    // The same people as a file, for the officer who follows them up: names, not codes.
    const csv = await pms.get(`/api/v1/training/coverage/export?companyId=${company.id}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="training-coverage-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const { header, rows } = csvRecords(csv.body);
    expect(header).toEqual([
      '会社 / Company',
      '部署 / Department',
      '社員番号 / Employee number',
      '氏名 / Name',
      '雇用区分 / Employment type',
      '最終修了日 / Last annual course passed',
    ]);
    expect(rows.map((r) => r['社員番号 / Employee number']).sort()).toEqual(
      after.items.map((r: { employeeNumber: string }) => r.employeeNumber).sort(),
    );
    expect(rows.every((r) => r['最終修了日 / Last annual course passed'] === '未受講')).toBe(true);
    expect(rows.every((r) => r['会社 / Company'] === after.items[0].companyName)).toBe(true);
    expect(
      rows.every((r) =>
        ['役員', '正社員', '契約社員', 'パート・アルバイト', '派遣社員'].includes(r['雇用区分 / Employment type']),
      ),
    ).toBe(true);
    // The file follows the list's filters.
    const narrowed = await pms.get(
      `/api/v1/training/coverage/export?companyId=${company.id}&q=${encodeURIComponent(someone.employeeNumber)}`,
    );
    expect(csvRecords(narrowed.body).rows.map((r) => r['社員番号 / Employee number'])).toEqual([
      someone.employeeNumber,
    ]);
    const xlsx = await pms.get(`/api/v1/training/coverage/export?companyId=${company.id}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const badFormat = await pms.get(`/api/v1/training/coverage/export?companyId=${company.id}&format=pdf`);
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().errors[0]).toMatchObject({ field: 'format', code: 'NOT_ALLOWED_VALUE' });
    const unknown = await pms.get(`/api/v1/training/coverage/export?companyId=${company.id}&sort=name`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'sort', code: 'UNKNOWN_FIELD' });

    // The dashboard counts from the totals the database keeps per company and date of the last pass:
    // they follow the attestation, a hire, a leaver and a deletion, always equal to the list.
    const figure = async () =>
      (await pms.get(`/api/v1/dashboard/summary?companyId=${company.id}`))
        .json()
        .figures.find((x: { key: string }) => x.key === 'training.notCovered').value;
    const listTotal = async () => (await pms.get(`/api/v1/training/coverage?companyId=${company.id}`)).json().total;
    expect(await figure()).toBe(6);
    const newPerson = (employeeNumber: string, employmentType: string) =>
      pms.post('/api/v1/people', {
        companyId: company.id,
        employeeNumber,
        familyName: '新人',
        givenName: '太郎',
        familyNameKana: 'シンジン',
        givenNameKana: 'タロウ',
        employmentType,
      });
    const hire = await newPerson(`H${Date.now()}`, 'regular');
    expect(hire.statusCode).toBe(201);
    expect([await figure(), await listTotal()]).toEqual([7, 7]);
    const leaver = await pms.request('PATCH', `/api/v1/people/${hire.json().id}`, {
      payload: { active: false, leaveDate: today(), version: hire.json().version },
    });
    expect(leaver.statusCode).toBe(200);
    expect([await figure(), await listTotal()]).toEqual([6, 6]);
    const mistake = await newPerson(`M${Date.now()}`, 'contract');
    expect([await figure(), await listTotal()]).toEqual([7, 7]);
    const removed = await pms.request('DELETE', `/api/v1/people/${mistake.json().id}`, {
      headers: { 'if-match': `"${mistake.json().version}"` },
    });
    expect(removed.statusCode).toBe(204);
    expect([await figure(), await listTotal()]).toEqual([6, 6]);
  });

  it('without a company, the coverage list spans every company the caller reads, a department manager only their departments', async () => {
    const a = await world();
    const b = await world();
    // PMS manager of a, department manager of b's sales department (where the person works).
    const both = await f.account(b.company.id, [
      { role: 'dept_manager' },
      { role: 'pms_manager', companyId: a.company.id },
    ]);
    await f.db.query('UPDATE people SET department_id = $2 WHERE id = $1', [both.personId, b.sales.id]);
    const client = await f.signIn(both);
    const all = (await client.get('/api/v1/training/coverage?limit=200')).json();
    const inB = (await client.get(`/api/v1/training/coverage?companyId=${b.company.id}`)).json();
    expect(inB.total).toBe(3);
    expect(all.total).toBe(7 + inB.total);
    expect(all.items.filter((r: { companyId: string }) => r.companyId === a.company.id)).toHaveLength(7);
    expect(
      new Set(
        all.items
          .filter((r: { companyId: string }) => r.companyId === b.company.id)
          .map((r: { personId: string }) => r.personId),
      ),
    ).toEqual(new Set(inB.items.map((r: { personId: string }) => r.personId)));
    expect(all.items[0]).toMatchObject({ companyName: expect.any(String), lastPassedOn: null });
    // Someone else's company is not in a PMS manager's list.
    const own = (await a.pms.get('/api/v1/training/coverage')).json();
    expect(own.total).toBe(7);
    expect(own.items.every((r: { companyId: string }) => r.companyId === a.company.id)).toBe(true);

    // The export covers the same people, whatever the page size; another company's answers 404.
    const file = csvRecords((await client.get('/api/v1/training/coverage/export')).body).rows;
    expect(file).toHaveLength(all.total);
    expect(new Set(file.map((r) => r['会社 / Company']))).toEqual(
      new Set(all.items.map((r: { companyName: string }) => r.companyName)),
    );
    const deptFile = csvRecords((await client.get(`/api/v1/training/coverage/export?companyId=${b.company.id}`)).body);
    expect(deptFile.rows).toHaveLength(inB.total);
    const foreign = await a.pms.get(`/api/v1/training/coverage/export?companyId=${b.company.id}`);
    expect(foreign.statusCode).toBe(404);
  });

  it("course files: type checked, audited, frozen with each version; staff download only their version's", async () => {
    const { company, pms, staffAccount } = await world();
    const draft = (await pms.post('/api/v1/training/courses', courseBody(company.id))).json();
    const files = `/api/v1/training/courses/${draft.id}/attachments`;

    // A draft's file: stored and audited, no version yet.
    const handout = await pms.post(
      `${files}?fileName=${encodeURIComponent('個人情報保護方針.pdf')}`,
      SAMPLE_PDF,
      RAW_UPLOAD,
    );
    expect(handout.statusCode).toBe(201);
    expect(handout.json()).toMatchObject({
      ownerType: 'training_course',
      ownerId: draft.id,
      contentType: 'application/pdf',
    });
    expect(await f.count('audit_events', "action = 'attachment.created' AND entity_id = $1", [handout.json().id])).toBe(
      1,
    );
    const refused = await pms.post(`${files}?fileName=handout.pdf`, SAMPLE_EXE, RAW_UPLOAD);
    expect(refused.statusCode).toBe(415);
    expect(refused.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect((await pms.get(files)).json()).toHaveLength(1);

    // Publishing freezes the files with version 1; a file added later is version 2's only.
    const v1 = (await pms.post(`/api/v1/training/courses/${draft.id}/publish`, { version: 1 })).json();
    expect(v1.publishedVersion).toBe(1);
    await campaign(pms, company, draft.id);
    const staff = await f.signIn(staffAccount);
    const [assignment] = (await staffGet(staff, '/api/v1/training/me/assignments')).json().items;
    const read = (await staffGet(staff, `/api/v1/training/me/assignments/${assignment.id}`)).json();
    expect(read.course.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['個人情報保護方針.pdf']);
    const mine = `/api/v1/training/me/assignments/${assignment.id}/attachments`;
    const down = await staff.get(`${mine}/${handout.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-disposition']).toContain('attachment');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.rawPayload.equals(SAMPLE_PDF)).toBe(true);

    const added = await pms.post(`${files}?fileName=diagram.png`, SAMPLE_PNG, RAW_UPLOAD);
    expect(added.statusCode).toBe(201);
    const after = (await pms.get(`/api/v1/training/courses/${draft.id}`)).json();
    expect(after.publishedVersion).toBe(2);
    const versions = await f.db.query(
      `SELECT version_no, jsonb_array_length(content->'attachments') AS files
         FROM training_course_versions WHERE course_id = $1 ORDER BY version_no`,
      [draft.id],
    );
    expect(versions).toEqual([
      { version_no: 1, files: 1 },
      { version_no: 2, files: 2 },
    ]);
    // Staff read the current version: both files; a file of another course is not theirs.
    expect((await staffGet(staff, mine)).json()).toHaveLength(2);
    expect((await staff.get(`${mine}/${added.json().id}`)).statusCode).toBe(200);
    const other = (await pms.post('/api/v1/training/courses', courseBody(company.id))).json();
    const foreignFile = await pms.post(
      `/api/v1/training/courses/${other.id}/attachments?fileName=x.pdf`,
      SAMPLE_PDF,
      RAW_UPLOAD,
    );
    expect((await staff.get(`${mine}/${foreignFile.json().id}`)).statusCode).toBe(404);

    // Staff cannot manage course files; another company's officer does not see them.
    expect((await staff.get(files)).statusCode).toBe(403);
    expect((await staff.post(`${files}?fileName=a.pdf`, SAMPLE_PDF, RAW_UPLOAD)).statusCode).toBe(403);
    const { client: outsider } = await f.signedIn('pms_manager');
    expect((await outsider.get(files)).statusCode).toBe(404);
    expect((await outsider.get(`${files}/${handout.json().id}`)).statusCode).toBe(404);
    expect((await outsider.post(`${files}?fileName=a.pdf`, SAMPLE_PDF, RAW_UPLOAD)).statusCode).toBe(404);

    // Deleting a never-published draft removes its files too.
    const other2 = (await pms.get(`/api/v1/training/courses/${other.id}`)).json();
    const removed = await pms.delete(`/api/v1/training/courses/${other.id}`, {
      headers: { 'if-match': `"${other2.version}"` },
    });
    expect(removed.statusCode).toBe(204);
    expect(await f.count('attachments', 'owner_id = $1', [other.id])).toBe(0);
  });

  it("another company's course, campaign and assignments answer 404; staff cannot manage training", async () => {
    const { company, pms } = await world();
    const course = await publishedCourse(pms, company);
    const c = await campaign(pms, company, course.id);
    const { client: outsider } = await f.signedIn('pms_manager');
    expect((await outsider.get(`/api/v1/training/courses/${course.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/training/campaigns/${c.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/training/campaigns/${c.id}/progress`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/v1/training/campaigns/${c.id}/sync`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/training/courses')).json().items).toEqual([]);
    const staff: TestAccount = await f.account(company.id, [{ role: 'staff' }]);
    const client = await f.signIn(staff);
    expect((await client.get('/api/v1/training/campaigns')).statusCode).toBe(403);
    expect((await client.post('/api/v1/training/courses', courseBody(company.id))).statusCode).toBe(403);
    expect((await client.get('/api/v1/training/me/assignments/not-a-uuid')).statusCode).toBe(400);
  });

  it('the notices job sends what was left and the reminder job reminds staff and department managers', async () => {
    const { company, pms, staffAccount, deptManagerAccount } = await world();
    const course = await publishedCourse(pms, company);
    const c = await campaign(pms, company, course.id, { dueOn: addDays(today(), 7) });
    await f.db.query('UPDATE training_assignments SET notice_sent_at = NULL WHERE campaign_id = $1', [c.id]);
    await f.db.query("DELETE FROM notifications WHERE event_type = 'assigned' AND recipient_account_id = $1", [
      staffAccount.id,
    ]);
    const { CampaignsService } = await import('../src/domains/training/campaigns.service');
    expect((await app.get(CampaignsService).sendPendingNotices()).sent).toBeGreaterThanOrEqual(3);
    await app.get(NotificationsService).sendReminders(app.get(Clock).now());
    for (const account of [staffAccount, deptManagerAccount]) {
      const kinds = await f.db.query(
        'SELECT event_type FROM notifications WHERE recipient_account_id = $1 ORDER BY 1',
        [account.id],
      );
      expect(kinds.map((k: { event_type: string }) => k.event_type)).toContain('due_soon');
    }
  });
});
