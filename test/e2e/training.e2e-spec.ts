import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { BASE_URL, launchBrowser, newPage, screenshot, screenshots } from './support/browser';
import { signIn } from './support/session';
import { SAMPLE_PDF } from './support/files';

const COURSE_JA = 'E2E 個人情報保護教育';
const CAMPAIGN_JA = 'E2E 年次教育';

async function xsrf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN');
  if (!cookie) throw new Error('no XSRF-TOKEN cookie');
  return cookie.value;
}

async function api<T>(context: BrowserContext, path: string): Promise<T> {
  const res = await context.request.get(`${BASE_URL()}${path}`);
  if (!res.ok()) throw new Error(`${path}: ${res.status()}`);
  return (await res.json()) as T;
}

/** The person behind a demo account, through the accounts and people registers (pms_manager may read them). */
async function personOf(context: BrowserContext, email: string) {
  const accounts = await api<{ items: { email: string; personId: string }[] }>(
    context,
    `/api/v1/accounts?q=${encodeURIComponent(email)}`,
  );
  const account = accounts.items.find((a) => a.email === email);
  if (!account) throw new Error(`no account ${email}`);
  return api<{ id: string; departmentId: string | null; version: number }>(
    context,
    `/api/v1/people/${account.personId}`,
  );
}

/** Answers the quiz on the page: the first question's option by its text, the pledge, submit. */
async function answer(page: Page, right: boolean) {
  const option = page.locator('[data-question] mat-radio-button', { hasText: right ? '承認を得る' : '自由に持ち出す' });
  await option.locator('input').check();
  await page.locator('mat-checkbox.accept input').check();
  await page.locator('button.submit').click();
}

