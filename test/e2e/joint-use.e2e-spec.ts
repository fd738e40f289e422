import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { BASE_URL, launchBrowser, newPage, screenshot, screenshots, switchLanguage } from './support/browser';
import { pickColumns } from './support/forms';
import { signIn } from './support/session';
import { SAMPLE_PDF } from './support/files';

const GROUP_ARRANGEMENT = 'GMOインターネットグループ各社との共同利用';
const ADDRESS = '東京都渋谷区桜丘町26-1 セルリアンタワー';
const REPRESENTATIVE = '代表取締役社長 守田 太郎';

async function openTab(page: Page, label: string): Promise<void> {
  await page.getByRole('tab', { name: label }).click();
}

describe('joint use (共同利用)', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('the officer completes the imported notice, publishes version 2, copies it, and is stopped adding a data item', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL() });
    await signIn(page, 'pms@mamori.example');

    // The register: the policy's two arrangements, each lacking two notice items.
    await page.locator('[data-testid="nav"] a[href="/joint-use"]').click();
    const table = page.locator('[data-testid="joint-use-table"]');
    await table.locator('tbody tr').nth(1).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    await expect(page.locator('[data-testid="joint-use-missing"]').first().innerText()).resolves.toBe('2件不足');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'joint-use-list');

    // The imported version: exactly the responsible party's address and representative are missing.
    await table.getByRole('link', { name: GROUP_ARRANGEMENT }).click();
    await page.locator('[data-testid="arrangement-missing"]').waitFor();
    await expect(page.locator('[data-testid="missing-item"]').allInnerTexts()).resolves.toEqual([
      '管理責任者の住所',
      '管理責任者の代表者の氏名',
    ]);
    await expect(page.locator('[data-testid="arrangement-version"]').innerText()).resolves.toBe('第1版');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'joint-use-detail-missing');

    // The change wizard: fill them in; the rule says "publish without delay".
    await page.locator('[data-testid="arrangement-change"]').click();
    await page.locator('[data-testid="change-form"]').waitFor();
    await page.locator('[data-testid="change-field-address"]').fill(ADDRESS);
    await page
      .locator('[data-testid="change-field-address-en"]')
      .fill('Cerulean Tower, 26-1 Sakuragaoka-cho, Shibuya-ku, Tokyo');
    await page.locator('[data-testid="change-field-representative"]').fill(REPRESENTATIVE);
    await page.locator('[data-testid="change-next"]').click();
    const rule = page.locator('[data-testid="change-rule"]');
    await rule.waitFor();
    await expect(rule.getAttribute('data-verdict')).resolves.toBe('publish_without_delay');
    await expect(page.locator('[data-testid="change-rule-title"]').innerText()).resolves.toContain('遅滞なく公表');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'joint-use-change-rule');
    await page.locator('[data-testid="change-save"]').click();

    // Back on the arrangement: the change waits for publication; publish version 2.
    await page.locator('[data-testid="arrangement-pending"]').waitFor();
    await expect(page.locator('[data-testid="arrangement-missing"]').count()).resolves.toBe(0);
    await page.locator('[data-testid="arrangement-publish"]').click();
    await page.locator('[data-testid="confirm-ok"]').click();
    await page.locator('[data-testid="arrangement-version"]', { hasText: '第2版' }).waitFor();
    await expect(page.locator('[data-testid="arrangement-pending"]').count()).resolves.toBe(0);

    // The signed group joint-use contract, kept with the arrangement.
    await openTab(page, '共同利用者と契約');
    await page.locator('[data-testid="joint-users-table"]').waitFor();
    await page.locator('[data-testid="contracts"] input[type="file"]').setInputFiles({
      name: '共同利用契約書.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLE_PDF,
    });
    await page.locator('[data-testid="contracts"] a', { hasText: '共同利用契約書.pdf' }).waitFor();
    await page.getByRole('button', { name: '閉じる' }).click();
    await page.locator('mat-snack-bar-container').waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'joint-use-joint-users');

    // The versions with the field-by-field difference.
    await openTab(page, '版の履歴');
    const diff = page.locator('[data-testid="version-2"] [data-testid="version-diff"]');
    await diff.waitFor();
    await expect(diff.innerText()).resolves.toContain(ADDRESS);
    await expect(diff.innerText()).resolves.toContain(REPRESENTATIVE);
    await expect(page.locator('[data-testid="version-1"]').innerText()).resolves.toContain(
      'プライバシーポリシーから取り込み',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'joint-use-versions');

    // The public notice, copied in Japanese.
    await openTab(page, '公表文');
    const notice = page.locator('[data-testid="notice-text"]');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain(`住所: ${ADDRESS}`);
    await page.locator('[data-testid="notice-copy"]').click();
    await page.getByText('公表文をコピーしました').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('当社は、個人情報保護法第27条第5項第3号に基づき');
    expect(copied).toContain(`代表者: ${REPRESENTATIVE}`);
    expect(copied).toContain('共同して利用する者の範囲\nGMOインターネットグループ各社');
    await screenshot(page, 'joint-use-notice-ja');
    await page.getByRole('button', { name: '閉じる' }).click();
    await switchLanguage(page, 'en');
    await page.locator('[data-testid="notice-en"]').click();
    await notice.filter({ hasText: 'Party responsible for managing the personal data' }).waitFor();
    await screenshot(page, 'joint-use-notice-en');
    await switchLanguage(page, 'ja');

    // Adding a data item: the wizard explains the rule and the save is refused.
    await page.locator('[data-testid="arrangement-change"]').click();
    const items = page.locator('[data-testid="change-field-data-items"]');
    await items.waitFor();
    await items.fill(`${await items.inputValue()}、電話番号`);
    await page.locator('[data-testid="change-next"]').click();
    await page.locator('[data-testid="change-rule"][data-verdict="forbidden"]').waitFor();
    await expect(page.locator('[data-testid="change-rule-body"]').innerText()).resolves.toContain(
      '原則として変更できません',
    );
    await page.locator('[data-testid="change-save"]').click();
    const refusal = page.locator('[data-testid="change-refusal"]', { hasText: '保存できません' });
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain('該当する例外を選び');
    expect(page.url()).toMatch(/\/change$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'joint-use-change-forbidden');

    // Nothing was saved: the published version still has the policy's items.
    const id = page.url().split('/').slice(-2)[0];
    const current = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      `${BASE_URL()}/api/v1/joint-use/arrangements/${id}`,
    );
    expect(current).toMatchObject({ currentVersionNo: 2, pending: { kinds: [] } });
    expect(current.dataItemsJa).not.toContain('電話番号');
    await context.close();
  });

  it('lists the provision records with filters and exports them', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signIn(page, 'pms@mamori.example');
    await page.locator('[data-testid="nav"] a[href="/provision-records"]').click();
    const table = page.locator('[data-testid="records-table"]');
    await table.locator('tbody tr').nth(6).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(7);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'provision-records');

    // 「表示する列」 adds the recording method; every demo record names one.
    await pickColumns(page, 'records', ['method']);
    await table.locator('th', { hasText: '記録の方法' }).waitFor();
    const methods = await table.locator('tbody tr td:nth-child(6)').allTextContents();
    expect(methods).toHaveLength(7);
    expect(methods.every((m) => /^(提供の都度|一括して作成|契約書等で代替)$/.test(m.trim()))).toBe(true);
    await pickColumns(page, 'records');
    await table.locator('th', { hasText: '記録の方法' }).waitFor({ state: 'detached' });

    await page.goto(`${BASE_URL()}/provision-records?basis=consent`);
    await table.locator('tbody tr').nth(3).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(4);
    const href = await page.locator('[data-testid="records-export-csv"]').getAttribute('href');
    expect(href).toContain('basis=consent');
    const csv = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { type: res.headers.get('content-type'), text: await res.text() };
    }, `${BASE_URL()}${href}`);
    expect(csv.type).toContain('text/csv');
    expect(csv.text.trim().split(/\r?\n/)).toHaveLength(5);
    expect(csv.text).toContain('本人の同意');

    // A receipt without the provider's identity is refused with what is missing.
    await page.goto(`${BASE_URL()}/provision-records/new`);
    await page.locator('[data-testid="record-form"]').waitFor();
    await page.locator('[data-testid="record-direction"]').click();
    await page.getByRole('option', { name: '受領' }).click();
    await page.locator('[data-testid="record-counterparty"]').fill('株式会社テスト提供元(架空)');
    await page.locator('[data-testid="record-persons"]').fill('会員 10名');
    await page.locator('[data-testid="record-items"]').fill('氏名');
    await page.locator('[data-testid="record-provided-on"]').fill('2026-11-01');
    await page.locator('[data-testid="record-save"]').click();
    const refusal = page.locator('[data-testid="record-refusal"]');
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain('提供元の確認事項が不足しています');
    await expect(refusal.innerText()).resolves.toContain('提供元が個人データを取得した経緯');
    await screenshot(page, 'provision-record-receipt-refused-ja');
    await context.close();
  });
});
