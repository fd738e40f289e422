import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage, screenshot, switchLanguage } from './support/browser';
import { navLinks, signIn } from './support/session';

/**
 * Each demo role signs in through the page and sees only what its role may see: the navigation lists
 * only its pages, a page it may not open answers with the not-found page, and the API refuses the rest.
 */
const ADMIN_PAGES = [
  '/admin/companies',
  '/admin/departments',
  '/admin/people',
  '/admin/roster-import',
  '/admin/accounts',
  '/admin/audit-trail',
];

const ROLES: { email: string; pages: string[] }[] = [
  // Scheduled jobs and the mail outbox belong to the whole installation: group-wide administrators only.
  { email: 'admin@mamori.example', pages: [...ADMIN_PAGES, '/admin/jobs', '/admin/mail-outbox'] },
  { email: 'pms@mamori.example', pages: ADMIN_PAGES },
  { email: 'auditor@mamori.example', pages: ['/admin/people', '/admin/accounts', '/admin/audit-trail'] },
  { email: 'manager@mamori.example', pages: ['/admin/people'] },
  { email: 'exec@mamori.example', pages: ['/admin/people'] },
  { email: 'staff@mamori.example', pages: [] },
];

async function apiStatus(page: Page, path: string): Promise<number> {
  return page.evaluate(
    async (url) => (await fetch(url, { credentials: 'same-origin' })).status,
    `${BASE_URL()}${path}`,
  );
}

describe('sign-in and roles', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('refuses a wrong password with the same message as an unknown account', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL()}/sign-in`);
    await page.locator('[data-testid="signin-email"]').fill('pms@mamori.example');
    await page.locator('[data-testid="signin-password"]').fill('not-the-password-at-all');
    await page.locator('[data-testid="signin-submit"]').click();
    const wrong = await page.locator('[data-testid="signin-error"]').innerText();
    await screenshot(page, 'signin-error-ja');
    await page.locator('[data-testid="signin-email"]').fill('nobody@mamori.example');
    await page.locator('[data-testid="signin-submit"]').click();
    await page.waitForTimeout(300);
    expect(await page.locator('[data-testid="signin-error"]').innerText()).toBe(wrong);
    await context.close();
  });

  it.each(ROLES)('$email sees only the pages of its role', async ({ email, pages }) => {
    const { context, page } = await newPage(browser);
    await signIn(page, email);
    const links = await navLinks(page);
    expect(links.filter((l) => l.startsWith('/admin'))).toEqual(pages);
    expect(links).toContain('/');

    for (const path of ADMIN_PAGES.filter((p) => !pages.includes(p))) {
      await page.goto(`${BASE_URL()}${path}`);
      await page.locator('[data-testid="not-found"]').waitFor();
    }
    const expectedPeopleStatus = pages.includes('/admin/people') ? 200 : 403;
    expect(await apiStatus(page, '/api/v1/people')).toBe(expectedPeopleStatus);
    expect(await apiStatus(page, '/api/v1/audit-trail')).toBe(pages.includes('/admin/audit-trail') ? 200 : 403);
    await context.close();
  });

  it('a PMS manager sees the people of the own company only, and the audit trail verifies', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'pms@mamori.example');
    await page.goto(`${BASE_URL()}/admin/people`);
    await page.locator('[data-testid="people-table"] tbody tr').first().waitFor();
    // The paginator speaks the page's language: its words are provided by the shell.
    const range = page.locator('.mat-mdc-paginator-range-label');
    expect(await range.textContent()).toMatch(/^\s*1–\d+件 \/ 全\d+件\s*$/);
    await screenshot(page, 'people-ja');
    await switchLanguage(page, 'en');
    await page.waitForFunction(() =>
      /of \d+/.test(document.querySelector('.mat-mdc-paginator-range-label')?.textContent ?? ''),
    );
    expect(await range.textContent()).toMatch(/^\s*1–\d+ of \d+\s*$/);
    await screenshot(page, 'people-en');
    await switchLanguage(page, 'ja');
    const companies = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      const body = (await res.json()) as { items: { companyId: string }[] };
      return [...new Set(body.items.map((p) => p.companyId))];
    }, `${BASE_URL()}/api/v1/people?limit=200`);
    expect(companies).toHaveLength(1);

    await page.goto(`${BASE_URL()}/admin/audit-trail`);
    await page.locator('[data-testid="audit-table"]').waitFor();
    await page.locator('[data-testid="audit-verify"]').click();
    await page.locator('[data-testid="audit-verify-result"]').waitFor();
    await screenshot(page, 'audit-trail-ja');
    await switchLanguage(page, 'en');
    await screenshot(page, 'audit-trail-en');
    // The choice is saved on the account: leave it in Japanese for the tests that follow.
    await switchLanguage(page, 'ja');
    await context.close();
  });

  it('signs out and the session no longer works', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'staff@mamori.example');
    expect(await apiStatus(page, '/api/v1/me')).toBe(200);
    await page.locator('[data-testid="user-menu"]').click();
    await page.locator('[data-testid="signout"]').click();
    await page.waitForURL(/\/sign-in/);
    expect(await apiStatus(page, '/api/v1/me')).toBe(401);
    await context.close();
  });
});
