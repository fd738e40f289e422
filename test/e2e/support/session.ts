import type { Page } from 'playwright-core';
import { BASE_URL } from './browser';

export const DEMO_PASSWORD = 'mamori-demo-2026';

/** Signs in through the sign-in page, as a person would, and waits for the shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/sign-in')) await page.goto(`${BASE_URL()}/sign-in`);
  await page.locator('[data-testid="signin-email"]').fill(email);
  await page.locator('[data-testid="signin-password"]').fill(password);
  await page.locator('[data-testid="signin-submit"]').click();
  await page.locator('[data-testid="shell"]').waitFor();
}

/** The side navigation's links, as router paths. */
export async function navLinks(page: Page): Promise<string[]> {
  await page.locator('[data-testid="nav"]').waitFor({ state: 'attached' });
  return page
    .locator('[data-testid="nav"] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
