import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatTableModule } from '@angular/material/table';
import { I18nService, TranslatePipe } from '../../core/i18n';
import { asKey } from '../../shared/ui/translation-key';
import { LoadError } from '../../shared/ui/load-error';
import { SkeletonRows } from '../../shared/ui/skeleton-rows';
import { DashboardData, type PrivacyMarkQuery } from './dashboard.data';
import { stateList } from './state-list';

const FILTERS = ['all', 'renewal_window', 'attention', 'held'] as const;

/** PrivacyMark expiry and renewal window per company: the list behind the dashboard's PrivacyMark figures. */
@Component({
  selector: 'app-privacy-marks-page',
  imports: [LoadError, MatButtonToggleModule, MatTableModule, SkeletonRows, TranslatePipe],
  template: `
    <h1 class="page-title">{{ 'dashboard.privacyMarks.title' | t }}</h1>
    <p class="page-intro">{{ 'dashboard.privacyMarks.intro' | t }}</p>
    <mat-button-toggle-group [value]="state() ?? 'all'" (change)="filter($event.value)" hideSingleSelectionIndicator>
      @for (f of filters; track f) {
        <mat-button-toggle [value]="f">{{ k('dashboard.privacyMarks.filter.' + f) | t }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
    @if (list.error(); as error) {
      <app-load-error [error]="error" (retry)="list.reload()" />
    } @else if (list.isLoading() && !list.hasValue()) {
      <app-skeleton-rows [columns]="5" />
    } @else {
      <p>{{ 'common.total' | t: { count: total() } }}</p>
      <table mat-table [dataSource]="rows()" class="list-table" data-testid="privacy-mark-table">
        <ng-container matColumnDef="company">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.privacyMarks.column.company' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ i18n.lang() === 'en' ? r.companyNameEn : r.companyNameJa }}</td>
        </ng-container>
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.privacyMarks.column.number' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ r.privacyMarkNumber ?? '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="expires">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.privacyMarks.column.expires' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ r.expiresOn ? i18n.formatDate(r.expiresOn) : '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="window">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.privacyMarks.column.window' | t }}</th>
          <td mat-cell *matCellDef="let r">
            {{
              r.renewalOpensOn ? i18n.range(i18n.formatDate(r.renewalOpensOn), i18n.formatDate(r.renewalClosesOn)) : '—'
            }}
          </td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'dashboard.privacyMarks.column.state' | t }}</th>
          <td mat-cell *matCellDef="let r">
            <span class="state" [attr.data-state]="r.state">{{
              k('dashboard.privacyMarks.state.' + r.state) | t
            }}</span>
          </td>
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
    .state {
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
    }
    .state[data-state='renewal_window'] {
      background: #fff1d6;
      color: #6b4400;
    }
    .state[data-state='late'],
    .state[data-state='expired'] {
      background: #fde7e4;
      color: #8c1d12;
    }
    .state[data-state='valid'] {
      background: #dff3e4;
      color: #0d5a25;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyMarksPage {
  protected readonly k = asKey;
  private readonly data = inject(DashboardData);
  protected readonly i18n = inject(I18nService);
  protected readonly filters = FILTERS;
  private readonly page = stateList((query: PrivacyMarkQuery) => this.data.privacyMarks(query));
  protected readonly state = this.page.state;
  protected readonly list = this.page.list;
  protected readonly rows = this.page.rows;
  protected readonly total = this.page.total;
  protected readonly columns = ['company', 'number', 'expires', 'window', 'state'];

  protected filter(value: string): void {
    this.page.filter(value);
  }
}
