import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../../app.http';
import { TEST_COMPANY, meFixture, signInForTest } from '../../../core/auth/testing';
import { provideIcons } from '../../../core/icons/icons';
import { I18nPaginatorIntl } from '../../../shared/ui/paginator-intl';
import type { Incident, IncidentClock } from '../incidents.data';
import { incidentFixture } from '../testing';
import { IncidentListPage, incidentListQuery, incidentListView } from './incident-list-page';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function clock(
  kind: IncidentClock['kind'],
  dueDate: string,
  status: IncidentClock['status'] = 'overdue',
): IncidentClock {
  return {
    kind,
    dueDate,
    targetDate: null,
    status,
    doneAt: null,
    late: false,
    daysLeft: -1,
    rule: { startsFrom: 'awareAt', dayOne: '2026-06-10', targetDay: 3, dueDay: 5, source: 'APPI' },
  };
}

function incident(n: number, nearest: IncidentClock | null): Incident {
  return incidentFixture({
    id: `55555555-5555-4555-8555-${String(n).padStart(12, '0')}`,
    title: `顧客リストの誤送信 ${n}`,
    personCount: 1500,
    status: 'reporting',
    ppcReportable: true,
    jipdecPreliminaryRequired: true,
    reportabilityReasons: ['over_1000_persons'],
    deadlines: nearest ? [nearest] : [],
    nearestClock: nearest,
  });
}

describe('incident list view from the URL', () => {
  it('defaults to the open incidents of the company chosen in the top bar, newest first', () => {
    const view = incidentListView({});
    expect(view).toEqual({
      companyId: null,
      allCompanies: false,
      open: true,
      clockOverdue: false,
      sort: '-awareAt',
      page: 0,
      size: 50,
    });
    expect(incidentListQuery(view, TEST_COMPANY)).toEqual({
      companyId: TEST_COMPANY,
      open: true,
      limit: 50,
      offset: 0,
    });
  });

  it("reproduces a dashboard figure's list: a named company, or the whole scope, ordered by the nearest clock", () => {
    const named = incidentListView({ companyId: 'c1', open: 'true', sort: 'nextClock' });
    expect(incidentListQuery(named, TEST_COMPANY)).toEqual({
      companyId: 'c1',
      open: true,
      sort: 'nextClock',
      limit: 50,
      offset: 0,
    });
    const group = incidentListView({ scope: 'all', clockOverdue: 'true', page: '2', size: '20' });
    expect(incidentListQuery(group, TEST_COMPANY)).toEqual({ open: true, clockOverdue: true, limit: 20, offset: 40 });
    expect(incidentListQuery(incidentListView({ open: 'false', sort: 'bogus', size: '7' }), null)).toEqual({
      limit: 50,
      offset: 0,
    });
  });
});

describe('IncidentListPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'incidents', component: IncidentListPage }], withComponentInputBinding()),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        { provide: MatPaginatorIntl, useClass: I18nPaginatorIntl },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const me = meFixture({ roles: ['executive'], group: true });
    me.permissions[0].grants = {
      ...me.permissions[0].grants,
      incident: ['read', 'update'],
      incident_report: ['read', 'create'],
    };
    await signInForTest(me);
    harness = await RouterTestingHarness.create(url);
    await settle();
  }

  const root = () => harness.fixture.nativeElement as HTMLElement;
  const q = (testId: string) => root().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const listRequest = (): TestRequest => backend.expectOne((r) => r.url === '/api/v1/incidents');
  async function answer(request: TestRequest, items: Incident[]) {
    request.flush({ items, total: items.length, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it("opens a group-wide figure's link on every company, nearest clock first, and shows that clock", async () => {
    await open('/incidents?scope=all&open=true&sort=nextClock');
    const request = listRequest();
    expect(request.request.params.toString()).toBe('open=true&sort=nextClock&limit=50&offset=0');
    await answer(request, [
      incident(1, clock('ppc_preliminary', '2026-06-14')),
      incident(2, clock('jipdec_final', '2026-07-09', 'open')),
    ]);
    const rows = q('incidents-table')!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('個人情報保護委員会への速報');
    expect(rows[0].textContent).toContain('2026/06/14');
    expect(q('incidents-filter-all-companies')).not.toBeNull();
    expect(q('incidents-sort')!.textContent).toContain('報告期限の近い順');
    expect(q('incidents-export-csv')!.getAttribute('href')).toBe(
      '/api/v1/incidents/export?format=csv&open=true&sort=nextClock',
    );
  });

  it('without a link: the company chosen in the top bar, newest first; the filters go into the URL', async () => {
    await open('/incidents');
    const request = listRequest();
    expect(request.request.params.toString()).toBe(`companyId=${TEST_COMPANY}&open=true&limit=50&offset=0`);
    await answer(request, [incident(1, null)]);
    expect(q('incidents-filter-all-companies')).toBeNull();
    expect(q('incidents-table')!.textContent).toContain('期限なし');

    q('incidents-filter-clock-overdue')!.querySelector<HTMLElement>('button, [role="option"]')!.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/incidents?clockOverdue=true');
    const filtered = listRequest();
    expect(filtered.request.params.get('clockOverdue')).toBe('true');
    await answer(filtered, []);
    expect(q('incidents-empty')).not.toBeNull();
  });
});
