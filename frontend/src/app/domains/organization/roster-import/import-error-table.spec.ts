import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18nService } from '../../../core/i18n';
import { provideIcons } from '../../../core/icons/icons';
import { I18nPaginatorIntl } from '../../../shared/ui/paginator-intl';
import { ImportErrorTable, rowErrorKey } from './import-error-table';
import type { RosterRowErrorPage } from './roster-import.data';

const page = (total: number): RosterRowErrorPage => ({
  items: [
    { row: 18, column: '社員番号', field: 'employeeNumber', code: 'REQUIRED', message: 'empty' },
    { row: 203, column: '入社日', field: 'hireDate', code: 'DATE_INVALID', message: 'not a date' },
    { row: 304, column: '部署コード', field: 'departmentCode', code: 'DEPARTMENT_UNKNOWN', message: 'unknown' },
  ],
  total,
  nextCursor: null,
});

describe('ImportErrorTable', () => {
  let fixture: ComponentFixture<ImportErrorTable>;

  function render(total: number, pageIndex = 0) {
    TestBed.configureTestingModule({
      providers: [provideIcons(), { provide: MatPaginatorIntl, useClass: I18nPaginatorIntl }],
    });
    fixture = TestBed.createComponent(ImportErrorTable);
    fixture.componentRef.setInput('page', page(total));
    fixture.componentRef.setInput('pageIndex', pageIndex);
    fixture.componentRef.setInput('pageSize', 3);
    fixture.detectChanges();
  }
  const root = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...root().querySelectorAll('[data-testid="import-error-table"] tbody tr')];

  beforeEach(() => localStorage.clear());

  it('lists the row as a spreadsheet numbers it, the column and the reason in Japanese', () => {
    render(3);
    expect(rows().map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()))).toEqual([
      ['18', '社員番号', '必須の項目が空です。'],
      ['203', '入社日', '日付として読めません（例: 2024/04/01、令和6年4月1日）。'],
      ['304', '部署コード', 'この会社に、この部署コード（部署名）の部署がありません。'],
    ]);
    expect(root().querySelector('[data-testid="import-error-paginator"]')).toBeNull();
  });

  it('speaks English after a switch', () => {
    render(3);
    TestBed.inject(I18nService).use('en');
    fixture.detectChanges();
    expect(rows()[1].textContent).toContain('This is not a date');
    expect(root().querySelector('th')?.textContent).toContain('Row');
  });

  it('pages on the server: the paginator shows the total and asks for the next page', () => {
    render(10);
    const paginator = root().querySelector('[data-testid="import-error-paginator"]')!;
    expect(paginator.textContent).toContain('全10件');
    const pages: number[] = [];
    fixture.componentInstance.pageChange.subscribe((p) => pages.push(p));
    paginator.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')!.click();
    expect(pages).toEqual([1]);
  });

  it('an unknown code gets a generic reason', () => {
    expect(rowErrorKey('SOMETHING_NEW')).toBe('rosterImport.rowError.INVALID');
    expect(rowErrorKey('EMAIL_INVALID')).toBe('rosterImport.rowError.EMAIL_INVALID');
  });
});
