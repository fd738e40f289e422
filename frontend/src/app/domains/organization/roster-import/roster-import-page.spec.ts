import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../../app.http';
import { TEST_COMPANY, meFixture, signInForTest } from '../../../core/auth/testing';
import { provideIcons } from '../../../core/icons/icons';
import { I18nPaginatorIntl } from '../../../shared/ui/paginator-intl';
import { RosterImportPage } from './roster-import-page';
import { importFixture } from './testing';
import { IMPORT_POLL_MS } from './roster-import.wizard';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RosterImportPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin/roster-import', component: RosterImportPage }]),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        { provide: MatPaginatorIntl, useClass: I18nPaginatorIntl },
        { provide: IMPORT_POLL_MS, useValue: 1 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const me = meFixture({ roles: ['pms_manager'] });
    me.permissions[0].grants.roster_import = ['read', 'create', 'update', 'delete'];
    await signInForTest(me);
    harness = await RouterTestingHarness.create('/admin/roster-import');
    await settle();
    harness.fixture.detectChanges();
  }

  const root = () => harness.fixture.nativeElement as HTMLElement;
  const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
    root().querySelector<T>(`[data-testid="${testId}"]`);
  const render = async () => {
    await settle();
    harness.fixture.detectChanges();
    await harness.fixture.whenStable();
  };

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('walks through the four steps: file, mapping, check, import', async () => {
    await open();
    expect(q('import-step')?.textContent).toContain('ステップ 1 / 4');
    expect(root().querySelector('[aria-current="step"]')?.textContent).toContain('ファイル選択');
    expect(q('import-company')?.textContent).toContain('GMO TECH株式会社');
    expect(q('import-encoding')).not.toBeNull();
    expect(q('import-mode')?.textContent).toContain('全件');
    expect(q<HTMLButtonElement>('import-next')!.disabled).toBe(true);

    const input = q<HTMLInputElement>('import-file')!;
    const file = new File(['社員番号'], 'roster.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await render();
    expect(q('import-file-name')?.textContent).toContain('roster.csv');
    q<HTMLButtonElement>('import-next')!.click();
    backend
      .expectOne(`/api/v1/companies/${TEST_COMPANY}/roster-imports?encoding=auto&mode=partial&fileName=roster.csv`)
      .flush(importFixture());
    await render();

    expect(q('import-step')?.textContent).toContain('ステップ 2 / 4');
    expect(q('import-file-summary')?.textContent).toContain('1,000行');
    expect(q('import-sample')?.textContent).toContain('山田 花子');
    expect(q('import-sample')?.querySelector('th')?.textContent).toContain('社員番号');
    q<HTMLButtonElement>('import-next')!.click();
    backend.expectOne(`/api/v1/roster-imports/${importFixture().id}/mapping`).flush({
      ...importFixture({
        status: 'mapped',
        validCount: 999,
        errorCount: 1,
        toCreate: 999,
        toUpdate: 0,
        toLeave: 0,
        unchanged: 0,
        version: 2,
      }),
      errors: {
        items: [{ row: 12, column: '雇用形態', field: 'employmentType', code: 'EMPLOYMENT_TYPE_UNKNOWN', message: '' }],
        total: 1,
        nextCursor: null,
      },
    });
    await render();

    expect(q('import-step')?.textContent).toContain('ステップ 3 / 4');
    expect(q('import-valid-count')?.textContent).toContain('999');
    expect(q('import-error-table')?.textContent).toContain('雇用区分が分かりません');
    expect(q('import-apply')?.textContent).toContain('エラーのない999行を取り込む');
    q<HTMLButtonElement>('import-apply')!.click();
    await settle();
    backend
      .expectOne(`/api/v1/roster-imports/${importFixture().id}/apply`)
      .flush(importFixture({ status: 'applying', processed: 0, total: 999, version: 3 }));
    await render();
    expect(q('import-step')?.textContent).toContain('ステップ 4 / 4');
    expect(q('import-progress')).not.toBeNull();

    await settle(5);
    backend.expectOne(`/api/v1/roster-imports/${importFixture().id}`).flush(
      importFixture({
        status: 'applied',
        processed: 999,
        total: 999,
        created: 999,
        updated: 0,
        left: 0,
        errorCount: 1,
      }),
    );
    await render();
    expect(q('import-progress')).toBeNull();
    expect(q('import-created')?.textContent).toContain('999');
    expect(q('import-summary')?.textContent).toContain('取り込みが完了しました');
  });

  it('shows why a file was refused, with the line', async () => {
    await open();
    const input = q<HTMLInputElement>('import-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'x.csv')] });
    input.dispatchEvent(new Event('change'));
    await render();
    q<HTMLButtonElement>('import-next')!.click();
    backend
      .expectOne((r) => r.url.endsWith('/roster-imports'))
      .flush(
        {
          status: 400,
          code: 'ROSTER_ENCODING_INVALID',
          detail: 'The file is not valid UTF-8: line 3 has bytes that are not text in that encoding.',
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await render();
    expect(q('import-problem')?.textContent).toContain('選んだ文字コードでは読めない文字があります');
    expect(q('import-problem')?.textContent).toContain('（3行目）');
    expect(q('import-step')?.textContent).toContain('ステップ 1 / 4');
  });
});
