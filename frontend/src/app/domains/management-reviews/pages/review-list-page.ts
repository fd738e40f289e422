import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, ParenPipe, TranslatePipe } from '../../../core/i18n';
import { asKey } from '../../../shared/ui/translation-key';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { ManagementReviewsData } from '../management-reviews.data';

/** Reviews of the companies in scope, latest first (a link may name one company). */
@Component({
  selector: 'app-review-list-page',
  imports: [
    EmptyState,
    LoadError,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    RouterLink,
    SkeletonRows,
    ParenPipe,
    TranslatePipe,
  ],
  template: `
    <header class="page-header">
      <div>
        <h1 class="page-title">{{ 'managementReviews.title' | t }}</h1>
        <p class="page-intro">{{ 'managementReviews.intro' | t }}</p>
      </div>
      <div class="header-actions">
        <a mat-stroked-button routerLink="/management-reviews/freshness">{{ 'managementReviews.freshnessLink' | t }}</a>
        @if (canCreate()) {
          <a mat-flat-button routerLink="/management-reviews/new" data-testid="review-new">
            <mat-icon svgIcon="add" aria-hidden="true" />
            {{ 'managementReviews.newReview' | t }}
          </a>
        }
      </div>
    </header>
    @if (reviews.error(); as error) {
      <app-load-error [error]="error" (retry)="reviews.reload()" />
    } @else if (reviews.isLoading() && !reviews.hasValue()) {
      <app-skeleton-rows [columns]="6" />
    } @else if (rows().length === 0) {
      <app-empty-state
        icon="history"
        [heading]="'managementReviews.empty.heading' | t"
        [body]="'managementReviews.empty.body' | t"
      />
    } @else {
      <table mat-table [dataSource]="rows()" class="list-table" data-testid="review-table">
        <ng-container matColumnDef="heldOn">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.column.heldOn' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ i18n.formatDate(r.heldOn) }}</td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.column.title' | t }}</th>
          <td mat-cell *matCellDef="let r">
            <a [routerLink]="['/management-reviews', r.id]">{{ r.title }}</a>
            @if (r.revision > 1) {
              <span class="muted">{{ 'managementReviews.detail.revision' | t: { n: r.revision } | paren }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="company">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.column.company' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ i18n.lang() === 'en' ? r.companyNameEn : r.companyNameJa }}</td>
        </ng-container>
        <ng-container matColumnDef="chair">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.column.chair' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ r.chairName }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.column.status' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ k('managementReviews.status.' + r.status) | t }}</td>
        </ng-container>
        <ng-container matColumnDef="blank">
          <th mat-header-cell *matHeaderCellDef>{{ 'managementReviews.column.blank' | t }}</th>
          <td mat-cell *matCellDef="let r">{{ r.status === 'draft' ? r.blankInputCount : '—' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    }
  `,
  styles: `
    .header-actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .list-table {
      width: 100%;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewListPage {
  protected readonly k = asKey;
  private readonly route = inject(ActivatedRoute);
  private readonly data = inject(ManagementReviewsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);
  private readonly companyId = toSignal(this.route.queryParams.pipe(map((p) => (p['companyId'] as string) ?? null)), {
    initialValue: null,
  });
  protected readonly reviews = rxResource({
    params: () => this.companyId(),
    stream: ({ params }) => this.data.list(params ? { companyId: params, limit: 200 } : { limit: 200 }),
  });
  protected readonly rows = computed(() => (this.reviews.hasValue() ? this.reviews.value().items : []));
  protected readonly columns = ['heldOn', 'title', 'company', 'chair', 'status', 'blank'];
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'management_review', action: 'create' }, this.context.companyId() ?? undefined),
  );
}
