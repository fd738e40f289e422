import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, isTranslationKey, type TranslationKey } from '../../../core/i18n';
import type { RosterRowError, RosterRowErrorPage } from './roster-import.data';

/** The reason of a row error, by its code (an unknown code falls back to a generic message). */
export function rowErrorKey(code: string): TranslationKey {
  const key = `rosterImport.rowError.${code}`;
  return isTranslationKey(key) ? key : 'rosterImport.rowError.INVALID';
}

/**
 * Row errors of an import's preview, a page at a time from the server: the row as the spreadsheet
 * numbers it, the column header in the file, and the reason in the current language.
 */
@Component({
  selector: 'app-import-error-table',
  imports: [MatPaginatorModule, MatTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap" [attr.aria-busy]="loading()">
      <table mat-table data-testid="import-error-table" [dataSource]="rows()">
        <caption class="visually-hidden">
          {{
            'rosterImport.preview.errorsTitle' | t: { count: total() }
          }}
        </caption>
        <ng-container matColumnDef="row">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'rosterImport.preview.col.row' | t }}</th>
          <td mat-cell *matCellDef="let error" class="num">{{ error.row }}</td>
        </ng-container>
        <ng-container matColumnDef="column">
          <th mat-header-cell *matHeaderCellDef>{{ 'rosterImport.preview.col.column' | t }}</th>
          <td mat-cell *matCellDef="let error" class="column">{{ error.column }}</td>
        </ng-container>
        <ng-container matColumnDef="reason">
          <th mat-header-cell *matHeaderCellDef>{{ 'rosterImport.preview.col.reason' | t }}</th>
          <td mat-cell *matCellDef="let error">{{ reason(error) | t }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let error; columns: columns" [attr.data-row]="error.row"></tr>
      </table>
      @if (total() > pageSize()) {
        <mat-paginator
          data-testid="import-error-paginator"
          [length]="total()"
          [pageIndex]="pageIndex()"
          [pageSize]="pageSize()"
          [hidePageSize]="true"
          [showFirstLastButtons]="true"
          (page)="onPage($event)"
        />
      }
    </div>
  `,
  styles: `
    .num {
      width: 5em;
      text-align: end;
      font-variant-numeric: tabular-nums;
      padding-inline-end: 24px;
    }
    .column {
      white-space: nowrap;
    }
  `,
})
export class ImportErrorTable {
  readonly page = input.required<RosterRowErrorPage>();
  readonly pageIndex = input(0);
  readonly pageSize = input(20);
  readonly loading = input(false);
  readonly pageChange = output<number>();

  protected readonly columns = ['row', 'column', 'reason'];
  protected readonly rows = computed(() => this.page().items);
  protected readonly total = computed(() => this.page().total);

  protected reason(error: RosterRowError): TranslationKey {
    return rowErrorKey(error.code);
  }

  protected onPage(event: PageEvent): void {
    this.pageChange.emit(event.pageIndex);
  }
}