describe('training: course, campaign, staff attestation, department progress, summary', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('pms_manager builds the course and campaign; staff fail once, pass and pledge; the manager sees the new rate', async () => {
    // The PMS manager: staff and their department manager sit in the same department.
    const pms = await newPage(browser, { bypassCSP: true });
    await signIn(pms.page, 'pms@mamori.example');
    const staffPerson = await personOf(pms.context, 'staff@mamori.example');
    const managerPerson = await personOf(pms.context, 'manager@mamori.example');
    if (staffPerson.departmentId !== managerPerson.departmentId) {
      const res = await pms.context.request.patch(`${BASE_URL()}/api/v1/people/${staffPerson.id}`, {
        data: { departmentId: managerPerson.departmentId },
        headers: { 'x-xsrf-token': await xsrf(pms.context), 'if-match': `"${staffPerson.version}"` },
      });
      expect(res.status()).toBe(200);
    }

    // Course editor.
    await pms.page.goto(`${BASE_URL()}/training/courses/new`);
    const p = pms.page;
    await p.locator('input[name="titleJa"]').fill(COURSE_JA);
    await p.locator('input[name="titleEn"]').fill('E2E privacy training');
    await p
      .locator('textarea[name="bodyJa"]')
      .fill('# 個人情報保護方針\n- 持ち出しには承認が必要です\n# 違反した場合\n- 懲戒の対象です');
    await p.locator('textarea[name="bodyEn"]').fill('# Privacy policy\n- Taking data out needs approval');
    for (const topic of ['policy', 'importance', 'roles']) await p.locator(`[data-topic="${topic}"] input`).check();
    await p.locator('input[name="passMark"]').fill('100');
    const q = p.locator('[data-question-index="0"]');
    const inputs = q.locator('input[matinput]');
    await inputs.nth(0).fill('個人情報を社外に持ち出すときは？');
    await inputs.nth(1).fill('Taking personal data outside?');
    await inputs.nth(2).fill('承認を得る');
    await inputs.nth(3).fill('Get approval');
    await inputs.nth(4).fill('自由に持ち出す');
    await inputs.nth(5).fill('Freely');
    await q.locator('[data-option-index="0"] mat-checkbox input').check();
    await p.locator('textarea[name="pledgeJa"]').fill('私は個人情報保護方針を遵守します。');
    await p.locator('textarea[name="pledgeEn"]').fill('I will follow the privacy policy.');
    await p.getByRole('button', { name: 'プレビュー' }).click();
    await p.locator('section.preview').waitFor();
    // An annual course must cover all four topics (R-ED-02): refused, and the editor says why.
    await p.locator('button.save').click();
    await p.locator('p.problem', { hasText: '違反時の結果の4項目をすべて扱う必要があります' }).waitFor();
    await p.locator('[data-topic="consequences"] input').check();
    await p.locator('button.save').click();
    await p.locator('button.publish').waitFor();
    expect(await p.locator('p.problem').count()).toBe(0);
    await screenshots(p, 'training-1-course-editor');
    // Reading material: a handout, published with the course.
    await p.locator('[data-testid="course-files"] input[type="file"]').setInputFiles({
      name: '個人情報保護方針_解説.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLE_PDF,
    });
    await p.locator('[data-testid="course-files"]').getByText('個人情報保護方針_解説.pdf').first().waitFor();
    await p.locator('[data-testid="course-files"]').scrollIntoViewIfNeeded();
    await screenshots(p, 'training-1b-course-files');
    await p.locator('button.publish').click();
    await p.getByText('第1版').first().waitFor();

    // Campaign wizard for GMO TECH.
    await p.goto(`${BASE_URL()}/training/campaigns/new`);
    await p.locator('mat-select[name="courseId"]').click();
    await p.locator('mat-option', { hasText: COURSE_JA }).click();
    await p.locator('input[name="titleJa"]').fill(CAMPAIGN_JA);
    await p.locator('input[name="titleEn"]').fill('E2E annual training');
    await p.locator('button.next').nth(0).click();
    await p.locator('button.next').nth(1).click();
    const today = new Date().toISOString().slice(0, 10);
    const plus = (days: number) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
    await p.locator('input[name="windowStart"]').fill(today);
    await p.locator('input[name="windowEnd"]').fill(plus(60));
    await p.locator('input[name="dueOn"]').fill(plus(30));
    await p.locator('input[name="dueOn"]').press('Tab');
    // The step has slid in and the dates show as typed dates do once left (2026/12/28).
    await p.waitForFunction(() => document.getAnimations().length === 0);
    await expect(p.locator('input[name="dueOn"]').inputValue()).resolves.toBe(plus(30).replaceAll('-', '/'));
    await screenshots(p, 'training-2-campaign-wizard');
    await p.locator('button.next').nth(2).click();
    await p.locator('button.create').click();
    await p.waitForURL(/\/training\/campaigns\/[0-9a-f-]{36}$/);
    const campaignId = p.url().split('/').pop()!;
    await p.locator('.tile.rate').waitFor();
    await screenshots(p, 'training-3-dashboard');
    expect(await seriousViolations(p)).toEqual([]);

    // The department manager before.
    const manager = await newPage(browser);
    await signIn(manager.page, 'manager@mamori.example');
    const before = await api<{ departmentOnly: boolean; overall: { passed: number; total: number; rate: number } }>(
      manager.context,
      `/api/v1/training/campaigns/${campaignId}/progress`,
    );
    expect(before.departmentOnly).toBe(true);
    expect(before.overall.passed).toBe(0);

    // Staff on a phone: fail once, pass, pledge.
    const staff = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(staff.page, 'staff@mamori.example');
    const s = staff.page;
    await s.goto(`${BASE_URL()}/training/my`);
    const card = s.locator('section.card', { hasText: CAMPAIGN_JA });
    await card.waitFor();
    await screenshots(s, 'training-4-my-training-phone');
    await card.locator('a', { hasText: '受講する' }).click();
    await s.locator('[data-question]').first().waitFor();
    const handout = s.locator('[data-testid="course-files"] a', { hasText: '個人情報保護方針_解説.pdf' });
    await handout.waitFor();
    await handout.scrollIntoViewIfNeeded();
    await screenshots(s, 'training-4b-course-files-phone');
    const download = await staff.context.request.get(new URL((await handout.getAttribute('href'))!, BASE_URL()).href);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
    const quizHtml = await s.content();
    expect(quizHtml).not.toContain('"correct"');
    await screenshot(s, 'training-5-quiz-phone-ja');
    await answer(s, false);
    await s.locator('.result.failed').waitFor();
    await screenshot(s, 'training-6-failed-phone-ja');
    await s.getByRole('button', { name: 'もう一度受ける' }).click();
    await s.locator('[data-question]').first().waitFor();
    await answer(s, true);
    await s.locator('.result.passed').waitFor();
    await s.getByRole('link', { name: '受講証明を見る' }).click();
    await s.locator('.sheet').waitFor();
    await expect(s.locator('.sheet').innerText()).resolves.toContain('私は個人情報保護方針を遵守します。');
    await screenshots(s, 'training-7-certificate-phone');

    // The department manager after: the department at the new rate.
    const after = await api<{ overall: { passed: number; total: number; rate: number } }>(
      manager.context,
      `/api/v1/training/campaigns/${campaignId}/progress`,
    );
    expect(after.overall.passed).toBe(1);
    expect(after.overall.rate).toBeGreaterThan(before.overall.rate);
    await manager.page.goto(`${BASE_URL()}/training/campaigns/${campaignId}`);
    await manager.page.locator('.tile.rate strong', { hasText: `${after.overall.rate}%` }).waitFor();
    await screenshot(manager.page, 'training-8-department-manager-ja');

    // The summary prints; the attendee list exports.
    await p.goto(`${BASE_URL()}/training/campaigns/${campaignId}/summary`);
    await p.locator('.stamps').waitFor();
    await screenshots(p, 'training-9-summary');
    const csv = await pms.context.request.get(
      `${BASE_URL()}/api/v1/training/campaigns/${campaignId}/assignments/export?format=csv`,
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toContain('attachment');
    const text = await csv.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n').filter(Boolean).length).toBeGreaterThan(100);

    // The officer moves the due date: outside the window it is refused under the form; with the window
    // moved too, it is saved and the open assignments move with it.
    const schedule = await api<{ dueOn: string; windowEnd: string }>(
      pms.context,
      `/api/v1/training/campaigns/${campaignId}`,
    );
    const shift = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const slash = (date: string) => date.replaceAll('-', '/');
    const newDue = shift(schedule.windowEnd, 10);
    const newEnd = shift(schedule.windowEnd, 20);
    await p.goto(`${BASE_URL()}/training/campaigns/${campaignId}`);
    await p.locator('[data-testid="campaign-edit"]').click();
    await p.locator('[data-testid="schedule-due"]').fill(slash(newDue));
    await p.locator('[data-testid="schedule-due"]').blur();
    await p.locator('[data-testid="schedule-save"]').click();
    await p
      .locator('[data-testid="schedule-error-dueOn"]', { hasText: '期限は受講期間内の日付にしてください。' })
      .waitFor();
    await p.locator('[data-testid="schedule-window-end"]').fill(slash(newEnd));
    await p.locator('[data-testid="schedule-window-end"]').blur();
    await p.locator('[data-testid="schedule-save"]').click();
    await p.locator('[data-testid="campaign-status-message"]').waitFor();
    const moved = await api<{ dueOn: string; windowEnd: string }>(
      pms.context,
      `/api/v1/training/campaigns/${campaignId}`,
    );
    expect(moved).toMatchObject({ dueOn: newDue, windowEnd: newEnd });
    const open = await api<{ items: { dueOn: string }[] }>(
      pms.context,
      `/api/v1/training/campaigns/${campaignId}/assignments?state=open&limit=5`,
    );
    expect(open.items.map((a) => a.dueOn)).toEqual(open.items.map(() => newDue));

    // The officer closes the campaign once it is done, after confirming: its reminders stop.
    await p.goto(`${BASE_URL()}/training/campaigns/${campaignId}`);
    await p.locator('[data-testid="campaign-close"]').click();
    await p.locator('[data-testid="confirm-ok"]').click();
    await p.locator('[data-testid="campaign-closed"]').waitFor();
    await p.locator('[data-testid="campaign-reopen"]').waitFor();
    await p.locator('[data-testid="campaign-status-message"]').waitFor();
    await p.locator('h1').scrollIntoViewIfNeeded();
    await screenshots(p, 'training-10-closed');
    const closed = await api<{ status: string }>(pms.context, `/api/v1/training/campaigns/${campaignId}`);
    expect(closed.status).toBe('closed');

    for (const c of [pms, manager, staff]) await c.context.close();
  });
});
