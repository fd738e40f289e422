import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';

export const ARTIFACTS = join(__dirname, '..', 'artifacts');
export const BASE_URL = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is set by the e2e global setup');
  return url;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that phones home. Never a downloaded browser. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  return {
    browser,
    // Playwright gives each launch a fresh temporary profile and removes it on close.
    close: () => browser.close(),
  };
}

export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion: Angular Material then skips its animations, so a screenshot never catches a checkbox or a
  // dialog half-way (and the app's own reduced-motion styles are exercised).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ja-JP',
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Switches the app's language with the switch on its top bar, as a person would, and waits for the page
 * to follow and for the choice to be saved with the account (so a later page load does not undo it).
 */
export async function switchLanguage(page: Page, lang: 'ja' | 'en'): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === lang) return;
  const saved = page
    .waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === '/api/v1/me', {
      timeout: 5000,
    })
    .catch(() => undefined); // not signed in, or the account already has this language
  await page.locator(`[data-testid="lang-${lang}"] button`).first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await saved;
  // The pointer and the focus leave the switch, so the picture shows no hover or focus ring on it.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

/** Hides (or shows again) the snack bars: one opened before a language switch still speaks the old language. */
async function snackBarsVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((show) => {
    document.querySelectorAll<HTMLElement>('.mat-mdc-snack-bar-container').forEach((bar) => {
      bar.style.visibility = show ? '' : 'hidden';
    });
  }, visible);
}

/**
 * The same screen in both languages, `<name>-ja.png` and `<name>-en.png`, for the Japanese and the English
 * user guide; the page is back in Japanese afterwards.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-ja`);
  await switchLanguage(page, 'en');
  await snackBarsVisible(page, false);
  await screenshot(page, `${name}-en`);
  await snackBarsVisible(page, true);
  await switchLanguage(page, 'ja');
}
