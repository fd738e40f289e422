import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { BASE_URL, launchBrowser, newPage, screenshot, screenshots } from './support/browser';
import { choose, pickColumns } from './support/forms';
import { signIn } from './support/session';
import { SAMPLE_PDF } from './support/files';

/** Opens a tab of the incident page by its label. */
async function tab(page: Page, label: string): Promise<void> {
  await page.getByRole('tab', { name: label }).click();
}

/** Waits until no select panel or snack bar covers the page, for a clean screenshot. */
async function settled(page: Page): Promise<void> {
  await page.locator('.mat-mdc-select-panel').waitFor({ state: 'detached' });
  await page.locator('.mat-mdc-snack-bar-container').waitFor({ state: 'detached', timeout: 10000 });
}

/** Marks a report submitted from the reports tab (confirming the dialog) and waits for its frozen view. */
async function submitReport(page: Page, body: 'ppc' | 'jipdec', stage: 'preliminary' | 'final'): Promise<void> {
  const report = page.locator(`[data-testid="report-${body}-${stage}"]`);
  await report.locator('[data-testid="report-submit"]').click();
  await page.locator('[data-testid="confirm-ok"]').click();
  await report.locator('[data-testid="report-submitted"]').waitFor();
}

describe('incidents: a leak from the staff report to closing', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('staff report a leak; the officer triages, raises the count over 1,000, reports, notifies and closes', async () => {
    const title = `顧客リストのメール誤送信 ${Date.now().toString(36)}`;

    // Staff report from the short form and see only their own reports.
    const staff = await newPage(browser);
    await signIn(staff.page, 'staff@mamori.example');
    await staff.page.goto(`${BASE_URL()}/incidents`);
    await staff.page.locator('[data-testid="incident-report"]').click();
    await staff.page.locator('[data-testid="incident-title"]').fill(title);
    await staff.page
      .locator('[data-testid="incident-summary"]')
      .fill('取引先宛てのメールに、顧客リストのファイルを誤って添付して送信した。');
    await staff.page.locator('[data-testid="incident-persons"]').fill('800');
    // When they learned of it: today's date as the app writes dates, and a time typed on the 24-hour clock.
    const awareDate = await staff.page.locator('[data-testid="incident-aware-at-date"]').inputValue();
    expect(awareDate).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    const awareTime = staff.page.locator('[data-testid="incident-aware-at-time"]');
    await awareTime.fill('0:00');
    await awareTime.blur();
    expect(await awareTime.inputValue()).toBe('00:00');
    await screenshots(staff.page, 'incident-report-form');
    await staff.page.locator('[data-testid="incident-report-submit"]').click();
    await staff.page.locator('[data-testid="incident-heading"]').filter({ hasText: title }).waitFor();
    expect(await staff.page.locator('main').textContent()).toContain(`覚知日時: ${awareDate} 00:00`);
    await staff.page.locator('[data-testid="ppc-not-reportable"]').waitFor();
    expect(await staff.page.locator('[data-testid="incident-clocks"] li').count()).toBe(1);
    await staff.page.goto(`${BASE_URL()}/incidents`);
    await staff.page.locator('[data-testid="incidents-table"]').waitFor();
    expect(await staff.page.locator('[data-testid="incidents-table"]').textContent()).not.toContain('広告配信管理画面');
    await staff.context.close();

    // The officer sees the nearest legal clock on the dashboard: the demo's overdue PPC preliminary report.
    const { page } = await newPage(browser, { bypassCSP: true });
    try {
      await signIn(page, 'pms@mamori.example');
      const me = await (await page.request.get(`${BASE_URL()}/api/v1/me`)).json();
      const officer = `${me.person.familyName} ${me.person.givenName}`;
      await page.goto(BASE_URL());
      const nearest = page.locator('[data-testid="figure-incidents.nearestClock"]');
      await nearest.waitFor();
      expect(await nearest.getAttribute('data-tone')).toBe('bad');
      expect(await nearest.textContent()).toContain('対応中の事故の直近の法定報告期限');
      const shown = (await nearest.locator('.value').textContent())!.trim();
      expect(shown).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      await nearest.click();
      await page.waitForURL(/\/incidents\?.*sort=nextClock/);
      const first = page.locator('[data-testid="incidents-table"] tbody tr').first();
      await first.waitFor();
      // The list opens nearest clock first: its first row carries the dashboard's date, overdue.
      expect(await first.textContent()).toContain(shown);
      await first.locator('[data-testid="clock-overdue"]').waitFor();
      expect(await page.locator('[data-testid="incidents-sort"]').textContent()).toContain('報告期限の近い順');
      await screenshots(page, 'incidents-nearest-clock');

      // The register with the overdue demo clock marked in red.
      await page.goto(`${BASE_URL()}/incidents`);
      await page.locator('[data-testid="incidents-table"]').waitFor();
      await page.locator('[data-testid="clock-overdue"]').first().waitFor();
      await screenshots(page, 'incidents-list');

      // The officer adds the event and cause columns from 「表示する列」: the demo leak reads 「漏えい」.
      await pickColumns(page, 'incidents', ['eventType', 'cause']);
      const table = page.locator('[data-testid="incidents-table"]');
      await table.locator('th', { hasText: '事象' }).waitFor();
      await table.locator('th', { hasText: '原因' }).waitFor();
      await table
        .locator('td', { hasText: /^\s*漏えい\s*$/ })
        .first()
        .waitFor();
      await pickColumns(page, 'incidents');
      await table.locator('th', { hasText: '事象' }).waitFor({ state: 'detached' });

      // Triage: open it, move it to triage, raise the count over 1,000: the PPC clocks appear.
      await page.getByRole('link', { name: title }).click();
      await page.locator('[data-testid="incident-heading"]').filter({ hasText: title }).waitFor();
      await page.locator('[data-testid="incident-next-status"]').click();
      await page.getByRole('option', { name: '初動・評価' }).click();
      await page.locator('[data-testid="incident-move"]').click();
      await page.locator('[data-testid="incident-status"]').filter({ hasText: '初動・評価' }).waitFor();

      await tab(page, '事故の内容');
      await page.locator('[data-testid="field-person-count"]').fill('1500');
      await page.locator('[data-testid="field-data-items"]').fill('氏名、メールアドレス、会社名');
      await page.locator('[data-testid="incident-save"]').click();
      await page.locator('.mat-mdc-snack-bar-container').filter({ hasText: '期限を再計算しました' }).waitFor();
      await tab(page, '期限');
      await page.locator('[data-testid="ppc-reportable"]').waitFor();
      const clocks = page.locator('[data-testid="incident-clocks"]');
      await clocks.locator('[data-kind="ppc_preliminary"]').waitFor();
      expect(
        await clocks.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind'))),
      ).toEqual(['ppc_preliminary', 'ppc_final', 'notify_persons', 'jipdec_preliminary', 'jipdec_final']);
      expect(await clocks.locator('[data-kind="ppc_preliminary"] [data-testid="clock-rule"]').textContent()).toContain(
        '覚知日',
      );
      expect(await clocks.locator('[data-kind="notify_persons"]').textContent()).toContain('速やかに');
      await screenshots(page, 'incident-clocks');
      expect(await seriousViolations(page)).toEqual([]);

      // The PPC preliminary report: prefilled, then marked submitted (frozen).
      await tab(page, '報告書');
      await page.locator('[data-testid="report-ppc-preliminary"] textarea').first().waitFor();
      await submitReport(page, 'ppc', 'preliminary');
      await screenshots(page, 'incident-reports');

      // Notice to the persons from the Japanese template.
      await tab(page, '本人への通知');
      await page.locator('[data-testid="notice-template"]').click();
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid="notice-text"]') as HTMLTextAreaElement | null)?.value.includes('お詫び'),
      );
      await page.locator('[data-testid="notice-count"]').fill('1500');
      await page.locator('[data-testid="notice-add"]').click();
      await page.locator('[data-testid="notice-list"] li').first().waitFor();
      await page.locator('[data-testid="notice-reached"]').filter({ hasText: '1,500人に通知済み' }).waitFor();
      await screenshots(page, 'incident-notices');

      // Evidence: the mis-sent message, attached as a PDF.
      await tab(page, '経過');
      await page.locator('[data-testid="incident-attachments"] input[type="file"]').setInputFiles({
        name: '誤送信メールの写し.pdf',
        mimeType: 'application/pdf',
        buffer: SAMPLE_PDF,
      });
      await page.locator('[data-testid="incident-attachments"]').getByText('誤送信メールの写し.pdf').first().waitFor();

      // The final report and the JIPDEC reports.
      await tab(page, '報告書');
      await submitReport(page, 'ppc', 'final');
      await submitReport(page, 'jipdec', 'preliminary');
      await submitReport(page, 'jipdec', 'final');

      // Closing needs the checklist: publication decision, cause analysis, recurrence prevention.
      await tab(page, '事故の内容');
      await page.locator('[data-testid="field-publication"]').click();
      await page.getByRole('option', { name: '公表しない' }).click();
      await page.locator('[data-testid="field-cause-analysis"]').fill('送信前に添付ファイルを確認しなかった。');
      await page
        .locator('[data-testid="field-recurrence"]')
        .fill('外部宛てメールの添付ファイルの二重確認を手順化した。');
      // The recurrence prevention becomes an improvement action with this save.
      await page.locator('[data-testid="incident-create-action"]').click();
      await choose(page, '[data-testid="incident-action-owner"]', officer);
      await page.locator('[data-testid="incident-action-due"]').fill('2027-03-31');
      await settled(page);
      await page.locator('[data-testid="incident-open-action"]').scrollIntoViewIfNeeded();
      await screenshots(page, 'incident-improvement-action');
      await page.locator('[data-testid="incident-save"]').click();
      await page.locator('.mat-mdc-snack-bar-container').filter({ hasText: '改善処置を登録しました' }).waitFor();
      await page.locator('[data-testid="incident-action-link"]').waitFor();
      await settled(page);
      await screenshot(page, 'incident-improvement-action-linked-ja');
      await tab(page, '完了チェック');
      await page.locator('[data-testid="incident-checklist"] [data-done="false"]').waitFor({ state: 'detached' });
      await page.locator('[data-testid="incident-close"]').click();
      await page.locator('[data-testid="incident-status"]').filter({ hasText: '完了' }).waitFor();
      await screenshots(page, 'incident-closed');

      await tab(page, '期限');
      await page.locator('[data-testid="incident-clocks"] li').first().waitFor();
      const states = await page
        .locator('[data-testid="incident-clocks"] li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-status')));
      expect(states).toEqual(['done', 'done', 'done', 'done', 'done']);

      await tab(page, '経過');
      await page.locator('[data-testid="incident-timeline"] li[data-kind="status_changed"]').first().waitFor();
      await page.locator('[data-testid="incident-attachments"]').waitFor();
      await screenshots(page, 'incident-timeline');

      // The action it opened: from the incident's link, and in the improvement action register.
      const id = page.url().split('/').pop()!;
      await tab(page, '事故の内容');
      await page.locator('[data-testid="incident-action-link"]').click();
      await page
        .locator('[data-testid="action-heading"]')
        .filter({ hasText: `再発防止: ${title}` })
        .waitFor();
      await page.goto(`${BASE_URL()}/improvement-actions?sourceType=incident`);
      await page.locator('[data-testid="action-table"]').getByText(`再発防止: ${title}`).waitFor();
      await screenshot(page, 'incident-action-in-register-ja');

      // The printable Japanese report page.
      await page.goto(`${BASE_URL()}/incidents/${id}/print/ppc/final`);
      await page.locator('[data-testid="incident-print"]').waitFor();
      expect(await page.locator('[data-testid="incident-print"]').textContent()).toContain(
        '個人情報保護委員会への確報',
      );
      await screenshot(page, 'incident-print-ja');
    } catch (error) {
      await screenshot(page, 'incident-journey-failure');
      throw error;
    }
  });
});
