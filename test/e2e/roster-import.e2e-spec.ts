import type { Browser } from 'playwright-core';
// The CSV and Shift_JIS helpers are shared with the backend's integration tests of the import.
import { csv, encodeShiftJis, JAPANESE_HEADERS, rosterRow } from '../../backend/test/support/roster';
import { BASE_URL, launchBrowser, newPage, screenshot, screenshots } from './support/browser';
import { signIn } from './support/session';

/** 1,000 data rows as an HR system's Excel export would write them: Shift_JIS, CRLF, 10 rows broken. */
function rosterFile(): Buffer {
  const broken = new Map<number, Record<string, string>>([
    [17, { 氏名: '' }],
    [101, { 入社日: '2021/13/40' }],
    [202, { 雇用形態: 'アルバイト以外' }],
    [303, { メールアドレス: 'not-an-address' }],
    [404, { 社員番号: '' }],
    [505, { 入社日: 'きのう' }],
    [606, { 氏名: '' }],
    [707, { 雇用形態: '' }],
    [808, { 退職日: '2019/01/01' }],
    [909, { メールアドレス: 'also@@wrong' }],
  ]);
  const rows = Array.from({ length: 1000 }, (_, i) => rosterRow(90000 + i + 1, broken.get(i + 1) ?? {}));
  return encodeShiftJis(csv([JAPANESE_HEADERS, ...rows]));
}

describe('roster import', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('imports a 1,000-row Shift_JIS file, listing the 10 bad rows before anything is written', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'pms@mamori.example');
    await page.goto(`${BASE_URL()}/admin/roster-import`);

    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: '従業員名簿.csv',
      mimeType: 'text/csv',
      buffer: rosterFile(),
    });
    await page.locator('[data-testid="import-encoding"]').click();
    await page.locator('[data-testid="import-encoding-shift_jis"]').click();
    await page.locator('[data-testid="import-file-name"]').waitFor();
    await screenshot(page, 'import-1-file-ja');
    await page.locator('[data-testid="import-next"]').click();

    // Column mapping, guessed from the Japanese headings.
    await page.locator('[data-testid="import-sample"]').waitFor();
    await expect(page.locator('[data-testid="import-sample"]').innerText()).resolves.toContain('山田 太郎90001');
    await screenshot(page, 'import-2-mapping-ja');
    await page.locator('[data-testid="import-next"]').click();

    // The check: every problem row listed, nothing written yet.
    await page.locator('[data-testid="import-counts"]').waitFor();
    await expect(page.locator('[data-testid="import-error-count"]').innerText()).resolves.toBe('10');
    await expect(page.locator('[data-testid="import-valid-count"]').innerText()).resolves.toBe('990');
    await page.locator('[data-testid="import-error-table"]').waitFor();
    await screenshots(page, 'import-3-check');
    const before = await page.evaluate(
      async (url) => {
        const res = await fetch(url, { credentials: 'same-origin' });
        return ((await res.json()) as { total: number }).total;
      },
      `${BASE_URL()}/api/v1/people?q=${encodeURIComponent('山田')}&limit=1`,
    );
    expect(before).toBe(0);

    await page.locator('[data-testid="import-apply"]').click();
    await page.locator('[data-testid="import-summary"]').waitFor({ timeout: 60000 });
    await expect(page.locator('[data-testid="import-created"]').innerText()).resolves.toBe('990');
    await expect(page.locator('[data-testid="import-errors"]').innerText()).resolves.toBe('10');
    await screenshot(page, 'import-4-result-ja');

    const after = await page.evaluate(
      async (url) => {
        const res = await fetch(url, { credentials: 'same-origin' });
        return ((await res.json()) as { total: number }).total;
      },
      `${BASE_URL()}/api/v1/people?q=${encodeURIComponent('山田')}&limit=1`,
    );
    expect(after).toBe(990);
    await context.close();
  });
});
