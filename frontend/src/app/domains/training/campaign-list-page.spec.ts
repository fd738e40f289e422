import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../app.http';
import { provideIcons } from '../../core/icons/icons';
import { OTHER_COMPANY, TEST_COMPANY, meFixture, signInForTest } from '../../core/auth/testing';
import { CampaignListPage } from './campaign-list-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const uncovered = (companyId: string, n: number) => ({
  personId: `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`,
  companyId,
  companyName: '',
  employeeNumber: `E${n}`,
  familyName: '佐藤',
  givenName: `一郎${n}`,
  departmentName: null,
  employmentType: 'regular',
  lastPassedOn: null,
});

describe('CampaignListPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'training/campaigns', component: CampaignListPage }]),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(meFixture({ roles: ['executive'], group: true, companies: 2 }));
    harness = await RouterTestingHarness.create(url);
    await settle();
  }

  async function answer(coverageItems: ReturnType<typeof uncovered>[], total = coverageItems.length) {
    const campaigns = backend.expectOne((r) => r.url === '/api/v1/training/campaigns');
    const coverage = backend.expectOne((r) => r.url === '/api/v1/training/coverage');
    campaigns.flush({ items: [], total: 0, nextCursor: null });
    coverage.flush({ items: coverageItems, total, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
    return { campaigns: campaigns.request.params.toString(), coverage: coverage.request.params.toString() };
  }

  const text = () => (harness.fixture.nativeElement as HTMLElement).textContent ?? '';

  afterEach(() => backend.verify());

  it("opens the group dashboard's coverage link on every company, naming each person's company", async () => {
    await open('/training/campaigns?scope=all');
    const params = await answer([uncovered(TEST_COMPANY, 1), uncovered(OTHER_COMPANY, 2)]);
    expect(params).toEqual({ campaigns: 'limit=50&offset=0', coverage: 'limit=50&offset=0' });
    expect(text()).toContain('権限のあるすべての会社を表示しています。');
    const rows = (harness.fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('GMO TECH株式会社');
    expect(rows[1].textContent).toContain('GMOメディア株式会社');
    // The file holds the same companies: no company in its link.
    const csv = (harness.fixture.nativeElement as HTMLElement).querySelector('[data-testid="coverage-csv"]');
    expect(csv?.getAttribute('href')).toBe('/api/v1/training/coverage/export?format=csv');
  });

  it('without the link: the company chosen in the top bar, no company column', async () => {
    await open('/training/campaigns');
    const params = await answer([uncovered(TEST_COMPANY, 1)]);
    expect(params).toEqual({
      campaigns: `companyId=${TEST_COMPANY}&limit=50&offset=0`,
      coverage: `companyId=${TEST_COMPANY}&limit=50&offset=0`,
    });
    expect(text()).not.toContain('権限のあるすべての会社を表示しています。');
    expect(text()).not.toContain('GMOメディア株式会社');
    expect(text()).toContain('佐藤 一郎1');
    const link = (id: string) =>
      (harness.fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`)?.getAttribute('href');
    expect(link('coverage-csv')).toBe(`/api/v1/training/coverage/export?companyId=${TEST_COMPANY}&format=csv`);
    expect(link('coverage-xlsx')).toBe(`/api/v1/training/coverage/export?companyId=${TEST_COMPANY}&format=xlsx`);
  });

  it('pages through a long coverage list, 50 people a page', async () => {
    await open('/training/campaigns?scope=all');
    const first = Array.from({ length: 50 }, (_, i) => uncovered(TEST_COMPANY, i));
    await answer(first, 120);
    expect(text()).toContain('120人');
    const next = (harness.fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      'button.mat-mdc-paginator-navigation-next',
    )!;
    next.click();
    await settle();
    const page2 = backend.expectOne((r) => r.url === '/api/v1/training/coverage');
    expect(page2.request.params.toString()).toBe('limit=50&offset=50');
    page2.flush({ items: [uncovered(OTHER_COMPANY, 51)], total: 120, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
    expect(text()).toContain('佐藤 一郎51');
  });

  it('narrows the list by the words and employment type in the URL, and the file with it', async () => {
    await open('/training/campaigns?q=%E4%BD%90%E8%97%A4&type=contract');
    const params = await answer([], 0);
    expect(params.coverage).toBe(
      `companyId=${TEST_COMPANY}&q=%E4%BD%90%E8%97%A4&employmentType=contract&limit=50&offset=0`,
    );
    const page = harness.fixture.nativeElement as HTMLElement;
    expect(page.querySelector<HTMLInputElement>('[data-testid="coverage-search"]')!.value).toBe('佐藤');
    const selected = page.querySelector('[data-testid="coverage-filter-type"] [aria-selected="true"]');
    expect(selected?.textContent).toContain('契約社員');
    // Filtered to no one: not the message that everyone is trained.
    expect(page.querySelector('[data-testid="coverage-empty"]')!.textContent).toContain('条件に合う人はいません。');
    expect(text()).not.toContain('全員が365日以内に年次教育を修了しています。');
  });

  it('the file follows the filters shown', async () => {
    await open('/training/campaigns?type=part_time');
    await answer([uncovered(TEST_COMPANY, 1)]);
    const csv = (harness.fixture.nativeElement as HTMLElement).querySelector('[data-testid="coverage-csv"]');
    expect(csv?.getAttribute('href')).toBe(
      `/api/v1/training/coverage/export?companyId=${TEST_COMPANY}&employmentType=part_time&format=csv`,
    );
  });

  it('pages through the campaigns of a large group, 50 a page', async () => {
    await open('/training/campaigns?scope=all');
    const campaign = (n: number) => ({
      id: `88888888-8888-4888-8888-${String(n).padStart(12, '0')}`,
      companyId: TEST_COMPANY,
      titleJa: `年次教育${n}`,
      titleEn: `Annual training ${n}`,
      dueOn: '2026-12-13',
      status: 'open',
      counts: { total: 10, passed: 5, open: 5, overdue: 0, withdrawn: 0, rate: 50 },
    });
    const campaigns = backend.expectOne((r) => r.url === '/api/v1/training/campaigns');
    campaigns.flush({ items: Array.from({ length: 50 }, (_, i) => campaign(i)), total: 130, nextCursor: null });
    backend.expectOne((r) => r.url === '/api/v1/training/coverage').flush({ items: [], total: 0, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
    const paginator = (harness.fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="campaign-paginator"]',
    );
    paginator!.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')!.click();
    await settle();
    const page2 = backend.expectOne((r) => r.url === '/api/v1/training/campaigns');
    expect(page2.request.params.toString()).toBe('limit=50&offset=50');
    page2.flush({ items: [campaign(50)], total: 130, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
    expect(text()).toContain('年次教育50');
  });
});
