import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../app.http';
import { OTHER_COMPANY, TEST_COMPANY, meFixture, signInForTest } from '../../core/auth/testing';
import { OfficersPage } from './officers-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OfficersPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'dashboard/officers', component: OfficersPage }]),
        provideAppHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(meFixture({ roles: ['executive'], group: true, companies: 2 }));
    harness = await RouterTestingHarness.create(url);
    await settle();
  }

  const el = () => harness.fixture.nativeElement as HTMLElement;

  afterEach(() => backend.verify());

  it("opens the dashboard figure's list: companies without a PMS manager, marked, with their executives", async () => {
    await open('/dashboard/officers?state=missing');
    const req = backend.expectOne((r) => r.url === '/api/v1/dashboard/officers');
    expect(req.request.params.toString()).toBe('limit=200&state=missing');
    req.flush({
      items: [
        {
          companyId: OTHER_COMPANY,
          companyNameJa: 'GMOペイメントゲートウェイ株式会社',
          companyNameEn: 'GMO Payment Gateway, Inc.',
          pmsManagers: [],
          executives: ['山田 太郎'],
          pmsManagerMissing: true,
        },
      ],
      total: 1,
      nextCursor: null,
    });
    await settle();
    await harness.fixture.whenStable();
    const cells = [...el().querySelectorAll('tbody tr td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['GMOペイメントゲートウェイ株式会社', '未任命', '山田 太郎']);
    expect(el().querySelector('.missing')).not.toBeNull();
  });

  it('lists every company with the names of its officers', async () => {
    await open(`/dashboard/officers?companyId=${TEST_COMPANY}`);
    const req = backend.expectOne((r) => r.url === '/api/v1/dashboard/officers');
    expect(req.request.params.toString()).toBe(`limit=200&companyId=${TEST_COMPANY}`);
    req.flush({
      items: [
        {
          companyId: TEST_COMPANY,
          companyNameJa: 'GMO TECH株式会社',
          companyNameEn: 'GMO TECH, Inc.',
          pmsManagers: ['佐藤 花子', '鈴木 一郎'],
          executives: [],
          pmsManagerMissing: false,
        },
      ],
      total: 1,
      nextCursor: null,
    });
    await settle();
    await harness.fixture.whenStable();
    const cells = [...el().querySelectorAll('tbody tr td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['GMO TECH株式会社', '佐藤 花子、鈴木 一郎', '—']);
    expect(el().querySelector('.missing')).toBeNull();
  });
});
