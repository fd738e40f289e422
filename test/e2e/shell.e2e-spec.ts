import type { Browser } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { BASE_URL, launchBrowser, newPage, screenshot } from './support/browser';
import { signIn, waitForOperational } from './support/session';

describe('shell', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('sends a visitor to the sign-in page, in Japanese, with the English switch', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(BASE_URL());
    await page.waitForURL(/\/sign-in/);
    await page.locator('[data-testid="signin-form"]').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await screenshot(page, 'signin-ja');
    await page.locator('[data-testid="lang-en"] button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await screenshot(page, 'signin-en');
    await context.close();
  });

  it('renders the shell in Japanese, switches to English, and remembers the choice', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'pms@mamori.example');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect(page.locator('[data-testid="nav"]').innerText()).resolves.toContain('ホーム');
    // The status card reports the API and its database as working.
    await waitForOperational(page);
    await page.locator('[data-testid="status-card"]').getByText('稼働中').waitFor();
    await screenshot(page, 'shell-ja');

    await page.locator('[data-testid="lang-en"] button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.locator('[data-testid="nav"]').innerText()).resolves.toContain('Home');
    await waitForOperational(page);
    await page.locator('[data-testid="status-card"]').getByText('Operational').waitFor();
    await screenshot(page, 'shell-en');

    await page.reload();
    await page.locator('[data-testid="shell"]').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('shows the not-found page for an unknown deep link, served by the API origin', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'staff@mamori.example');
    const response = await page.goto(`${BASE_URL()}/no/such/page`);
    expect(response?.status()).toBe(200);
    await page.locator('[data-testid="not-found"]').waitFor();
    await screenshot(page, 'not-found-ja');
    await context.close();
  });

  it('works at phone width with the navigation in a drawer', async () => {
    const { context, page } = await newPage(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(page, 'staff@mamori.example');
    await expect(page.locator('[data-testid="nav"]').isVisible()).resolves.toBe(false);
    await page.locator('[data-testid="menu-button"]').click();
    await page.locator('[data-testid="nav"]').waitFor({ state: 'visible' });
    // Wait for the drawer to finish sliding in before the picture.
    await page.waitForFunction(() => {
      const nav = document.querySelector('[data-testid="nav"]');
      return !!nav && nav.getBoundingClientRect().left >= 0 && !document.querySelector('.mat-drawer-animating');
    });
    await screenshot(page, 'shell-ja-phone');
    await context.close();
  });

  it('has no serious accessibility violations on the sign-in page and the shell, in either language', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await page.goto(`${BASE_URL()}/sign-in`);
    await page.locator('[data-testid="signin-form"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page, 'pms@mamori.example');
    await page.locator('[data-testid="status-ready"], [data-testid="status-problem"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-testid="lang-en"] button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('keeps the API answering problem+json under the same origin', async () => {
    const res = await fetch(`${BASE_URL()}/api/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).code).toBe('NOT_FOUND');
    const people = await fetch(`${BASE_URL()}/api/v1/people`);
    expect(people.status).toBe(401);
    expect((await people.json()).code).toBe('UNAUTHENTICATED');
    const health = await fetch(`${BASE_URL()}/api/v1/health/ready`);
    expect(health.status).toBe(200);
  });
});
