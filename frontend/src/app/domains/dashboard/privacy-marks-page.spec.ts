import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../app.http';
import { TEST_COMPANY, meFixture, signInForTest } from '../../core/auth/testing';
import { PrivacyMarksPage } from './privacy-marks-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const row = {
  companyId: TEST_COMPANY,
  companyNameJa: 'GMO TECH株式会社',
  companyNameEn: 'GMO TECH, Inc.',
  privacyMarkNumber: '10862422(05)',
  expiresOn: '2027-03-31',
  renewalOpensOn: '2026-07-31',
  renewalClosesOn: '2026-11-30',
  state: 'late',
};

describe('PrivacyMarksPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function answer(items: unknown[]) {
    const req = backend.expectOne((r) => r.url === '/api/v1/dashboard/privacy-marks');
    req.flush({ items, total: items.length, nextCursor: null });
    await settle();
    await harness.fixture.whenStable();
    return req.request.params.toString();
  }

  const el = () => harness.fixture.nativeElement as HTMLElement;

  afterEach(() => backend.verify());

  it("opens a figure's list with its state and company, and the switch moves between states", async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'dashboard/privacy-marks', component: PrivacyMarksPage }]),
        provideAppHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(meFixture({ roles: ['executive'] }));
    harness = await RouterTestingHarness.create(`/dashboard/privacy-marks?companyId=${TEST_COMPANY}&state=attention`);
    await settle();
    expect(await answer([row])).toBe(`limit=200&companyId=${TEST_COMPANY}&state=attention`);
    expect(el().querySelector('[data-state="late"]')?.textContent?.trim()).toBe('申請期限超過');

    const all = [...el().querySelectorAll('mat-button-toggle button')].find((b) => b.textContent?.includes('すべて'));
    (all as HTMLButtonElement).click();
    await settle();
    expect(await answer([row])).toBe(`limit=200&companyId=${TEST_COMPANY}`);
  });
});
