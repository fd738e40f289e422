import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { BASE_URL, launchBrowser, newPage, screenshot, screenshots } from './support/browser';

const ADMIN = { email: 'admin@mamori.example', password: 'mamori-demo-2026' };

/** The XSRF-TOKEN cookie the API gave this browser context. */
async function xsrf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN');
  if (!cookie) throw new Error('no XSRF-TOKEN cookie');
  return cookie.value;
}

/** Signs the browser context in through the API, as the sign-in form does. */
async function signIn(context: BrowserContext, account: { email: string; password: string }): Promise<void> {
  await context.request.get(`${BASE_URL()}/api/v1/auth/csrf`);
  const res = await context.request.post(`${BASE_URL()}/api/v1/auth/login`, {
    data: account,
    headers: { 'x-xsrf-token': await xsrf(context) },
  });
  if (res.status() !== 200) throw new Error(`sign-in failed: ${res.status()}`);
}

async function post(context: BrowserContext, path: string, data?: unknown) {
  return context.request.post(`${BASE_URL()}${path}`, { data, headers: { 'x-xsrf-token': await xsrf(context) } });
}

/** A new account for a demo person, then locked out by failed sign-ins: the administrators are told. */
async function lockOutNewAccount(admin: BrowserContext, stranger: APIRequestContext): Promise<void> {
  const people = await (await admin.request.get(`${BASE_URL()}/api/v1/people?limit=100`)).json();
  const email = `e2e-lock-${Date.now()}@example.jp`;
  let created = false;
  for (const person of people.items as { id: string }[]) {
    const res = await post(admin, '/api/v1/accounts', {
      personId: person.id,
      email,
      password: 'a long e2e pass phrase 2026',
    });
    if (res.status() === 201) {
      created = true;
      break;
    }
  }
  if (!created) throw new Error('no demo person without an account');
  await stranger.get(`${BASE_URL()}/api/v1/auth/csrf`);
  const state = await stranger.storageState();
  const token = state.cookies.find((c) => c.name === 'XSRF-TOKEN')!.value;
  for (let i = 0; i < 10; i++) {
    await stranger.post(`${BASE_URL()}/api/v1/auth/login`, {
      data: { email, password: 'not the password' },
      headers: { 'x-xsrf-token': token },
    });
  }
}

describe('notifications', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close();
  });

  it('shows the unread count on the bell, lists the notification and marks it read', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signIn(context, ADMIN);
    const { context: strangerContext } = await newPage(browser);
    await lockOutNewAccount(context, strangerContext.request);
    await strangerContext.close();

    await page.goto(BASE_URL());
    const bell = page.locator('[data-testid="notification-bell"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label')?.includes('未読'),
    );
    await screenshot(page, 'notification-bell-ja');

    await bell.click();
    await page.locator('[data-testid="notifications-page"]').waitFor();
    await page.locator('[data-testid="notification-item"]').first().getByText('ロックされました').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'notifications');

    await page.locator('[data-testid="mark-all-read"]').click();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label')?.includes('未読'),
    );
    await page.locator('[data-testid="mark-read"]').first().waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="mark-read"]').count()).toBe(0);
    await context.close();
  });

  it('saves the mail preference and makes, copies and revokes the calendar URL', async () => {
    const { context, page } = await newPage(browser, { bypassCSP: true });
    await signIn(context, ADMIN);
    await page.goto(`${BASE_URL()}/notifications/preferences`);
    await page.locator('[data-testid="preferences-table"]').waitFor();
    await page.locator('[data-testid="pref-due_soon"] mat-radio-button[value="digest"] input').check();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me/notification-preferences') && r.request().method() === 'PUT',
    );
    await page.locator('[data-testid="save-preferences"]').click();
    expect((await saved).status()).toBe(200);
    const prefs = await (await context.request.get(`${BASE_URL()}/api/v1/me/notification-preferences`)).json();
    expect(prefs.items).toContainEqual({ eventType: 'due_soon', delivery: 'digest' });

    await page.locator('[data-testid="create-calendar-url"]').click();
    const input = page.locator('[data-testid="calendar-url"]');
    await input.waitFor();
    const url = await input.inputValue();
    expect(url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feedPath = new URL(url).pathname;
    const feed = await fetch(`${BASE_URL()}${feedPath}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await page.locator('[data-testid="calendar-status"]').getByText('有効な URL があります').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'notification-preferences');

    await page.locator('[data-testid="revoke-calendar-url"]').click();
    await page.locator('[data-testid="calendar-status"]').getByText('まだありません').waitFor();
    expect((await fetch(`${BASE_URL()}${feedPath}`)).status).toBe(404);
    await context.close();
  });

  it('shows the scheduled jobs and the outbox to the administrator', async () => {
    const { context, page } = await newPage(browser);
    await signIn(context, ADMIN);
    await page.goto(`${BASE_URL()}/admin/jobs`);
    await page.locator('[data-testid="job-notifications.reminders"]').waitFor();
    await page.locator('[data-testid="run-notifications.reminders"]').click();
    await page.locator('[data-testid="job-notifications.reminders"]').getByText('成功').waitFor();
    await screenshot(page, 'admin-jobs-ja');

    await page.goto(`${BASE_URL()}/admin/mail-outbox`);
    await page.locator('[data-testid="no-smtp"]').waitFor();
    await page.locator('[data-testid="outbox-table"]').getByText('アカウントがロックされました').first().click();
    await page.locator('[data-testid="mail-preview"]').waitFor();
    await screenshot(page, 'admin-mail-outbox-ja');
    await context.close();
  });
});
