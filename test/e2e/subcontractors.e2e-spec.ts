import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { BASE_URL, launchBrowser, newPage, screenshot, screenshots, switchLanguage } from './support/browser';
import { choose, pickColumns } from './support/forms';
import { signIn } from './support/session';
import { SAMPLE_PDF } from './support/files';

const plusDays = (days: number) => new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Opens a tab of the detail page by its label. */
async function openTab(page: Page, label: string): Promise<void> {
  await page.getByRole('tab', { name: label }).click();
}

describe('subcontractor supervision', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('registers, evaluates, approves and contracts a subcontractor; the contact answers through the link; the audit closes with a finding', async () => {
    const { page } = await newPage(browser, { bypassCSP: true });
    await signIn(page, 'pms@mamori.example');

    // The register with the demo data: one audit overdue.
    await page.goto(`${BASE_URL()}/subcontractors`);
    await page.locator('[data-testid="subcontractors-table"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subcontractors-list-ja');
    await page.locator('[data-testid="subcontractors-filter-overdue"]').click();
    await page.waitForURL(/overdue=true/);
    await page.locator('[data-testid="subcontractors-table"] tbody tr').first().waitFor();
    expect(await page.locator('[data-testid="subcontractors-table"] tbody tr').count()).toBe(1);
    await screenshot(page, 'subcontractors-overdue-ja');

    // Register: the server's field errors show under the fields.
    await page.goto(`${BASE_URL()}/subcontractors/new`);
    await page.locator('[data-testid="sc-name"]').fill('株式会社E2Eデータ処理');
    await page.locator('[data-testid="sc-services"]').fill('アンケート結果の集計');
    await page.locator('[data-testid="sc-items"]').fill('氏名、メールアドレス、回答内容');
    await page.locator('[data-testid="sc-persons"]').fill('1500');
    await page.locator('[data-testid="sc-contact-email"]').fill('contact@e2e.example.com');
    await page.locator('[data-testid="sc-tier-override"]').click();
    await page.getByRole('option', { name: '高' }).click();
    await page.locator('[data-testid="sc-save"]').click();
    await page.locator('[data-testid="form-summary"]').waitFor();
    await page.getByText('リスク区分を変更する理由を入力してください。').waitFor();
    await screenshot(page, 'subcontractors-form-error-ja');
    await page.locator('[data-testid="sc-tier-reason"]').fill('回答内容に健康に関する記述が含まれうるため');
    await page.locator('[data-testid="sc-save"]').click();
    await page.locator('[data-testid="sc-title"]').getByText('株式会社E2Eデータ処理').waitFor();
    await expect(page.locator('[data-testid="sc-tier"]').innerText()).resolves.toBe('高');

    // Approval without an evaluation is refused (R-SC-01).
    await page.locator('[data-testid="sc-to-evaluating"]').click();
    await page.locator('[data-testid="sc-status"]').getByText('評価中').waitFor();
    await page.locator('[data-testid="sc-to-approved"]').click();
    await page.getByText('合格した選定評価がないため承認できません').waitFor();

    // Selection evaluation on the default checklist.
    await openTab(page, '選定評価');
    await page.locator('[data-testid="eval-add"]').click();
    await page.locator('[data-testid="eval-evaluator"]').fill('個人情報保護管理者');
    for (let i = 0; i < 9; i++) await page.locator(`[data-testid="eval-score-${i}"]`).fill('4');
    await screenshot(page, 'subcontractors-evaluation-ja');
    await page.locator('[data-testid="eval-save"]').click();
    await page.locator('[data-testid="eval-item"]').getByText('合格', { exact: true }).waitFor();
    await page.locator('[data-testid="sc-to-approved"]').click();
    await page.locator('[data-testid="sc-status"]').getByText('承認済み').waitFor();

    // A contract without the audit clause and no exception is refused, naming the clause (R-SC-02).
    await openTab(page, '契約');
    await page.locator('[data-testid="contract-add"]').click();
    await page.locator('[data-testid="contract-title"]').fill('業務委託基本契約書');
    await page.locator('[data-testid="contract-ends"]').fill(plusDays(365));
    await page.locator('[data-testid="clause-e"]').click();
    await page.locator('[data-testid="contract-save"]').click();
    await page.getByText('契約に必須条項が不足しています').waitFor();
    await expect(page.locator('[data-testid="contract-missing"]').innerText()).resolves.toContain(
      '不足している条項: e',
    );
    await screenshot(page, 'subcontractors-contract-missing-ja');
    await page.locator('[data-testid="clause-e"]').click();
    await page.locator('[data-testid="contract-save"]').click();
    await page.locator('[data-testid="contract-item"]').getByText('業務委託基本契約書').waitFor();
    await page.locator('[data-testid="contract-item"] input[type="file"]').setInputFiles({
      name: '業務委託基本契約書.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLE_PDF,
    });
    await page.locator('[data-testid="contract-item"]').getByText('業務委託基本契約書.pdf').waitFor();
    await screenshot(page, 'subcontractors-contract-ja');

    // Plan the supervision audit and send the questionnaire link.
    await openTab(page, '監督');
    await page.locator('[data-testid="audit-add"]').click();
    await page.locator('[data-testid="audit-item"]').waitFor();
    await page.locator('[data-testid="audit-send-open"]').click();
    await page.locator('[data-testid="send-submit"]').click();
    const url = (await page.locator('[data-testid="sent-url"]').innerText()).trim();
    expect(url).toMatch(/\/q\/[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'subcontractors-questionnaire-sent-ja');
    const token = url.split('/q/')[1];

    // The subcontractor's contact: no account, another browser; save, come back, attach, submit once.
    const contact = await newPage(browser, { bypassCSP: true });
    await contact.page.goto(`${BASE_URL()}/q/${token}`);
    await contact.page.locator('[data-testid="q-form"]').waitFor();
    expect(await contact.page.locator('[data-testid="nav"]').count()).toBe(0);
    await contact.page.locator('[data-testid="q-answer-0"]').fill('委託業務の担当者3名のみ');
    await contact.page.locator('[data-testid="q-save"]').click();
    await contact.page.locator('[data-testid="q-message"]').waitFor();
    await contact.page.reload();
    await contact.page.locator('[data-testid="q-form"]').waitFor();
    await expect(contact.page.locator('[data-testid="q-answer-0"]').inputValue()).resolves.toBe(
      '委託業務の担当者3名のみ',
    );
    const answers = await contact.page.locator('[data-testid^="q-answer-"]').count();
    for (let i = 1; i < answers; i++)
      await contact.page.locator(`[data-testid="q-answer-${i}"]`).fill('規程どおり運用しています。');
    await contact.page.locator('input[type="file"]').setInputFiles({
      name: '教育記録.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLE_PDF,
    });
    await contact.page.getByText('教育記録.pdf').first().waitFor();
    await contact.page.getByRole('button', { name: '閉じる' }).click();
    await contact.page.getByRole('button', { name: '閉じる' }).waitFor({ state: 'detached' });
    expect(await seriousViolations(contact.page)).toEqual([]);
    await screenshot(contact.page, 'subcontractors-questionnaire-ja');
    await contact.page.locator('[data-testid="q-submit"]').click();
    await contact.page.locator('[data-testid="confirm-ok"]').click();
    await contact.page.locator('[data-testid="q-submitted"]').waitFor();
    // Used once: the link is gone.
    await contact.page.reload();
    await contact.page.locator('[data-testid="q-gone"]').waitFor();
    await screenshot(contact.page, 'subcontractors-questionnaire-gone-ja');
    await contact.context.close();

    // The officer reviews the answers and closes the audit with a finding.
    await page.reload();
    await openTab(page, '監督');
    await page.locator('[data-testid="audit-status"]').getByText('回答あり').waitFor();
    await page.locator('[data-testid="audit-answers"]').getByText('委託業務の担当者3名のみ').waitFor();
    await page.locator('[data-testid="audit-close-open"]').click();
    await page.locator('[data-testid="close-result"]').click();
    await page.getByRole('option', { name: '要改善' }).click();
    await page.locator('[data-testid="finding-add"]').click();
    await page.locator('[data-testid="finding-description-0"]').fill('アクセスログの保管期間が3か月と短い');
    await page.locator('[data-testid="finding-owner-0"]').fill('委託先 情報システム部');
    await page.locator('[data-testid="finding-due-0"]').fill(plusDays(30));
    // The finding becomes an improvement action owned by the officer; a second finding is only recorded.
    const me = await (await page.request.get(`${BASE_URL()}/api/v1/me`)).json();
    await page.locator('[data-testid="finding-create-action-0"]').click();
    await choose(page, '[data-testid="finding-action-owner-0"]', `${me.person.familyName} ${me.person.givenName}`);
    await page.locator('[data-testid="finding-add"]').click();
    await page.locator('[data-testid="finding-description-1"]').fill('入退室記録の様式が古い');
    await page.locator('[data-testid="finding-owner-1"]').fill('委託先 総務部');
    await page.locator('[data-testid="finding-due-1"]').fill(plusDays(60));
    await page.locator('[data-testid="finding-due-1"]').blur();
    await page.locator('.mat-mdc-select-panel').waitFor({ state: 'detached' });
    await page.locator('[data-testid="finding-create-action-0"]').scrollIntoViewIfNeeded();
    await screenshots(page, 'subcontractors-audit-close');
    await page.locator('[data-testid="close-submit"]').click();
    await page.locator('.mat-mdc-snack-bar-container').filter({ hasText: '改善処置を1件登録しました' }).waitFor();
    await page.locator('[data-testid="audit-status"]').getByText('完了', { exact: true }).waitFor();
    const finding = page.locator('[data-testid="audit-finding"]').filter({ hasText: 'アクセスログの保管期間' });
    await finding.locator('[data-testid="finding-action-link"]').waitFor();
    expect(
      await page
        .locator('[data-testid="audit-finding"]')
        .filter({ hasText: '入退室記録の様式' })
        .locator('[data-testid="finding-action-link"]')
        .count(),
    ).toBe(0);
    await screenshot(page, 'subcontractors-audit-closed-ja');

    // The action it opened, from the finding's link and in the improvement action register.
    const detailUrl = page.url();
    await finding.locator('[data-testid="finding-action-link"]').click();
    await page
      .locator('[data-testid="action-heading"]')
      .filter({ hasText: 'アクセスログの保管期間が3か月と短い' })
      .waitFor();
    await page.goto(`${BASE_URL()}/improvement-actions?sourceType=subcontractor_audit`);
    await page.locator('[data-testid="action-table"]').getByText('アクセスログの保管期間が3か月と短い').waitFor();
    await screenshot(page, 'subcontractors-finding-action-ja');
    await page.goto(detailUrl);

    // History from the audit trail, and the overview in English.
    await openTab(page, '履歴');
    await page.locator('[data-testid="sc-history"]').getByText('subcontractor_audit.closed').waitFor();
    await openTab(page, '概要');
    await page.locator('[data-testid="sc-next-audit"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subcontractors-detail-ja');
    await switchLanguage(page, 'en');
    await page.getByRole('tab', { name: 'Overview' }).waitFor();
    await screenshot(page, 'subcontractors-detail-en');
    await page.goto(`${BASE_URL()}/subcontractors`);
    await page.locator('[data-testid="subcontractors-table"]').waitFor();
    await screenshot(page, 'subcontractors-list-en');
    await switchLanguage(page, 'ja');

    // The checklist template: the default criteria of reference §6, editable by the PMS manager.
    await page.locator('[data-testid="subcontractors-settings"]').click();
    await page.locator('[data-testid="settings-form"]').waitFor();
    expect(await page.locator('[data-testid="settings-criterion"]').count()).toBe(9);
    await expect(page.locator('[data-testid="settings-pass-mark"]').inputValue()).resolves.toBe('27');
    await page.locator('[data-testid="settings-save"]').click();
    await page.getByText('保存しました。').waitFor();
    await screenshot(page, 'subcontractors-settings-ja');
  });

  it('the register shows the columns the officer picks, and keeps them for the next visit', async () => {
    const { page } = await newPage(browser, { bypassCSP: true });
    await signIn(page, 'pms@mamori.example');
    await page.goto(`${BASE_URL()}/subcontractors`);
    const table = page.locator('[data-testid="subcontractors-table"]');
    await table.locator('tbody tr').first().waitFor();
    const headings = async () => (await table.locator('th').allTextContents()).map((t) => t.trim());
    // The headings once the table has redrawn (it does so right after a column is ticked).
    const headingsBecome = async (expected: string[]) => {
      for (let i = 0; i < 50 && JSON.stringify(await headings()) !== JSON.stringify(expected); i++) {
        await page.waitForTimeout(100);
      }
      expect(await headings()).toEqual(expected);
    };
    const defaults = ['委託先', '状態', 'リスク区分', '委託業務', '次回監督期限', '契約満了'];
    await headingsBecome(defaults);

    await page.locator('[data-testid="subcontractors-columns"]').click();
    const item = (id: string) => page.locator(`[data-testid="subcontractors-column-${id}"]`);
    await expect(item('name').isDisabled()).resolves.toBe(true);
    await item('corporateNumber').click();
    await item('privacyMark').click();
    await item('services').click();
    await expect(item('corporateNumber').getAttribute('aria-checked')).resolves.toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'subcontractors-columns-menu-ja');
    await page.keyboard.press('Escape');
    const chosen = [
      '委託先',
      '法人番号',
      '状態',
      'リスク区分',
      'プライバシーマーク有効期限',
      '次回監督期限',
      '契約満了',
    ];
    await headingsBecome(chosen);
    const markExpiries = await table.locator('tbody tr td:nth-child(5)').allTextContents();
    expect(markExpiries.some((text) => /^\d{4}\/\d{2}\/\d{2}/.test(text.trim()))).toBe(true);
    await screenshots(page, 'subcontractors-columns');

    await page.reload();
    await table.locator('tbody tr').first().waitFor();
    await headingsBecome(chosen);

    await pickColumns(page, 'subcontractors');
    await headingsBecome(defaults);
  });
});
