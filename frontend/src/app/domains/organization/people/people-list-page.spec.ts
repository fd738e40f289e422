import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../../app.http';
import { TEST_COMPANY, meFixture, signInForTest } from '../../../core/auth/testing';
import { provideIcons } from '../../../core/icons/icons';
import { I18nPaginatorIntl } from '../../../shared/ui/paginator-intl';
import { PeopleListPage } from './people-list-page';
import type { Person } from './people.data';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function person(n: number, overrides: Partial<Person> = {}): Person {
  return {
    id: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
    companyId: TEST_COMPANY,
    employeeNumber: `T${String(n).padStart(4, '0')}`,
    familyName: '山田',
    givenName: `太郎${n}`,
    familyNameKana: 'ヤマダ',
    givenNameKana: 'タロウ',
    email: null,
    departmentId: null,
    employmentType: 'regular',
    hireDate: '2024-04-01',
    leaveDate: null,
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('PeopleListPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string, roles: Parameters<typeof meFixture>[0] = {}) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin/people', component: PeopleListPage }], withComponentInputBinding()),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        { provide: MatPaginatorIntl, useClass: I18nPaginatorIntl },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(meFixture(roles));
    harness = await RouterTestingHarness.create(url);
    await settle();
  }

  const root = () => harness.fixture.nativeElement as HTMLElement;
  const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
    root().querySelector<T>(`[data-testid="${testId}"]`);
  const url = () => TestBed.inject(Router).url;
  const peopleRequest = (): TestRequest => backend.expectOne((r) => r.url === '/api/v1/people');
  const answerDepartments = () =>
    backend.expectOne(`/api/v1/companies/${TEST_COMPANY}/departments`).flush({
      items: [
        {
          id: '33333333-3333-4333-8333-333333333333',
          companyId: TEST_COMPANY,
          parentId: null,
          name: '開発部',
          code: 'DEV',
          createdAt: '',
          updatedAt: '',
          version: 1,
          children: [],
        },
      ],
      total: 1,
    });
  async function answer(request: TestRequest, items: Person[], total = items.length) {
    request.flush({ items, total, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('loads current staff of the company, with skeleton rows while waiting', async () => {
    await open('/admin/people');
    answerDepartments();
    const request = peopleRequest();
    expect(request.request.params.toString()).toBe(
      `companyId=${TEST_COMPANY}&active=true&sort=nameKana&limit=50&offset=0`,
    );
    harness.fixture.detectChanges();
    expect(root().querySelector('.skeleton-rows')).not.toBeNull();
    await answer(request, [person(1, { departmentId: '33333333-3333-4333-8333-333333333333' }), person(2)], 203);
    expect(root().querySelector('.skeleton-rows')).toBeNull();
    const rows = q('people-table')!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('山田 太郎1');
    expect(rows[0].textContent).toContain('開発部');
    expect(rows[0].textContent).toContain('正社員');
    expect(rows[0].textContent).toContain('2024/04/01');
    expect(q('people-paginator')?.textContent).toContain('1–50件 / 全203件');
  });

  it('reproduces a view from a link: search, chips, sort and page', async () => {
    await open('/admin/people?q=%E5%B1%B1%E7%94%B0&type=part_time&status=all&sort=-hireDate&page=3');
    answerDepartments();
    const request = peopleRequest();
    const params = request.request.params;
    expect(params.get('q')).toBe('山田');
    expect(params.get('employmentType')).toBe('part_time');
    expect(params.has('active')).toBe(false);
    expect(params.get('sort')).toBe('-hireDate');
    expect(params.get('offset')).toBe('100');
    await answer(request, [person(101, { employmentType: 'part_time' })], 101);
    expect(q<HTMLInputElement>('people-search')!.value).toBe('山田');
    const selected = q('people-filter-type')!.querySelector('[aria-selected="true"]');
    expect(selected?.textContent).toContain('パート・アルバイト');
    expect(q('people-table')!.querySelector('[aria-sort="descending"]')?.textContent).toContain('入社日');
  });

  it('writes what the person does into the URL, so the link reproduces the view', async () => {
    await open('/admin/people');
    answerDepartments();
    await answer(peopleRequest(), [person(1)], 1);

    const search = q<HTMLInputElement>('people-search')!;
    search.value = '山田';
    search.dispatchEvent(new Event('input'));
    await settle(350);
    expect(url()).toBe('/admin/people?q=%E5%B1%B1%E7%94%B0');
    await answer(peopleRequest(), [person(1)], 1);

    q('people-type-contract')!.querySelector<HTMLButtonElement>('button')!.click();
    await settle();
    expect(url()).toBe('/admin/people?q=%E5%B1%B1%E7%94%B0&type=contract');
    const filtered = peopleRequest();
    expect(filtered.request.params.get('employmentType')).toBe('contract');
    await answer(filtered, [], 0);

    // Nobody matches: say so and offer to clear the filters, which clears the URL too.
    expect(root().textContent).toContain('条件に合う従業者はいません');
    q<HTMLButtonElement>('people-clear-filters')!.click();
    await settle();
    expect(url()).toBe('/admin/people');
    await answer(peopleRequest(), [person(1)], 1);
    expect(q<HTMLInputElement>('people-search')!.value).toBe('');
  });

  it('sorts on the server from the column headers', async () => {
    await open('/admin/people');
    answerDepartments();
    await answer(peopleRequest(), [person(1)], 1);
    const header = [...q('people-table')!.querySelectorAll<HTMLElement>('th')].find((th) =>
      th.textContent?.includes('社員番号'),
    )!;
    header.querySelector<HTMLElement>('.mat-sort-header-container')!.click();
    await settle();
    expect(url()).toBe('/admin/people?sort=employeeNumber');
    const request = peopleRequest();
    expect(request.request.params.get('sort')).toBe('employeeNumber');
    await answer(request, [person(1)], 1);
  });

  it('greets an empty roster with what it is for and the first action', async () => {
    await open('/admin/people');
    answerDepartments();
    await answer(peopleRequest(), [], 0);
    const empty = q('people-empty')!;
    expect(empty.textContent).toContain('従業者がまだ登録されていません');
    expect(empty.querySelector('a')?.textContent).toContain('従業者を登録');
    expect(q('people-table')).toBeNull();
  });

  it('offers no registration to people who may only read the roster', async () => {
    await open('/admin/people', { roles: ['auditor'] });
    answerDepartments();
    await answer(peopleRequest(), [person(1)], 1);
    expect(q('people-add')).toBeNull();
  });
});
