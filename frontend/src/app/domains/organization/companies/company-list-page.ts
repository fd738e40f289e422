import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { AuthService } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { Deadline } from '../../../shared/ui/deadline';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { CompaniesData, type Company } from './companies.data';

/** PrivacyMark renewal is applied for from 8 months before the expiry: amber from then on. */
export const PRIVACY_MARK_WARN_DAYS = 240;

const PAGE_SIZE = 50;

interface CompanyView {
  readonly q: string;
  readonly page: number;
}

function viewFromParams(params: Params): CompanyView {
  const q = typeof params['q'] === 'string' ? params['q'].slice(0, 100) : '';
  const page = Number(params['page']);
  return { q, page: Number.isInteger(page) && page >= 1 ? page - 1 : 0 };
}

/** The group's companies, with their PrivacyMark status and renewal date. */
@Component({
  selector: 'app-company-list-page',
  imports: [
    Deadline,
    EmptyState,
    LoadError,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatTableModule,
    ReactiveFormsModule,
    RouterLink,
    SkeletonRows,
    TranslatePipe,
  ],
  templateUrl: './company-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(CompaniesData);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);

  protected readonly view = toSignal(this.route.queryParams.pipe(map(viewFromParams)), {
    initialValue: { q: '', page: 0 },
  });
  protected readonly companies = rxResource({
    params: () => ({ q: this.view().q || undefined, limit: PAGE_SIZE, offset: this.view().page * PAGE_SIZE }),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.companies.hasValue() ? this.companies.value().items : []));
  protected readonly total = computed(() => (this.companies.hasValue() ? this.companies.value().total : 0));
  /** Adding a company is a group-level action. */
  protected readonly canCreate = computed(() => this.auth.can({ resource: 'company', action: 'create' }, null));
  protected readonly columns = ['name', 'corporateNumber', 'privacyMark', 'expires', 'updatedAt'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly warnDays = PRIVACY_MARK_WARN_DAYS;
  protected readonly search = new FormControl(this.view().q, { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.navigate({ q, page: 0 }, true));
    effect(() => {
      const q = this.view().q;
      untracked(() => {
        if (this.search.value !== q) this.search.setValue(q, { emitEvent: false });
      });
    });
  }

  protected name(company: Company): string {
    return this.i18n.lang() === 'en' ? company.nameEn : company.nameJa;
  }

  protected otherName(company: Company): string {
    return this.i18n.lang() === 'en' ? company.nameJa : company.nameEn;
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ ...this.view(), page: event.pageIndex });
  }

  protected open(company: Company): void {
    void this.router.navigate([company.id], { relativeTo: this.route });
  }

  private navigate(view: CompanyView, replaceUrl = false): void {
    const queryParams: Params = {};
    if (view.q.trim()) queryParams['q'] = view.q.trim();
    if (view.page > 0) queryParams['page'] = String(view.page + 1);
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl });
  }
}
