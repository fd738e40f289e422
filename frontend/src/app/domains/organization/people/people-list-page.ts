import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule, type MatSelectChange } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map, of } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { ColumnPicker, columnChoice, type ListColumn } from '../../../shared/ui/column-picker';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { DepartmentsData, flattenTree } from '../departments/departments.data';
import {
  EMPLOYMENT_TYPES,
  PeopleData,
  employmentTypeKey,
  personName,
  type Person,
  type PeopleSort,
} from './people.data';
import {
  DEFAULT_PEOPLE_VIEW,
  PAGE_SIZES,
  isFiltered,
  peopleQuery,
  peopleViewFromParams,
  peopleViewToParams,
  type PeopleStatus,
  type PeopleView,
} from './people-view';

const PEOPLE_COLUMNS: readonly ListColumn[] = [
  { id: 'employeeNumber', label: 'people.col.employeeNumber' },
  { id: 'name', label: 'people.col.name', fixed: true },
  { id: 'department', label: 'people.col.department' },
  { id: 'employmentType', label: 'people.col.employmentType' },
  { id: 'email', label: 'people.col.email', optional: true },
  { id: 'hireDate', label: 'people.col.hireDate' },
  { id: 'leaveDate', label: 'people.col.leaveDate', optional: true },
  { id: 'status', label: 'people.col.status' },
];

/** Table columns that sort on the server, and the sort key each one stands for. */
const SORTABLE: Readonly<Record<string, PeopleSort>> = {
  name: 'nameKana',
  employeeNumber: 'employeeNumber',
  hireDate: 'hireDate',
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The staff roster of the company chosen in the top bar: search, filter chips, server-side sort and
 * pages. The whole view lives in the URL (`?q=…&type=…&sort=…&page=…`), so a link reproduces it.
 */
@Component({
  selector: 'app-people-list-page',
  imports: [
    ColumnPicker,
    EmptyState,
    LoadError,
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    ReactiveFormsModule,
    RouterLink,
    SkeletonRows,
    TranslatePipe,
  ],
  templateUrl: './people-list-page.html',
  styleUrl: './people-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(PeopleData);
  private readonly departmentsData = inject(DepartmentsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly view = toSignal(this.route.queryParams.pipe(map(peopleViewFromParams)), {
    initialValue: DEFAULT_PEOPLE_VIEW,
  });
  protected readonly companyId = this.context.companyId;
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'person', action: 'create' }, this.companyId() ?? undefined),
  );

  /** The API query; equal queries keep their identity, so a URL that only gains `company` does not reload. */
  private readonly query = computed(() => peopleQuery(this.view(), this.companyId()), { equal: sameJson });
  protected readonly people = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly departments = rxResource({
    params: () => this.companyId(),
    stream: ({ params }) => (params ? this.departmentsData.tree(params) : of({ items: [], total: 0 })),
  });
  protected readonly departmentOptions = computed(() =>
    this.departments.hasValue() ? flattenTree(this.departments.value().items) : [],
  );
  private readonly departmentPaths = computed(
    () => new Map(this.departmentOptions().map((d) => [d.id, d.path] as const)),
  );

  protected readonly rows = computed(() => (this.people.hasValue() ? this.people.value().items : []));
  protected readonly total = computed(() => (this.people.hasValue() ? this.people.value().total : 0));
  protected readonly filtered = computed(() => isFiltered(this.view()));
  /** The roster's columns: the reader picks which show (「表示する列」), kept in this browser. */
  protected readonly columns = columnChoice('people', PEOPLE_COLUMNS);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly statuses: readonly PeopleStatus[] = ['active', 'left', 'all'];
  protected readonly statusKey = {
    active: 'people.filter.active',
    left: 'people.filter.left',
    all: 'people.filter.all',
  } as const satisfies Record<PeopleStatus, TranslationKey>;
  protected readonly typeKey = employmentTypeKey;
  protected readonly sortActive = computed(() => {
    const key = this.view().sort.replace(/^-/, '');
    return Object.keys(SORTABLE).find((column) => SORTABLE[column] === key) ?? '';
  });
  protected readonly sortDirection = computed(() => (this.view().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly personName = personName;

  protected readonly search = new FormControl(this.view().q, { nonNullable: true });

  constructor() {
    // A link that names a company the person works for opens in that company.
    const linked = peopleViewFromParams(this.route.snapshot.queryParams).companyId;
    if (linked && linked !== this.context.companyId()) this.context.select(linked);

    // Typing searches after a short pause; the URL is replaced, not stacked, while typing.
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.update({ q }, true));

    // Back/forward and shared links set the box from the URL.
    effect(() => {
      const q = this.view().q;
      untracked(() => {
        if (this.search.value !== q) this.search.setValue(q, { emitEvent: false });
      });
    });

    // Switching company in the top bar: the URL follows (for people with several companies), and the
    // department filter, which belongs to the previous company, is dropped.
    effect(() => {
      const companyId = this.context.companyId();
      const switchable = this.context.switchable();
      untracked(() => {
        const view = this.view();
        const inUrl = view.companyId;
        if (!switchable || !companyId || inUrl === companyId) return;
        this.update({ companyId, departmentId: inUrl ? null : view.departmentId }, true);
      });
    });
  }

  protected update(patch: Partial<PeopleView>, replaceUrl = false): void {
    const next: PeopleView = { ...this.view(), page: 0, ...patch };
    void this.router.navigate([], { relativeTo: this.route, queryParams: peopleViewToParams(next), replaceUrl });
  }

  protected onSort(sort: Sort): void {
    const key = SORTABLE[sort.active];
    const next: PeopleSort =
      !key || !sort.direction ? 'nameKana' : sort.direction === 'desc' ? (`-${key}` as PeopleSort) : key;
    this.update({ sort: next });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageSize === this.view().size ? event.pageIndex : 0, size: event.pageSize });
  }

  protected onType(change: MatChipListboxChange): void {
    const value: unknown = change.value;
    this.update({
      employmentType: (EMPLOYMENT_TYPES as readonly unknown[]).includes(value)
        ? (value as Person['employmentType'])
        : null,
    });
  }

  protected onStatus(change: MatButtonToggleChange): void {
    const value: unknown = change.value;
    this.update({ status: value === 'left' || value === 'all' ? value : 'active' });
  }

  protected onDepartment(change: MatSelectChange): void {
    this.update({ departmentId: typeof change.value === 'string' && change.value ? change.value : null });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.update({ q: '', departmentId: null, employmentType: null, status: 'active' });
  }

  protected departmentOf(person: Person): string {
    return person.departmentId ? (this.departmentPaths().get(person.departmentId) ?? '') : '';
  }

  protected open(person: Person): void {
    void this.router.navigate([person.id], { relativeTo: this.route });
  }

  protected date(value: string | null): string {
    return value ? this.i18n.formatDate(value) : '';
  }
}
