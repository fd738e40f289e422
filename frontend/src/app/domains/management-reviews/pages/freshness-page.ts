import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { asKey } from '../../../shared/ui/translation-key';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { ManagementReviewsData, type FreshnessQuery } from '../management-reviews.data';

/** R-MR-01 per company: the last review and the days since it, worst first; the dashboard links here. */
@Component({
  selector: 'app-freshness-page',
  imports: [LoadError, MatButtonToggleModule, MatIconModule, MatTableModule, RouterLink, SkeletonRows, TranslatePipe],
  template: `
    <a class="back-link" routerLink="/management-reviews">
      <mat-icon svgIcon="arrowBack" aria-hidden="true" />
      {{ 'common.backToList' | t }}
    </a>
    <h1 class="page-title">{{ 'managementReviews.freshness.title' | t }}</h1>
    <p class="page-intro">{{ 'managementReviews.freshness.intro' | t }}</p>
    <mat-button-toggle-group [value]="state() ?? 'all'" (change)="filter($event.value)" hideSingleSelectionIndicator>
      <mat-button-toggle value="all">{{ 'managementReviews.freshness.filter.all' | t }}</mat-button-toggle>
      <mat-button-toggle value="attention">{{ 'managementReviews.freshness.filter.attention' | t }}</mat-button-toggle>
    </mat-button-toggle-group>
    @if (list.error(); as error) {
      <app-load-error [error]="error" (retry)="list.reload()" />
    } @else if (list.isLoading() && !list.hasValue()) {
      <app-skeleton-rows [columns]="4" />
    } @else {
      <p>{{ 'common.total' | t: { count: total() } }}</p>
      <table mat-table [dataSource]="rows()" class="list-table" data-testid="freshness-table">
        <ng-container matColumnDef="company">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.freshness.column.company' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ i18n.lang() === 'en' ? r.companyNameEn : r.companyNameJa }}</td>
        </ng-container>
        <ng-container matColumnDef="last">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.freshness.column.last' | t }}</th>
          <td mat-cell *matCellDef="let r">
            @if (r.lastReviewId) {
              <a [routerLink]="['/management-reviews', r.lastReviewId]">{{ i18n.formatDate(r.lastReviewOn) }}</a>
            } @else {
              {{ 'managementReviews.freshness.never' | t }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="days">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.freshness.column.days' | t }}</th>
          <td mat-cell *matCellDef="let r">
            {{ r.daysSince === null ? '—' : ('managementReviews.freshness.days' | t: { n: r.daysSince }) }}
          </td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef></th>
          <td mat-cell *matCellDef="let r">
            <span class="state" [attr.data-state]="r.state">{{
              k('managementReviews.freshness.state.' + r.state) | t
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
      background: #dff3e4;
      color: #0d5a25;
    }
    .state[data-state='due_soon'] {
      background: #fff1d6;
      color: #6b4400;
    }
    .state[data-state='overdue'],
    .state[data-state='never'] {
      background: #fde7e4;
      color: #8c1d12;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FreshnessPage {
  protected readonly k = asKey;
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(ManagementReviewsData);
  protected readonly i18n = inject(I18nService);
  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly state = computed(() => (this.params()['state'] as FreshnessQuery['state']) ?? null);
  private readonly query = computed<FreshnessQuery>(() => {
    const q: FreshnessQuery = { limit: 200 };
    const companyId = this.params()['companyId'] as string | undefined;
    if (companyId) q.companyId = companyId;
    if (this.state()) q.state = this.state()!;
    return q;
  });
  protected readonly list = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.data.freshness(params),
  });
  protected readonly rows = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly columns = ['company', 'last', 'days', 'state'];

  protected filter(value: string): void {
    void this.router.navigate([], {
      queryParams: { state: value === 'all' ? null : value },
      queryParamsHandling: 'merge',
    });
  }
}
