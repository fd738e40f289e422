import type { Page } from 'playwright-core';

/** Opens a Material select from the keyboard and picks the option showing `text`, waiting for lists that load late. */
export async function choose(page: Page, selector: string, text: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.locator(selector).first().focus();
    await page.keyboard.press('Enter');
    const option = page.locator('mat-option', { hasText: text }).first();
    const shown = await option
      .waitFor({ timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return option.click();
    if (attempt >= 6) throw new Error(`${selector} does not offer ${text}`);
    await page.keyboard.press('Escape');
  }
}

/**
 * Ticks columns on or off in a register's 「表示する列」 menu (`list` is its test id: `incidents`, `records` …)
 * and closes the menu; with no columns, goes back to the default columns.
 */
export async function pickColumns(page: Page, list: string, columns: string[] = []): Promise<void> {
  await page.locator(`[data-testid="${list}-columns"]`).click();
  if (!columns.length) await page.locator(`[data-testid="${list}-columns-reset"]`).click();
  for (const column of columns) await page.locator(`[data-testid="${list}-column-${column}"]`).click();
  await page.keyboard.press('Escape');
}
