import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../../app.http';
import { XSRF_COOKIE } from '../../../core/auth';
import { TEST_COMPANY, meFixture, signInForTest } from '../../../core/auth/testing';
import { ErrorNotifier } from '../../../core/errors';
import { provideIcons } from '../../../core/icons/icons';
import { DATE_INPUT_PROVIDERS } from '../../../shared/ui/date-input';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import type { Company } from './companies.data';
import { CompanyFormPage } from './company-form-page';

const settle = () => new Promise((resolve) => setTimeout(resolve));

const company: Company = {
  id: TEST_COMPANY,
  nameJa: 'GMO TECH株式会社',
  nameEn: 'GMO TECH, Inc.',
  corporateNumber: '1180301018771',
  postalCode: '150-8512',
  address: '東京都渋谷区桜丘町26-1',
  representativeTitle: '代表取締役社長',
  representativeName: '鈴木 明人',
  privacyMarkHolder: true,
  privacyMarkNumber: '10860734(04)',
  privacyMarkExpiresOn: '2027-03-31',
  contactDeskName: null,
  contactPostalCode: null,
  contactAddress: null,
  contactPhone: null,
  contactHours: null,
  contactEmail: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
};

describe('CompanyFormPage', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = `${XSRF_COOKIE}=t; path=/`;
  });
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin/companies/:id', component: CompanyFormPage }], withComponentInputBinding()),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        FORM_FIELD_DEFAULTS,
        DATE_INPUT_PROVIDERS,
        { provide: ErrorNotifier, useValue: { show: jest.fn().mockResolvedValue(undefined) } },
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    await signInForTest(meFixture({ roles: ['admin'], group: true }));
    const harness = await RouterTestingHarness.create(`/admin/companies/${TEST_COMPANY}`);
    await settle();
    backend.expectOne(`/api/v1/companies/${TEST_COMPANY}`).flush(company);
    await settle();
    await harness.fixture.whenStable();
    const root = harness.fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);
    return { harness, backend, root, q };
  }

  it('shows the server’s check-digit error under the corporate number, and a summary at the top', async () => {
    const { harness, backend, q } = await open();
    expect(q<HTMLInputElement>('company-corporate-number')!.value).toBe('1180301018771');
    const input = q<HTMLInputElement>('company-corporate-number')!;
    input.value = '1180301018772';
    input.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('company-save')!.click();
    await settle();

    const patch = backend.expectOne(`/api/v1/companies/${TEST_COMPANY}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.headers.get('If-Match')).toBe('3');
    expect(patch.request.body).toMatchObject({ corporateNumber: '1180301018772', privacyMarkExpiresOn: '2027-03-31' });
    patch.flush(
      {
        code: 'VALIDATION_FAILED',
        status: 400,
        title: 'Bad Request',
        detail: 'The request has 1 invalid field.',
        errors: [
          {
            field: 'corporateNumber',
            code: 'INVALID_CORPORATE_NUMBER',
            message: 'corporateNumber must be a 13-digit corporate number with a correct check digit',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    await harness.fixture.whenStable();

    expect(q('company-corporate-number-error')?.textContent).toContain('法人番号が正しくありません');
    const summary = q('form-summary')!;
    expect(summary.textContent).toContain('保存できませんでした。次の項目を確認してください。');
    expect(document.activeElement).toBe(summary);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { harness, q } = await open();
    const page = harness.routeDebugElement!.componentInstance as CompanyFormPage;
    expect(page.hasUnsavedChanges()).toBe(false);
    const input = q<HTMLInputElement>('company-name-en')!;
    input.value = 'GMO TECH Inc.';
    input.dispatchEvent(new Event('input'));
    expect(page.hasUnsavedChanges()).toBe(true);
  });
});
