import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../app.http';
import type { Role } from '../../core/auth';
import { TEST_COMPANY, meFixture, signInForTest } from '../../core/auth/testing';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';
import { CampaignDashboardPage } from './campaign-dashboard-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ID = '77777777-7777-4777-8777-777777777777';

const campaign = (status: 'open' | 'closed', version: number) => ({
  id: ID,
  companyId: TEST_COMPANY,
  titleJa: '2026年度 年次教育',
  titleEn: 'FY2026 annual training',
  courseId: '66666666-6666-4666-8666-666666666666',
  courseTitleJa: '個人情報保護の基本',
  courseTitleEn: 'Personal information basics',
  audience: { companyIds: [TEST_COMPANY], departmentIds: [], employmentTypes: [] },
  windowStart: '2026-11-01',
  windowEnd: '2026-12-31',
  dueOn: '2026-12-13',
  reminders: true,
  status,
  counts: { total: 2, passed: 1, open: 1, overdue: 0, withdrawn: 0, rate: 50 },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  version,
});

const group = { key: TEST_COMPANY, label: 'GMO TECH株式会社', total: 2, passed: 1, open: 1, overdue: 0, rate: 50 };
const PROGRESS = {
  campaignId: ID,
  departmentOnly: false,
  overall: group,
  byCompany: [group],
  byDepartment: [],
  byEmploymentType: [],
};

describe('CampaignDashboardPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(roles: readonly Role[], status: 'open' | 'closed') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'training/campaigns/:id', component: CampaignDashboardPage }],
          withComponentInputBinding(),
        ),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        // The confirmation dialog closes at once, without waiting for an animation jsdom never ends.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        ...DATE_INPUT_PROVIDERS,
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const me = meFixture({ roles });
    // As the API's matrix gives them: PMS managers run campaigns, department managers read them.
    me.permissions[0].grants.training_campaign = roles.includes('pms_manager')
      ? ['read', 'create', 'update']
      : ['read'];
    await signInForTest(me);
    harness = await RouterTestingHarness.create(`/training/campaigns/${ID}`);
    await settle();
    backend.expectOne(`/api/v1/training/campaigns/${ID}`).flush(campaign(status, 3));
    backend.expectOne(`/api/v1/training/campaigns/${ID}/progress`).flush(PROGRESS);
    backend
      .expectOne((r) => r.url === `/api/v1/training/campaigns/${ID}/assignments`)
      .flush({ items: [], total: 0, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
  }

  const page = () => harness.fixture.nativeElement as HTMLElement;
  const confirm = async () => {
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')!.click();
    await settle();
  };

  afterEach(() => backend.verify());

  it('closes a campaign after asking, with the version it read; the page says it is closed', async () => {
    await open(['pms_manager'], 'open');
    expect(page().querySelector('[data-testid="campaign-closed"]')).toBeNull();
    page().querySelector<HTMLButtonElement>('[data-testid="campaign-close"]')!.click();
    await confirm();
    const patch = backend.expectOne(`/api/v1/training/campaigns/${ID}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ status: 'closed', version: 3 });
    patch.flush(campaign('closed', 4));
    await settle();
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="campaign-closed"]')!.textContent).toContain('終了しています');
    expect(page().querySelector('[data-testid="campaign-status-message"]')!.textContent).toContain(
      'キャンペーンを終了しました。',
    );
    expect(page().querySelector('[data-testid="campaign-reopen"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="campaign-close"]')).toBeNull();
  });

  it('a department manager reads the campaign but neither closes nor reopens it', async () => {
    await open(['dept_manager'], 'closed');
    expect(page().querySelector('[data-testid="campaign-closed"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="campaign-reopen"]')).toBeNull();
    expect(page().querySelector('[data-testid="campaign-close"]')).toBeNull();
  });

  it('changes the due date and window end; a date outside the window gets the server error under the form', async () => {
    await open(['pms_manager'], 'open');
    page().querySelector<HTMLButtonElement>('[data-testid="campaign-edit"]')!.click();
    await settle();
    harness.fixture.detectChanges();
    const due = page().querySelector<HTMLInputElement>('[data-testid="schedule-due"]')!;
    const end = page().querySelector<HTMLInputElement>('[data-testid="schedule-window-end"]')!;
    expect(due.value).toBe('2026/12/13');
    expect(end.value).toBe('2026/12/31');
    const type = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    };
    const save = async () => {
      page().querySelector<HTMLButtonElement>('[data-testid="schedule-save"]')!.click();
      await settle();
    };

    type(due, '2027/01/31');
    await save();
    const refused = backend.expectOne(`/api/v1/training/campaigns/${ID}`);
    expect(refused.request.method).toBe('PATCH');
    expect(refused.request.body).toEqual({ dueOn: '2027-01-31', windowEnd: '2026-12-31', reminders: true, version: 3 });
    refused.flush(
      {
        type: 'about:blank',
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'dueOn', code: 'OUTSIDE_WINDOW', message: 'dueOn must be inside the window' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    harness.fixture.detectChanges();
    expect(page().querySelector('[data-testid="schedule-error-dueOn"]')!.textContent).toContain(
      '期限は受講期間内の日付にしてください。',
    );

    type(end, '2027/02/28');
    await save();
    const saved = backend.expectOne(`/api/v1/training/campaigns/${ID}`);
    expect(saved.request.body).toEqual({ dueOn: '2027-01-31', windowEnd: '2027-02-28', reminders: true, version: 3 });
    saved.flush({ ...campaign('open', 4), dueOn: '2027-01-31', windowEnd: '2027-02-28' });
    await settle();
    // The assignments' due dates moved with it: the figures and the list are read again.
    backend.expectOne(`/api/v1/training/campaigns/${ID}/progress`).flush(PROGRESS);
    backend
      .expectOne((r) => r.url === `/api/v1/training/campaigns/${ID}/assignments`)
      .flush({ items: [], total: 0, nextCursor: null });
    await settle();
    harness.fixture.detectChanges();
    expect(page().querySelector('[data-testid="campaign-schedule"]')).toBeNull();
    expect(page().querySelector('[data-testid="campaign-status-message"]')!.textContent).toContain(
      '期限とリマインダーの設定を保存しました。',
    );
    expect(page().textContent).toContain('2027/01/31');
  });
});
