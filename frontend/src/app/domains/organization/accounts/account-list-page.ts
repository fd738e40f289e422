import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, langKey, type TranslationKey } from '../../../core/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { ACCOUNT_STATUS_KEYS, AccountsData, accountStatus, type Account } from './accounts.data';

const PAGE_SIZE = 50;

export type AccountFilter = 'all' | 'enabled' | 'disabled';

interface AccountView {
  readonly q: string;
  readonly filter: AccountFilter;
  readonly page: number;
}

export function accountViewFromParams(params: Params): AccountView {
  const q = typeof params['q'] === 'string' ? params['q'].slice(0, 100) : '';
  const filter = params['status'] === 'enabled' || params['status'] === 'disabled' ? params['status'] : 'all';
  const page = Number(params['page']);
  return { q, filter, page: Number.isInteger(page) && page >= 1 ? page - 1 : 0 };
}

/** Sign-in accounts of the company chosen in the top bar, with their status. */
@Component({
  selector: 'app-account-list-page',
  imports: [
    EmptyState,
    LoadError,
    MatButtonModule,
    MatButtonToggleModule,
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
  templateUrl: './account-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(AccountsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly view = toSignal(this.route.queryParams.pipe(map(accountViewFromParams)), {
    initialValue: { q: '', filter: 'all' as AccountFilter, page: 0 },
  });
  protected readonly accounts = rxResource({
    params: () => {
      const view = this.view();
      return {
        companyId: this.context.companyId() ?? undefined,
        q: view.q.trim() || undefined,
        disabled: view.filter === 'all' ? undefined : view.filter === 'disabled',
        limit: PAGE_SIZE,
        offset: view.page * PAGE_SIZE,
      };
    },
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.accounts.hasValue() ? this.accounts.value().items : []));
  protected readonly total = computed(() => (this.accounts.hasValue() ? this.accounts.value().total : 0));
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'account', action: 'create' }, this.context.companyId() ?? undefined),
  );
  protected readonly filters: readonly AccountFilter[] = ['all', 'enabled', 'disabled'];
  protected readonly filterKey = {
    all: 'accounts.filter.all',
    enabled: 'accounts.filter.enabled',
    disabled: 'accounts.filter.disabled',
  } as const satisfies Record<AccountFilter, TranslationKey>;
  protected readonly statusKey = ACCOUNT_STATUS_KEYS;
  protected readonly langKey = langKey;
  protected readonly columns = ['email', 'status', 'language', 'lastSignInAt'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly statusOf = accountStatus;
  protected readonly search = new FormControl(this.view().q, { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.navigate({ ...this.view(), q, page: 0 }, true));
    effect(() => {
      const q = this.view().q;
      untracked(() => {
        if (this.search.value !== q) this.search.setValue(q, { emitEvent: false });
      });
    });
  }

  protected onFilter(change: MatButtonToggleChange): void {
    const value: unknown = change.value;
    this.navigate({ ...this.view(), filter: value === 'enabled' || value === 'disabled' ? value : 'all', page: 0 });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ ...this.view(), page: event.pageIndex });
  }

  protected open(account: Account): void {
    void this.router.navigate([account.id], { relativeTo: this.route });
  }

  protected dateTime(value: string | null): string {
    return value ? this.i18n.formatDateTime(value) : '';
  }

  private navigate(view: AccountView, replaceUrl = false): void {
    const queryParams: Params = {};
    if (view.q.trim()) queryParams['q'] = view.q.trim();
    if (view.filter !== 'all') queryParams['status'] = view.filter;
    if (view.page > 0) queryParams['page'] = String(view.page + 1);
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl });
  }
}
