import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { type Arrangement, JointUseData } from '../joint-use.data';
import { statusKey } from '../joint-use.view';

const PAGE_SIZE = 50;
const STATUSES = ['draft', 'published', 'ended'] as const;
type Status = (typeof STATUSES)[number];

interface ListView {
  readonly status: Status | null;
  readonly page: number;
}

function viewFromParams(params: Params): ListView {
  const status = (STATUSES as readonly string[]).includes(params['status']) ? (params['status'] as Status) : null;
  const page = Number(params['page']);
  return { status, page: Number.isInteger(page) && page >= 1 ? page - 1 : 0 };
}

/** The joint-use register: every arrangement of the current company, its status and what its notice lacks. */
@Component({
  selector: 'app-arrangement-list-page',
  imports: [
    EmptyState,
    LoadError,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatPaginatorModule,
    MatTableModule,
    RouterLink,
    SkeletonRows,
    TranslatePipe,
  ],
  templateUrl: './arrangement-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArrangementListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(JointUseData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly statuses = STATUSES;
  protected readonly statusKey = statusKey;
  protected readonly view = toSignal(this.route.queryParams.pipe(map(viewFromParams)), {
    initialValue: { status: null, page: 0 } as ListView,
  });
  protected readonly arrangements = rxResource({
    params: () => ({
      companyId: this.context.companyId() ?? undefined,
      status: this.view().status ?? undefined,
      limit: PAGE_SIZE,
      offset: this.view().page * PAGE_SIZE,
    }),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.arrangements.hasValue() ? this.arrangements.value().items : []));
  protected readonly total = computed(() => (this.arrangements.hasValue() ? this.arrangements.value().total : 0));
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'joint_use', action: 'create' }, this.context.companyId()),
  );
  protected readonly columns = ['title', 'status', 'version', 'responsible', 'completeness', 'updatedAt'];
  protected readonly pageSize = PAGE_SIZE;

  protected missingCount(a: Arrangement): number {
    return a.completeness.missingItems.length + a.completeness.jointUsersWithoutContract.length;
  }

  protected responsible(a: Arrangement): string {
    return this.i18n.lang() === 'en' && a.responsibleNameEn ? a.responsibleNameEn : a.responsibleNameJa;
  }

  protected setStatus(status: Status | null): void {
    this.navigate({ status, page: 0 });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ ...this.view(), page: event.pageIndex });
  }

  protected open(a: Arrangement): void {
    void this.router.navigate([a.id], { relativeTo: this.route });
  }

  private navigate(view: ListView): void {
    const queryParams: Params = {};
    if (view.status) queryParams['status'] = view.status;
    if (view.page > 0) queryParams['page'] = String(view.page + 1);
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
