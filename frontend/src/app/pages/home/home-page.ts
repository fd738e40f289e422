import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Subscription } from 'rxjs';
import { ApiClient } from '../../core/api';
import { AuthService, CompanyContext, ROLES, type Role } from '../../core/auth';
import { ApiProblem, problemMessageKey } from '../../core/errors';
import { I18nService, TranslatePipe } from '../../core/i18n';
import { DashboardPanel } from '../../domains/dashboard/dashboard-panel';

type SystemStatus =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ready'; readonly checkedAt: Date }
  | { readonly kind: 'problem'; readonly problem: ApiProblem; readonly checkedAt: Date };

interface CompanyLine {
  readonly id: string;
  readonly name: string;
  readonly roleKeys: readonly `enums.role.${Role}`[];
  readonly current: boolean;
}

/** The landing page: who is signed in and for which companies, what Mamori is for, and whether the system is up. */
@Component({
  selector: 'app-home-page',
  imports: [DashboardPanel, MatButtonModule, MatCardModule, MatIconModule, TranslatePipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18nService);
  protected readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private check?: Subscription;

  /** The companies the person works for, each with the roles they hold there (group-wide roles included). */
  protected readonly companies = computed<CompanyLine[]>(() => {
    const me = this.auth.me();
    if (!me) return [];
    const en = this.i18n.lang() === 'en';
    const group = me.permissions.find((p) => p.companyId === null)?.roles ?? [];
    return me.companies.map((company) => {
      const roles = me.permissions.find((p) => p.companyId === company.id)?.roles ?? group;
      return {
        id: company.id,
        name: en ? company.nameEn : company.nameJa,
        roleKeys: [...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b)).map((r) => `enums.role.${r}` as const),
        current: company.id === this.context.companyId(),
      };
    });
  });

  /** Executives and officers (whoever holds the dashboard) see it first. */
  protected readonly showDashboard = computed(
    () =>
      this.auth.can({ resource: 'dashboard', action: 'read' }, this.context.companyId() ?? undefined) ||
      (this.auth.me()?.permissions.some((p) => p.companyId === null && !!p.grants.dashboard?.includes('read')) ??
        false),
  );

  protected readonly status = signal<SystemStatus>({ kind: 'checking' });
  protected readonly problemKey = computed(() => {
    const status = this.status();
    return status.kind === 'problem' ? problemMessageKey(status.problem) : null;
  });
  protected readonly problemRequestId = computed(() => {
    const status = this.status();
    return status.kind === 'problem' ? (status.problem.requestId ?? null) : null;
  });
  protected readonly checkedAt = computed(() => {
    const status = this.status();
    return status.kind === 'checking' ? null : this.i18n.formatDateTime(status.checkedAt);
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.check?.unsubscribe());
    this.refresh();
  }

  protected refresh(): void {
    this.check?.unsubscribe();
    this.status.set({ kind: 'checking' });
    this.check = this.api
      .get('/api/v1/health/ready', { silent: true, loadingLabel: 'loading.checkingStatus' })
      .subscribe({
        next: () => this.status.set({ kind: 'ready', checkedAt: new Date() }),
        error: (error: unknown) =>
          this.status.set({
            kind: 'problem',
            problem: error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' }),
            checkedAt: new Date(),
          }),
      });
  }
}
