import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../../app.http';
import { TEST_COMPANY, meFixture, signInForTest } from '../../../core/auth/testing';
import { provideIcons } from '../../../core/icons/icons';
import type { Audit, Subcontractor } from '../subcontractors.data';
import { SubcontractorDetailPage } from './subcontractor-detail-page';
import { DATE_INPUT_PROVIDERS } from '../../../shared/ui/date-input';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const ID = '77777777-7777-4777-8777-000000000001';
const AUDIT = '88888888-8888-4888-8888-000000000001';
const OWNER = '44444444-4444-4444-8444-000000000001';
const ACTION = '66666666-6666-4666-8666-000000000001';

const subcontractor: Subcontractor = {
  id: ID,
  companyId: TEST_COMPANY,
  name: '株式会社データ処理',
  corporateNumber: null,
  address: null,
  representative: null,
  contactName: null,
  contactEmail: null,
  services: '顧客データの入力',
  personalDataItems: '氏名、住所',
  approxPersons: 100,
  sensitiveData: false,
  myNumber: false,
  computedRiskTier: 'medium',
  riskTierOverride: null,
  riskTierOverrideReason: null,
  riskTier: 'medium',
  privacyMarkNumber: null,
  privacyMarkExpiresOn: null,
  ismsCertified: false,
  ismsExpiresOn: null,
  status: 'approved',
  allowedTransitions: [],
  approvedOn: '2026-06-01',
  lastAuditOn: null,
  nextAuditDueOn: '2027-06-01',
  contractEndsOn: null,
  auditOverdue: false,
  expiring: false,
  ownerAccountId: null,
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  version: 2,
};

