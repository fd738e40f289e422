import { BreakpointObserver } from '@angular/cdk/layout';
import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { of } from 'rxjs';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { OverlayContainer } from '@angular/cdk/overlay';
import { provideAppHttpClient } from '../../app.http';
import { COMPANY_STORAGE_KEY, XSRF_COOKIE, type Me } from '../auth';
import { OTHER_COMPANY, TEST_COMPANY, meFixture, signInForTest } from '../auth/testing';
import { I18nTitleStrategy, LANG_STORAGE_KEY, pageTitle } from '../i18n';
import { provideIcons } from '../icons/icons';
import { DEFAULT_NAV_ITEMS, NAV_ITEMS, NavItem } from './nav-items';
import { Shell } from './shell';

/** No unexpected request is left; the bell's unread count (asked for as soon as someone is signed in) is expected. */
function verifyRequests(): void {
  const http = TestBed.inject(HttpTestingController);
  http.match('/api/v1/notifications/unread-count');
  http.verify();
}

@Component({ template: '<h1>page</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class StubPage {}

async function setup(options: { navItems?: readonly NavItem[]; compact?: boolean; me?: Me } = {}) {
  TestBed.configureTestingModule({
    providers: [
      provideAppHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'sign-in', component: StubPage },
        {
          path: '',
          component: Shell,
          children: [
            { path: '', pathMatch: 'full', component: StubPage, title: pageTitle('home.title') },
            { path: '**', component: StubPage, title: pageTitle('notFound.title') },
          ],
        },
      ]),
      provideIcons(),
      { provide: TitleStrategy, useExisting: I18nTitleStrategy },
      ...(options.navItems ? [{ provide: NAV_ITEMS, useValue: options.navItems }] : []),
      ...(options.compact !== undefined
        ? [
            {
              provide: BreakpointObserver,
              useValue: { observe: () => of({ matches: options.compact, breakpoints: {} }) },
            },
          ]
        : []),
    ],
  });
  if (options.me) await signInForTest(options.me);
  const harness = await RouterTestingHarness.create('/');
  await harness.fixture.whenStable();
  const root: HTMLElement = harness.fixture.nativeElement;
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T & Element>(selector);
  return { harness, root, q };
}

describe('Shell', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => verifyRequests());

  it('renders the frame with the navigation listing only the pages that exist', async () => {
    const { root, q } = await setup();
    expect(q('[data-testid="shell"]')).not.toBeNull();
    expect(root.querySelector('header')?.textContent).toContain('守り');
    const nav = q('nav[data-testid="nav"]')!;
    expect(nav.getAttribute('aria-label')).toBe('メインメニュー');
    const links = [...nav.querySelectorAll('a')];
    // Nobody is signed in here: only the pages that need no permission.
    expect(links.map((a) => a.textContent?.trim())).toEqual(['ホーム', '通知', '私の教育']);
    expect(links[0].getAttribute('href')).toBe('/');
    expect(links[0].getAttribute('aria-current')).toBe('page');
    // Only the PDCA group with a page for everyone (運用: my training) shows its heading.
    expect([...nav.querySelectorAll('h2')].map((h) => h.textContent?.trim())).toEqual(['運用（Do）']);
    expect(nav.textContent).not.toContain('計画');
    expect(q('main#main-content')).not.toBeNull();
    expect(q('main h1')?.textContent).toBe('page');
  });

  it('shows a PDCA heading once a page in that group exists', async () => {
    const { q } = await setup({
      navItems: [
        ...DEFAULT_NAV_ITEMS,
        { group: 'plan', labelKey: 'glossary.piLedger', route: '/inventory', icon: 'shield', requires: null },
      ],
    });
    const headings = [...q('[data-testid="nav"]')!.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['計画（Plan）', '運用（Do）']);
    expect(q('[data-testid="nav"] ul[aria-labelledby="nav-heading-plan"]')?.textContent).toContain('個人情報管理台帳');
  });

  it('switches the language from the top bar: texts, <html lang>, title, and the saved choice', async () => {
    const { harness, q } = await setup();
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('ホーム | 守り Mamori');
    const group = q('[data-testid="lang-switch"]')!;
    expect(group.getAttribute('aria-label')).toBe('表示言語');
    expect(q('[data-testid="lang-ja"]')?.textContent?.trim()).toBe('日本語');
    expect(q('[data-testid="lang-en"]')?.getAttribute('lang')).toBe('en');

    q<HTMLButtonElement>('[data-testid="lang-en"] button')!.click();
    await harness.fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(q('[data-testid="nav"] a')?.textContent?.trim()).toBe('Home');
    expect(q('[data-testid="nav"]')?.getAttribute('aria-label')).toBe('Main menu');
    expect(q('[data-testid="lang-en"] button')?.getAttribute('aria-checked')).toBe('true');
    expect(document.title).toBe('Home | 守り Mamori');

    q<HTMLButtonElement>('[data-testid="lang-ja"] button')!.click();
    await harness.fixture.whenStable();
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('ホーム | 守り Mamori');
  });

  it('titles each route in the current language', async () => {
    const { harness } = await setup();
    await harness.navigateByUrl('/no/such/page');
    expect(document.title).toBe('ページが見つかりません | 守り Mamori');
  });

  it('keeps the navigation open beside the page on wide screens, with no menu button', async () => {
    const { q } = await setup({ compact: false });
    expect(q('[data-testid="menu-button"]')).toBeNull();
    expect(q('mat-sidenav')?.classList).toContain('mat-drawer-side');
  });

  it('puts the navigation in a drawer behind a labelled menu button on narrow screens', async () => {
    const { harness, q } = await setup({ compact: true });
    const button = q<HTMLButtonElement>('[data-testid="menu-button"]')!;
    expect(button.getAttribute('aria-label')).toBe('メニューを開く');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(q('mat-sidenav')?.classList).toContain('mat-drawer-over');
    expect(q('mat-sidenav')?.classList).not.toContain('mat-drawer-opened');

    button.click();
    await harness.fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-label')).toBe('メニューを閉じる');
    expect(q('mat-sidenav')?.classList).toContain('mat-drawer-opened');

    // Following a link closes the drawer.
    await harness.navigateByUrl('/elsewhere');
    await harness.fixture.whenStable();
    expect(q('[data-testid="menu-button"]')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers a skip link that moves focus to the page', async () => {
    const { q } = await setup();
    const skip = q<HTMLAnchorElement>('a.skip-link')!;
    expect(skip.textContent?.trim()).toBe('メインコンテンツへ移動');
    expect(skip).toBe(q('a'));
    skip.click();
    expect(document.activeElement).toBe(q('main#main-content'));
  });
});

