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

/**
 * Waits until the home page's status card says the system is operational. On a heavily loaded
 * machine the readiness check (2 s database timeout) can report a problem once; the card's retry
 * button is what a person would press.
 */
export async function waitForOperational(page: Page, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const state = page.locator('[data-testid="status-ready"], [data-testid="status-problem"]').first();
    await state.waitFor();
    if ((await state.getAttribute('data-testid')) === 'status-ready') return;
    if (attempt >= attempts) throw new Error('the status card kept reporting a problem');
    await page.locator('[data-testid="status-retry"]').click();
    await page.locator('[data-testid="status-checking"]').waitFor({ state: 'detached' });
  }
}
