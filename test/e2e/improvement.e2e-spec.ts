import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import {
  ARTIFACTS,
  BASE_URL,
  launchBrowser,
  newPage,
  screenshot,
  screenshots,
  switchLanguage,
} from './support/browser';
import { choose, pickColumns } from './support/forms';
import { signIn } from './support/session';

const PMS = 'pms@mamori.example';
const EXEC = 'exec@mamori.example';
const MANAGER = 'manager@mamori.example';
const CPO = 'cpo@mamori.example';

/** The value shown on a dashboard figure, e.g. `improvement.open`. */
async function figure(page: Page, key: string): Promise<string> {
  await page.goto(BASE_URL());
  const value = page.locator(`[data-testid="figure-${key}"] .value`);
  await value.waitFor();
  return (await value.textContent())!.trim();
}

/** The name a demo account's person goes by, from `/api/v1/me`. */
async function nameOf(page: Page): Promise<string> {
  const me = await (await page.request.get(`${BASE_URL()}/api/v1/me`)).json();
  return `${me.person.familyName} ${me.person.givenName}`;
}

/** Opens a Material select from the keyboard (its floating label covers the middle of the field). */
async function openSelect(page: Page, selector: string): Promise<void> {
  // The people lists load after the page: when the panel opens empty, close it and try again.
  for (let attempt = 1; ; attempt++) {
    await page.locator(selector).first().focus();
    await page.keyboard.press('Enter');
    const opened = await page
      .locator('mat-option')
      .first()
      .waitFor({ timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (opened) return;
    if (attempt >= 6) throw new Error(`${selector} shows no options`);
    await page.keyboard.press('Escape');
  }
}

describe('improvement actions, management review and dashboard', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('the officer prepares a review, the executive signs it off, its decision is implemented, verified and closed; the dashboard follows', async () => {
    const exec = await newPage(browser, { bypassCSP: true });
    await signIn(exec.page, EXEC);
    const execName = await nameOf(exec.page);
    const openBefore = Number(await figure(exec.page, 'improvement.open'));
    await exec.page.locator('[data-testid="dashboard"] svg').first().waitFor();
    await screenshots(exec.page, 'dashboard');
    expect(await seriousViolations(exec.page)).toEqual([]);

    const manager = await newPage(browser);
    await signIn(manager.page, MANAGER);
    const managerName = await nameOf(manager.page);

    // The officer prepares the review; the inputs fill themselves.
    const pms = await newPage(browser, { bypassCSP: true });
    await signIn(pms.page, PMS);
    const pmsName = await nameOf(pms.page);
    await pms.page.goto(`${BASE_URL()}/management-reviews/new`);
    await pms.page.locator('[data-testid="review-title"]').fill('2026年度 マネジメントレビュー');
    await choose(pms.page, '[data-testid="review-chair"]', execName);
    await openSelect(pms.page, '[data-testid="review-attendees"]');
    await pms.page.locator('mat-option', { hasText: pmsName }).first().click();
    await pms.page.locator('mat-option', { hasText: managerName }).first().click();
    await pms.page.keyboard.press('Escape');
    await pms.page.locator('[data-testid="review-create"]').click();
    await pms.page.locator('[data-testid="review-compile"]').click();
    await pms.page.locator('[data-testid="input-c93_a"] .figures').waitFor();
    expect(await pms.page.locator('[data-testid="input-c93_a"] .figures').textContent()).toContain('未完了の改善処置');
    // The lines under the figures name the incidents' event and cause, in the reader's language.
    const incidentLines = pms.page.locator('[data-testid="input-c93_c"] .items').first();
    expect(await incidentLines.textContent()).toMatch(/漏えい \/ [^/]+: \d+件/);
    await screenshots(pms.page, 'review-compiled');
    await switchLanguage(pms.page, 'en');
    expect(await incidentLines.textContent()).toMatch(/Leak \/ [^/]+: \d+/);
    expect(await incidentLines.textContent()).not.toMatch(/件|leak/);
    // A.3.7.3 a) names the demo subcontractor whose supervision audit is overdue.
    const subcontractorLines = pms.page
      .locator('[data-testid="input-a373_a"] .items')
      .filter({ hasText: 'supervision audit' });
    expect(await subcontractorLines.textContent()).toMatch(/\(supervision audit due \d{4}-\d{2}-\d{2}, overdue\)/);
    await switchLanguage(pms.page, 'ja');

    // Every input answered: commentary, or an explicit "no change".
    const inputs = [
      'c93_a',
      'c93_b',
      'c93_c',
      'c93_d',
      'c93_e',
      'c93_f',
      'a373_a',
      'a373_b',
      'a373_c',
      'a373_d',
      'a373_e',
      'a373_f',
      'a373_g',
    ];
    for (const key of inputs) {
      if (['c93_b', 'a373_d', 'a373_e'].includes(key)) {
        await pms.page.locator(`[data-testid="no-change-${key}"] input`).check();
      } else {
        await pms.page.locator(`[data-testid="commentary-${key}"]`).fill('集計結果を確認した。重大な問題はない。');
      }
    }
    await pms.page.locator('[data-testid="review-audit-report"]').fill('2026年度 内部監査報告書 IA-2026-01');
    await pms.page.locator('[data-testid="decision-add"]').click();
    await pms.page
      .locator('[data-testid="decision-0"] [data-testid="decision-description"]')
      .fill('委託先評価のチェックリストを改訂する');
    await choose(pms.page, '[data-testid="decision-owner"]', managerName);
    await pms.page.locator('[data-testid="decision-0"] [data-testid="decision-due"]').fill('2027-03-31');
    await pms.page.locator('[data-testid="review-save"]').click();
    await pms.page.locator('mat-snack-bar-container', { hasText: '保存しました' }).waitFor();
    const reviewUrl = pms.page.url();
    expect(await pms.page.locator('.blank-mark').count()).toBe(0);

    // The officer may not sign off (only the chair or an executive can).
    expect(await pms.page.locator('[data-testid="review-sign-off"]').count()).toBe(0);

    // The executive signs off; the decision becomes an improvement action.
    await exec.page.goto(reviewUrl);
    await exec.page.locator('[data-testid="review-sign-off"]').click();
    await exec.page.locator('[data-testid="confirm-ok"]').click();
    await exec.page.locator('mat-dialog-container').waitFor({ state: 'detached' });
    await exec.page.locator('[data-testid="review-frozen"], [data-testid="form-summary"]').first().waitFor();
    expect(await exec.page.locator('[data-testid="form-summary"]').count()).toBe(0);
    expect(await exec.page.locator('[data-testid="review-status"]').textContent()).toContain('承認済み');
    await screenshots(exec.page, 'review-signed');

    const pdf = await exec.page.request.get(
      `${reviewUrl.replace('/management-reviews/', '/api/v1/management-reviews/')}/minutes.pdf`,
    );
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(join(ARTIFACTS, 'minutes.pdf'), bytes);

    await exec.page.goto(
      `${BASE_URL()}${await exec.page.locator('[data-testid="review-print"]').getAttribute('href')}`,
    );
    await exec.page.locator('[data-testid="minutes"]').waitFor();
    // The printed minutes list the compiled lines under the figures, as the PDF does.
    const printedLines = await exec.page.locator('[data-testid="minutes-lines"] li').allTextContents();
    expect(printedLines.some((line) => /^漏えい \/ .+: \d+件$/.test(line.trim()))).toBe(true);
    await screenshot(exec.page, 'minutes-print-ja');
    await exec.page.emulateMedia({ media: 'print' });
    await exec.page.pdf({ path: join(ARTIFACTS, 'minutes-printed.pdf'), format: 'A4' });
    await exec.page.emulateMedia({ media: 'screen' });

    expect(Number(await figure(exec.page, 'improvement.open'))).toBe(openBefore + 1);

    // The owner implements the action.
    await exec.page.goto(reviewUrl);
    const actionHref = await exec.page.locator('[data-testid="decision-action"]').getAttribute('href');
    const actionUrl = `${BASE_URL()}${actionHref}`;
    await manager.page.goto(actionUrl);
    await manager.page.locator('[data-testid="action-plan"]').fill('チェックリストに再委託先の確認項目を追加する。');
    await manager.page.locator('[data-testid="action-plan-save"]').click();
    await manager.page.locator('mat-snack-bar-container', { hasText: '保存しました' }).waitFor();
    await manager.page.locator('[data-testid="step-start"]').click();
    await manager.page.locator('[data-testid="step-implement"]').waitFor();
    await manager.page
      .locator('[data-testid="step-note"]')
      .fill('チェックリストを改訂し、委託先管理の担当者に周知した。');
    await manager.page.locator('[data-testid="step-implement"]').click();
    await manager.page.locator('[data-testid="step-verify_effective"]').waitFor();
    expect(await manager.page.locator('[data-testid="action-status"]').textContent()).toContain('実施済み');

    // A verifier other than the owner confirms effectiveness; the owner is refused.
    await pms.page.goto(actionUrl);
    await choose(pms.page, '[data-testid="step-verifier"]', managerName);
    await pms.page.locator('[data-testid="step-verify_effective"]').click();
    await pms.page.locator('[data-testid="form-summary"]').waitFor();
    expect(await pms.page.locator('[data-testid="form-summary"]').textContent()).toContain('担当者以外');
    await choose(pms.page, '[data-testid="step-verifier"]', pmsName);
    await pms.page
      .locator('[data-testid="step-note"]')
      .fill('改訂後の評価2件で新しい項目が使われていることを確認した。');
    await pms.page.locator('[data-testid="step-verify_effective"]').click();
    await pms.page.locator('[data-testid="step-close"]').waitFor();
    expect(await pms.page.locator('[data-testid="action-status"]').textContent()).toContain('有効性確認済み');
    const awaiting = Number(await figure(exec.page, 'improvement.awaitingClosing'));

    // The executive approves closing.
    await exec.page.goto(actionUrl);
    await exec.page.locator('[data-testid="step-close"]').click();
    // Reopening is offered from the effectiveness check on, so wait for the status itself.
    await exec.page.locator('[data-testid="action-status"]', { hasText: '完了' }).waitFor();
    await exec.page.locator('[data-testid="step-close"]').waitFor({ state: 'detached' });
    await screenshot(exec.page, 'action-closed-ja');
    expect(Number(await figure(exec.page, 'improvement.open'))).toBe(openBefore);
    expect(Number(await figure(exec.page, 'improvement.awaitingClosing'))).toBe(awaiting - 1);

    // A major nonconformity: the officer cannot close it; the executive approves, then it closes.
    await pms.page.goto(`${BASE_URL()}/improvement-actions?status=effectiveness_check`);
    await pms.page.locator('[data-testid="action-table"] a').first().click();
    await pms.page.locator('[data-testid="step-close"]').click();
    await pms.page.locator('[data-testid="form-summary"]').waitFor();
    expect(await pms.page.locator('[data-testid="form-summary"]').textContent()).toContain('経営者の承認');
    await exec.page.goto(pms.page.url());
    await exec.page.locator('[data-testid="action-approve"]').click();
    await exec.page.locator('[data-testid="action-approval"]', { hasText: '承認者' }).waitFor();
    await screenshots(exec.page, 'action-approved');
    await exec.page.locator('[data-testid="step-close"]').click();
    await exec.page.locator('[data-testid="action-status"]', { hasText: '完了' }).waitFor();
    await exec.page.locator('[data-testid="step-close"]').waitFor({ state: 'detached' });
    expect(Number(await figure(exec.page, 'improvement.awaitingClosing'))).toBe(awaiting - 2);

    // The register with the filter a dashboard figure links to.
    await exec.page.locator('[data-testid="figure-improvement.overdue"]').click();
    await exec.page.locator('[data-testid="action-table"]').waitFor();
    expect(exec.page.url()).toContain('overdue=true');
    const overdueFigure = await figure(exec.page, 'improvement.overdue');
    await exec.page.locator('[data-testid="figure-improvement.overdue"]').click();
    await exec.page.locator('[data-testid="action-total"]').waitFor();
    expect(await exec.page.locator('[data-testid="action-total"]').textContent()).toContain(overdueFigure);
    await screenshots(exec.page, 'actions-overdue');
    // 「表示する列」 adds the date each action was recorded.
    await pickColumns(exec.page, 'actions', ['created']);
    const actionTable = exec.page.locator('[data-testid="action-table"]');
    await actionTable.locator('th', { hasText: '起票日' }).waitFor();
    await actionTable
      .locator('td', { hasText: /^\s*\d{4}\/\d{2}\/\d{2}\s*$/ })
      .first()
      .waitFor();
    await pickColumns(exec.page, 'actions');
    expect(await seriousViolations(exec.page)).toEqual([]);

    // A.3.3.4: the figure of companies without a PMS manager opens the officers of each company.
    expect(Number(await figure(exec.page, 'organization.noPmsManager'))).toBe(0);
    await exec.page.locator('[data-testid="figure-organization.noPmsManager"]').click();
    await exec.page.locator('[data-testid="officer-table"]').waitFor();
    await exec.page.locator('mat-button-toggle', { hasText: 'すべて' }).locator('button').click();
    await exec.page.locator('[data-testid="officer-table"] tbody tr').first().waitFor();
    const officers = await exec.page.locator('[data-testid="officer-table"] tbody').textContent();
    expect(officers).toContain('GMO TECH株式会社');
    expect(officers).toContain(await nameOf(pms.page));
    expect(officers).toContain(await nameOf(exec.page));
    await screenshots(exec.page, 'dashboard-officers');
    expect(await seriousViolations(exec.page)).toEqual([]);

    await exec.page.goto(`${BASE_URL()}/management-reviews/freshness`);
    await exec.page.locator('[data-testid="freshness-table"]').waitFor();
    await screenshots(exec.page, 'review-freshness');

    // A group figure's coverage link (scope=all): the people of every company in the caller's scope.
    const scoped = await (await pms.page.request.get(`${BASE_URL()}/api/v1/training/coverage?limit=1`)).json();
    await pms.page.goto(`${BASE_URL()}/training/campaigns?scope=all`);
    await pms.page.locator('[data-testid="coverage-scope"]').waitFor();
    await pms.page.locator('[data-testid="coverage-table"]').waitFor();
    expect((await pms.page.locator('[data-testid="coverage-total"]').textContent())!.trim()).toBe(`${scoped.total}人`);
    expect(await pms.page.locator('[data-testid="coverage-table"] th').first().textContent()).toContain('会社');
    await screenshots(pms.page, 'training-coverage-group');
    // The same people as a file, through the page's own link: every company, every person, one line each.
    const [file] = await Promise.all([
      pms.page.waitForEvent('download'),
      pms.page.locator('[data-testid="coverage-csv"]').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^training-coverage-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await file.path())!, 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toHaveLength(scoped.total + 1);
    expect(lines[0]).toContain('会社 / Company');
    // Narrowed to one employment type: the URL, the count and the file's link follow.
    await pms.page.locator('[data-testid="coverage-type-regular"] button').click();
    await pms.page.waitForURL(/[?&]type=regular/);
    const regular = await (
      await pms.page.request.get(`${BASE_URL()}/api/v1/training/coverage?employmentType=regular&limit=1`)
    ).json();
    expect(regular.total).toBeLessThan(scoped.total);
    await pms.page.locator('[data-testid="coverage-total"]', { hasText: `${regular.total}人` }).waitFor();
    expect(await pms.page.locator('[data-testid="coverage-csv"]').getAttribute('href')).toContain(
      'employmentType=regular',
    );
    expect(await seriousViolations(pms.page)).toEqual([]);

    for (const p of [exec, manager, pms]) await p.context.close();
  }, 180_000);

  it('the group executive sees the whole group rolled up, with the companies that have no PMS manager, and each company alone', async () => {
    const cpo = await newPage(browser, { bypassCSP: true });
    await signIn(cpo.page, CPO);
    const scope = cpo.page.locator('[data-testid="dashboard"] mat-button-toggle-group');
    await scope.waitFor();
    expect(await scope.textContent()).toMatch(/グループ全体（\d+社）/);
    // Of the demo companies, only GMO TECH and GMO Pepabo have a PMS manager.
    const missing = Number(await figure(cpo.page, 'organization.noPmsManager'));
    expect(missing).toBeGreaterThanOrEqual(3);
    await cpo.page.locator('[data-testid="dashboard"] svg').first().waitFor();
    await screenshots(cpo.page, 'dashboard-group');
    expect(await seriousViolations(cpo.page)).toEqual([]);

    // The figure's list names the companies it counts.
    await cpo.page.locator('[data-testid="figure-organization.noPmsManager"]').click();
    await cpo.page.locator('[data-testid="officer-table"] tbody tr').first().waitFor();
    expect(await cpo.page.locator('[data-testid="officer-table"] tbody tr').count()).toBe(missing);
    expect(await cpo.page.locator('[data-testid="officer-table"] tbody').textContent()).not.toContain(
      'GMO TECH株式会社',
    );

    // The switch shows the current company (GMO TECH, which has its PMS manager) alone.
    await cpo.page.goto(BASE_URL());
    await scope.locator('mat-button-toggle').nth(1).locator('button').click();
    await cpo.page
      .locator('[data-testid="figure-organization.noPmsManager"] .value', { hasText: /^\s*0\s*$/ })
      .waitFor();
    await cpo.context.close();
  }, 60_000);
});
