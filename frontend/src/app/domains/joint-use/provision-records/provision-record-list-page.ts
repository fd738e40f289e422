import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { ColumnPicker, columnChoice, type ListColumn } from '../../../shared/ui/column-picker';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { type ProvisionRecord, type ProvisionRecordFilters, ProvisionRecordsData } from '../joint-use.data';

const PAGE_SIZE = 50;
export const DIRECTIONS = ['provision', 'receipt'] as const;
export const BASES = ['consent', 'opt_out', 'law_exception', 'outsourcing', 'succession', 'joint_use'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface RecordView {
  readonly direction: (typeof DIRECTIONS)[number] | '';
  readonly basis: (typeof BASES)[number] | '';
  readonly from: string;
  readonly to: string;
  readonly q: string;
  readonly page: number;
}

function viewFromParams(params: Params): RecordView {
  const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | '' =>
    allowed.includes(value as T) ? (value as T) : '';
  const date = (value: unknown) => (typeof value === 'string' && DATE.test(value) ? value : '');
  const page = Number(params['page']);
  return {
    direction: pick(params['direction'], DIRECTIONS),
    basis: pick(params['basis'], BASES),
    from: date(params['from']),
    to: date(params['to']),
    q: typeof params['q'] === 'string' ? params['q'].slice(0, 100) : '',
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  };
}

export function basisKey(basis: string): TranslationKey {
  return `jointUse.records.basis.${basis}` as TranslationKey;
}

export function directionKey(direction: string): TranslationKey {
  return `jointUse.records.direction.${direction}` as TranslationKey;
}

export function methodKey(method: string): TranslationKey {
  return `jointUse.records.method.${method}` as TranslationKey;
}

const RECORD_COLUMNS: readonly ListColumn[] = [
  { id: 'date', label: 'jointUse.records.col.date', fixed: true },
  { id: 'direction', label: 'jointUse.records.col.direction' },
  { id: 'counterparty', label: 'jointUse.records.col.counterparty' },
  { id: 'basis', label: 'jointUse.records.col.basis' },
  { id: 'consent', label: 'jointUse.records.col.consent', optional: true },
  { id: 'items', label: 'jointUse.records.col.items' },
  { id: 'method', label: 'jointUse.records.col.method', optional: true },
  { id: 'recordedOn', label: 'jointUse.records.col.recordedOn', optional: true },
  { id: 'purgeAfter', label: 'jointUse.records.col.purgeAfter' },
];

/** Third-party provision and receipt records, filtered in the URL, exported as CSV or Excel. */
@Component({
  selector: 'app-provision-record-list-page',
  imports: [
    ColumnPicker,
    EmptyState,
    FormsModule,
    LoadError,
    MatButtonModule,
    MatDatepickerModule,
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
  templateUrl: './provision-record-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProvisionRecordListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(ProvisionRecordsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly directions = DIRECTIONS;
  protected readonly bases = BASES;
  protected readonly basisKey = basisKey;
  protected readonly directionKey = directionKey;
  protected readonly methodKey = methodKey;
  protected readonly view = toSignal(this.route.queryParams.pipe(map(viewFromParams)), {
    initialValue: viewFromParams({}),
  });
  protected readonly filters = computed<ProvisionRecordFilters>(() => {
    const v = this.view();
    return {
      companyId: this.context.companyId() ?? undefined,
      direction: v.direction || undefined,
      basis: v.basis || undefined,
      from: v.from || undefined,
      to: v.to || undefined,
      q: v.q || undefined,
    };
  });
  protected readonly records = rxResource({
    params: () => ({ ...this.filters(), limit: PAGE_SIZE, offset: this.view().page * PAGE_SIZE }),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.records.hasValue() ? this.records.value().items : []));
  protected readonly total = computed(() => (this.records.hasValue() ? this.records.value().total : 0));
  protected readonly filtered = computed(() => {
    const v = this.view();
    return !!(v.direction || v.basis || v.from || v.to || v.q);
  });
  protected readonly csvUrl = computed(() => this.data.exportUrl(this.filters(), 'csv'));
  protected readonly xlsxUrl = computed(() => this.data.exportUrl(this.filters(), 'xlsx'));
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'provision_record', action: 'create' }, this.context.companyId()),
  );
  /** The register's columns: the reader picks which show (「表示する列」), kept in this browser. */
  protected readonly columns = columnChoice('provision-records', RECORD_COLUMNS);
  protected readonly pageSize = PAGE_SIZE;

  protected set(patch: Partial<RecordView>): void {
    this.navigate({ ...this.view(), ...patch, page: 0 });
  }

  protected clear(): void {
    this.navigate({ direction: '', basis: '', from: '', to: '', q: '', page: 0 });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ ...this.view(), page: event.pageIndex });
  }

  protected open(r: ProvisionRecord): void {
    void this.router.navigate([r.id], { relativeTo: this.route });
  }

  private navigate(view: RecordView): void {
    const queryParams: Params = {};
    for (const key of ['direction', 'basis', 'from', 'to', 'q'] as const) {
      const value = view[key].trim();
      if (value) queryParams[key] = value;
    }
    if (view.page > 0) queryParams['page'] = String(view.page + 1);
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