describe('Shell for a signed-in person', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => verifyRequests());

  const navLinks = (root: HTMLElement) =>
    [...root.querySelectorAll('[data-testid="nav"] a')].map((a) => a.getAttribute('href'));

  it('lists the administration pages the person’s permissions open, under 管理', async () => {
    const { root, q } = await setup({ me: meFixture({ roles: ['pms_manager'] }) });
    expect(navLinks(root)).toEqual([
      '/',
      '/notifications',
      '/training/my',
      '/admin/companies',
      '/admin/departments',
      '/admin/people',
      '/admin/accounts',
      '/admin/audit-trail',
    ]);
    expect(q('#nav-heading-admin')?.textContent?.trim()).toBe('管理');
  });

  it('shows staff no administration at all', async () => {
    const { root, q } = await setup({ me: meFixture({ roles: ['staff'] }) });
    expect(navLinks(root)).toEqual(['/', '/notifications', '/training/my']);
    expect(q('#nav-heading-admin')).toBeNull();
  });

  it('gives an auditor the roster, the accounts and the trail to read, not the company settings', async () => {
    const { root } = await setup({ me: meFixture({ roles: ['auditor'] }) });
    expect(navLinks(root)).toEqual([
      '/',
      '/notifications',
      '/training/my',
      '/admin/people',
      '/admin/accounts',
      '/admin/audit-trail',
    ]);
  });

  it('shows the user menu with the name, the roles and the ways to sign out', async () => {
    const { harness, q } = await setup({ me: meFixture({ roles: ['pms_manager', 'auditor'] }) });
    const trigger = q<HTMLButtonElement>('[data-testid="user-menu"]')!;
    expect(trigger.textContent).toContain('山田 花子');
    expect(trigger.getAttribute('aria-label')).toBe('ユーザーメニュー: 山田 花子');
    trigger.click();
    await harness.fixture.whenStable();
    const overlay = TestBed.inject(OverlayContainer).getContainerElement();
    const roles = overlay.querySelector('[data-testid="user-roles"]')?.textContent ?? '';
    expect(roles).toContain('個人情報保護管理者');
    expect(roles).toContain('監査責任者');
    expect(roles).toContain('GMO TECH株式会社');
    expect(overlay.querySelector('[data-testid="change-password"]')?.textContent).toContain('パスワード変更');
    expect(overlay.querySelector('[data-testid="signout"]')?.textContent).toContain('サインアウト');
    expect(overlay.querySelector('[data-testid="signout-everywhere"]')?.textContent).toContain(
      'すべての端末からサインアウト',
    );
  });

  it('signs out and lands on the sign-in page saying so', async () => {
    document.cookie = `${XSRF_COOKIE}=abc; path=/`;
    const { harness, q } = await setup({ me: meFixture() });
    q<HTMLButtonElement>('[data-testid="user-menu"]')!.click();
    await harness.fixture.whenStable();
    const overlay = TestBed.inject(OverlayContainer).getContainerElement();
    overlay.querySelector<HTMLButtonElement>('[data-testid="signout"]')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/logout')
      .flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toBe('page');
    expect(TestBed.inject(Location).path()).toBe('/sign-in?reason=signedOut');
    document.cookie = `${XSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });

  it('offers the company switcher only to people with several companies, and remembers the choice', async () => {
    const single = await setup({ me: meFixture() });
    expect(single.q('[data-testid="company-switcher"]')).toBeNull();
    TestBed.resetTestingModule();
    localStorage.clear();

    const { harness, q } = await setup({ me: meFixture({ roles: ['admin'], group: true, companies: 2 }) });
    const switcher = q<HTMLButtonElement>('[data-testid="company-switcher"]')!;
    expect(switcher.textContent).toContain('GMO TECH株式会社');
    switcher.click();
    await harness.fixture.whenStable();
    const overlay = TestBed.inject(OverlayContainer).getContainerElement();
    const other = overlay.querySelector<HTMLButtonElement>(`[data-testid="company-option-${OTHER_COMPANY}"]`)!;
    expect(overlay.querySelector(`[data-testid="company-option-${TEST_COMPANY}"]`)?.getAttribute('aria-checked')).toBe(
      'true',
    );
    other.click();
    await harness.fixture.whenStable();
    expect(q('[data-testid="company-current"]')?.textContent).toBe('GMOメディア株式会社');
    expect(localStorage.getItem(COMPANY_STORAGE_KEY)).toContain(OTHER_COMPANY);
  });
});