function audit(overrides: Partial<Audit> = {}): Audit {
  return {
    id: AUDIT,
    subcontractorId: ID,
    kind: 'questionnaire',
    dueOn: '2027-06-01',
    status: 'answered',
    questions: [],
    answers: {},
    answeredAt: '2026-06-20T00:00:00.000Z',
    result: null,
    resultComment: null,
    closedOn: null,
    findings: [],
    links: [],
    attachments: [],
    createdAt: '2026-06-10T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

describe('SubcontractorDetailPage: closing an audit with a finding that opens an improvement action', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let audits: Audit[];

  /** Answers the page's lists: the record, its audits as `audits` holds them, everything else empty. */
  async function drain() {
    for (let i = 0; i < 4; i++) {
      await settle();
      backend
        .match(() => true)
        .forEach((r: TestRequest) => {
          const url = r.request.url;
          if (url === `/api/v1/subcontractors/${ID}`) r.flush(subcontractor);
          else if (url.endsWith('/audits')) r.flush({ items: audits, total: audits.length });
          else if (url.endsWith('/subcontractor-settings'))
            r.flush({
              companyId: TEST_COMPANY,
              criteria: [],
              passMark: 0,
              auditSchedule: { high: { kind: 'on_site', months: 12 } },
              version: 0,
            });
          else if (url.endsWith('/attachments')) r.flush([]);
          else if (url === '/api/v1/people')
            r.flush({ items: [{ id: OWNER, familyName: '渡辺', givenName: '学' }], total: 1, nextCursor: null });
          else if (r.request.method === 'GET') r.flush({ items: [], total: 0 });
        });
      harness.fixture.detectChanges();
    }
  }

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'subcontractors/:id', component: SubcontractorDetailPage }],
          withComponentInputBinding(),
        ),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        DATE_INPUT_PROVIDERS,
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const me = meFixture({ roles: ['pms_manager'] });
    me.permissions[0].grants = { ...me.permissions[0].grants, subcontractor: ['read', 'update'] };
    await signInForTest(me);
    harness = await RouterTestingHarness.create(`/subcontractors/${ID}`);
    await drain();
    const tabs = [...root().querySelectorAll<HTMLElement>('[role="tab"]')];
    tabs.find((t) => t.textContent?.includes('監督'))!.click();
    await drain();
  }

  const root = () => harness.fixture.nativeElement as HTMLElement;
  const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
    root().querySelector<T>(`[data-testid="${testId}"]`);
  const page = () => harness.routeDebugElement!.componentInstance as SubcontractorDetailPage;

  beforeEach(() => {
    localStorage.clear();
    audits = [audit()];
  });
  afterEach(() => backend.verify());

  it('sends createImprovementAction for the ticked finding only, then links the finding to its action', async () => {
    await open();
    q<HTMLButtonElement>('audit-close-open')!.click();
    await drain();
    q<HTMLButtonElement>('finding-add')!.click();
    q<HTMLButtonElement>('finding-add')!.click();
    await drain();
    expect(q('finding-action-owner-0')).toBeNull();
    q('finding-create-action-0')!.querySelector<HTMLInputElement>('input')!.click();
    await drain();
    expect(q('finding-action-owner-0')).not.toBeNull();
    expect(q('finding-action-owner-1')).toBeNull();

    const findings = page()['closeForm'].controls.findings;
    findings.at(0).patchValue({
      description: 'アクセスログの保管期間が短い',
      ownerName: '委託先 情報システム部',
      dueOn: '2026-12-28',
      createImprovementAction: { ownerPersonId: OWNER, grade: 'major_nonconformity' },
    });
    findings.at(1).patchValue({ description: '様式が古い', ownerName: '委託先 総務部', dueOn: '2027-01-27' });
    q<HTMLButtonElement>('close-submit')!.click();
    await settle();
    const close = backend.expectOne(`/api/v1/subcontractors/${ID}/audits/${AUDIT}/close`);
    expect(close.request.body.findings).toEqual([
      {
        description: 'アクセスログの保管期間が短い',
        ownerName: '委託先 情報システム部',
        dueOn: '2026-12-28',
        createImprovementAction: { ownerPersonId: OWNER, grade: 'major_nonconformity' },
      },
      { description: '様式が古い', ownerName: '委託先 総務部', dueOn: '2027-01-27' },
    ]);
    const closed = audit({
      status: 'closed',
      result: 'satisfactory',
      closedOn: '2026-06-21',
      version: 4,
      findings: [
        {
          id: 'f1',
          description: 'アクセスログの保管期間が短い',
          ownerName: '委託先 情報システム部',
          dueOn: '2026-12-28',
          improvementActionId: ACTION,
        },
        {
          id: 'f2',
          description: '様式が古い',
          ownerName: '委託先 総務部',
          dueOn: '2027-01-27',
          improvementActionId: null,
        },
      ],
    });
    audits = [closed];
    close.flush(closed);
    await drain();

    const items = root().querySelectorAll('[data-testid="audit-finding"]');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('[data-testid="finding-action-link"]')!.getAttribute('href')).toBe(
      `/improvement-actions/${ACTION}`,
    );
    expect(items[1].querySelector('[data-testid="finding-action-link"]')).toBeNull();
  });

  it('requires the action owner of a ticked finding, and drops the requirement when unticked', async () => {
    await open();
    q<HTMLButtonElement>('audit-close-open')!.click();
    await drain();
    q<HTMLButtonElement>('finding-add')!.click();
    await drain();
    const finding = page()['closeForm'].controls.findings.at(0);
    finding.patchValue({ description: '指摘', ownerName: '委託先', dueOn: '2026-12-28' });
    q('finding-create-action-0')!.querySelector<HTMLInputElement>('input')!.click();
    await drain();
    expect(finding.controls.createImprovementAction.controls.ownerPersonId.hasError('required')).toBe(true);
    q<HTMLButtonElement>('close-submit')!.click();
    await drain();
    expect(q('form-summary')).not.toBeNull();
    q('finding-create-action-0')!.querySelector<HTMLInputElement>('input')!.click();
    await drain();
    expect(finding.valid).toBe(true);
    q<HTMLButtonElement>('close-submit')!.click();
    await settle();
    const close = backend.expectOne(`/api/v1/subcontractors/${ID}/audits/${AUDIT}/close`);
    expect(close.request.body.findings[0].createImprovementAction).toBeUndefined();
    audits = [audit({ status: 'closed', version: 4 })];
    close.flush(audits[0]);
    await drain();
  });
});
