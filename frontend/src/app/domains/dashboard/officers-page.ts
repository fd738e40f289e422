import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatTableModule } from '@angular/material/table';
import { I18nService, TranslatePipe } from '../../core/i18n';
import { asKey } from '../../shared/ui/translation-key';
import { LoadError } from '../../shared/ui/load-error';
import { SkeletonRows } from '../../shared/ui/skeleton-rows';
import { DashboardData, type OfficerQuery } from './dashboard.data';
import { stateList } from './state-list';

const FILTERS = ['all', 'missing'] as const;

/**
 * Each company's PMS managers (個人情報保護管理者) and executives: the list behind the dashboard's
 * "companies without a PMS manager". Appointing one is done on the accounts page (admin).
 */
@Component({
  selector: 'app-officers-page',
  imports: [LoadError, MatButtonToggleModule, MatTableModule, SkeletonRows, TranslatePipe],
  template: `
    <h1 class="page-title">{{ 'dashboard.officers.title' | t }}</h1>
    <p class="page-intro">{{ 'dashboard.officers.intro' | t }}</p>
    <mat-button-toggle-group [value]="state() ?? 'all'" (change)="filter($event.value)" hideSingleSelectionIndicator>
      @for (f of filters; track f) {
        <mat-button-toggle [value]="f">{{ k('dashboard.officers.filter.' + f) | t }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
    @if (list.error(); as error) {
      <app-load-error [error]="error" (retry)="list.reload()" />
    } @else if (list.isLoading() && !list.hasValue()) {
      <app-skeleton-rows [columns]="3" />
    } @else {
      <p>{{ 'common.total' | t: { count: total() } }}</p>
      <table mat-table [dataSource]="rows()" class="list-table" data-testid="officer-table">
        <ng-container matColumnDef="company">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.officers.column.company' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ i18n.lang() === 'en' ? r.companyNameEn : r.companyNameJa }}</td>
        </ng-container>
        <ng-container matColumnDef="pmsManagers">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.officers.column.pmsManagers' | t }}</th>
          <td mat-cell *matCellDef="let r">
            @if (r.pmsManagerMissing) {
              <span class="missing">{{ 'dashboard.officers.missing' | t }}</span>
            } @else {
              {{ i18n.joinList(r.pmsManagers) }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="executives">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.officers.column.executives' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ r.executives.length ? i18n.joinList(r.executives) : '—' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    }
  `,
  styles: `
    .list-table {
      width: 100%;
      margin-top: 8px;
    }
    .missing {
      padding: 2px 10px;
      border-radius: 12px;
      background: #fde7e4;
      color: #8c1d12;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficersPage {
  protected readonly k = asKey;
  private readonly data = inject(DashboardData);
  protected readonly i18n = inject(I18nService);
  protected readonly filters = FILTERS;
  private readonly page = stateList((query: OfficerQuery) => this.data.officers(query));
  protected readonly state = this.page.state;
  protected readonly list = this.page.list;
  protected readonly rows = this.page.rows;
  protected readonly total = this.page.total;
  protected readonly columns = ['company', 'pmsManagers', 'executives'];

  protected filter(value: string): void {
    this.page.filter(value);
  }
}
