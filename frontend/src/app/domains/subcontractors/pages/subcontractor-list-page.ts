import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule, type MatSelectChange } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { map } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ColumnPicker, columnChoice, type ListColumn } from '../../../shared/ui/column-picker';
import { Deadline } from '../../../shared/ui/deadline';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import {
  STATUSES,
  SubcontractorsData,
  TIERS,
  exportUrl,
  statusKey,
  tierKey,
  type RiskTier,
  type Subcontractor,
  type SubcontractorQuery,
  type SubcontractorStatus,
} from '../subcontractors.data';

type ColumnId =
  | 'name'
  | 'status'
  | 'tier'
  | 'services'
  | 'nextAudit'
  | 'contractEnds'
  | 'corporateNumber'
  | 'personalData'
  | 'persons'
  | 'sensitive'
  | 'privacyMark'
  | 'lastAudit';

const COLUMNS: readonly ListColumn<ColumnId>[] = [
  { id: 'name', label: 'subcontractors.col.name', fixed: true },
  { id: 'corporateNumber', label: 'subcontractors.col.corporateNumber', optional: true },
  { id: 'status', label: 'subcontractors.col.status' },
  { id: 'tier', label: 'subcontractors.col.tier' },
  { id: 'services', label: 'subcontractors.col.services' },
  { id: 'personalData', label: 'subcontractors.col.personalData', optional: true },
  { id: 'persons', label: 'subcontractors.col.persons', optional: true },
  { id: 'sensitive', label: 'subcontractors.col.sensitive', optional: true },
  { id: 'privacyMark', label: 'subcontractors.col.privacyMark', optional: true },
  { id: 'lastAudit', label: 'subcontractors.col.lastAudit', optional: true },
  { id: 'nextAudit', label: 'subcontractors.col.nextAudit' },
  { id: 'contractEnds', label: 'subcontractors.col.contractEnds' },
];

interface ListView {
  q: string;
  status: SubcontractorStatus | null;
  tier: RiskTier | null;
  overdue: boolean;
  expiring: boolean;
  page: number;
  size: number;
}

function viewFrom(params: Params): ListView {
  const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
    (allowed as readonly unknown[]).includes(value) ? (value as T) : null;
  const page = Number(params['page']);
  const size = Number(params['size']);
  return {
    q: typeof params['q'] === 'string' ? params['q'] : '',
    status: pick(params['status'], STATUSES),
    tier: pick(params['tier'], TIERS),
    overdue: params['overdue'] === 'true',
    expiring: params['expiring'] === 'true',
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    size: [25, 50, 100].includes(size) ? size : 25,
  };
}

/**
 * The subcontractor register of the company chosen in the top bar: filters (status, risk tier, audit
 * overdue, expiring within 60 days) kept in the URL, server-side pages, CSV / Excel export.
 */
@Component({
  selector: 'app-subcontractor-list-page',
  imports: [
    ColumnPicker,
    Deadline,
    EmptyState,
    LoadError,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    SkeletonRows,
    TranslatePipe,
  ],
  templateUrl: './subcontractor-list-page.html',
  styleUrl: './subcontractors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubcontractorListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(SubcontractorsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly view = toSignal(this.route.queryParams.pipe(map(viewFrom)), { initialValue: viewFrom({}) });
  protected readonly companyId = this.context.companyId;
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'subcontractor', action: 'create' }, this.companyId() ?? undefined),
  );
  protected readonly query = computed<SubcontractorQuery>(() => {
    const v = this.view();
    return {
      companyId: this.companyId() ?? undefined,
      q: v.q || undefined,
      status: v.status ?? undefined,
      riskTier: v.tier ?? undefined,
      overdue: v.overdue ? true : undefined,
      expiring: v.expiring ? true : undefined,
      limit: v.size,
      offset: v.page * v.size,
    };
  });
  protected readonly list = rxResource({ params: () => this.query(), stream: ({ params }) => this.data.list(params) });
  protected readonly rows = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly filtered = computed(() => {
    const v = this.view();
    return !!(v.q || v.status || v.tier || v.overdue || v.expiring);
  });
  protected readonly csvUrl = computed(() => exportUrl(this.query(), 'csv'));
  protected readonly xlsxUrl = computed(() => exportUrl(this.query(), 'xlsx'));
  /** The register's columns: the reader picks which show (「表示する列」), kept in this browser. */
  protected readonly columns = columnChoice('subcontractors', COLUMNS);
  protected readonly statuses = STATUSES;
  protected readonly tiers = TIERS;
  protected readonly statusKey = statusKey;
  protected readonly tierKey = tierKey;

  protected update(patch: Partial<ListView>): void {
    const next = { ...this.view(), page: 0, ...patch };
    const queryParams: Params = {
      q: next.q || null,
      status: next.status,
      tier: next.tier,
      overdue: next.overdue ? 'true' : null,
      expiring: next.expiring ? 'true' : null,
      page: next.page || null,
      size: next.size === 25 ? null : next.size,
    };
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
  }

  protected onSearch(value: string): void {
    this.update({ q: value.trim() });
  }

  protected onStatus(change: MatSelectChange): void {
    this.update({ status: (change.value as SubcontractorStatus) || null });
  }

  protected onTier(change: MatSelectChange): void {
    this.update({ tier: (change.value as RiskTier) || null });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex, size: event.pageSize });
  }

  protected clear(): void {
    this.update({ q: '', status: null, tier: null, overdue: false, expiring: false });
  }

  protected open(row: Subcontractor): void {
    void this.router.navigate([row.id], { relativeTo: this.route });
  }
}
