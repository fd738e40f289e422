import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { RouterLink } from '@angular/router';
import { AuthService, CompanyContext } from '../../core/auth';
import { I18nService, TranslatePipe } from '../../core/i18n';
import { LoadError } from '../../shared/ui/load-error';
import { DashboardData, dashboardKey, type DashboardFigure } from './dashboard.data';
import { TrendChart } from './trend-chart';

/**
 * The executive dashboard on the home page: every figure a link to the list behind it. Group-level roles
 * see the whole group rolled up and may switch to the current company.
 */
@Component({
  selector: 'app-dashboard-panel',
  imports: [LoadError, MatButtonToggleModule, RouterLink, TranslatePipe, TrendChart],
  template: `
    <section class="dashboard" aria-labelledby="dashboard-heading" data-testid="dashboard">
      <header class="head">
        <h2 id="dashboard-heading">{{ 'dashboard.title' | t }}</h2>
        @if (group()) {
          <mat-button-toggle-group [value]="scope()" (change)="scope.set($event.value)" hideSingleSelectionIndicator>
            <mat-button-toggle value="group">{{ 'dashboard.scopeGroup' | t: { n: summaryCount() } }}</mat-button-toggle>
            <mat-button-toggle value="company">{{ companyName() }}</mat-button-toggle>
          </mat-button-toggle-group>
        }
      </header>
      @if (summary.error(); as error) {
        <app-load-error [error]="error" (retry)="summary.reload()" />
      } @else if (summary.hasValue()) {
        @let s = summary.value();
        <p class="intro">
          {{
            'dashboard.intro'
              | t: { scope: s.companyId ? companyName() : ('dashboard.scopeGroup' | t: { n: s.companyCount }) }
          }}
          {{ 'dashboard.asOf' | t: { date: i18n.formatDate(s.today) } }}
        </p>
        <ul class="figures" [attr.aria-label]="'dashboard.figuresLabel' | t">
          @for (f of s.figures; track f.key) {
            <li>
              <a
                class="figure"
                [attr.data-tone]="f.tone"
                [attr.data-testid]="'figure-' + f.key"
                [routerLink]="f.route"
                [queryParams]="f.query"
              >
                <span class="value">{{ display(f) }}</span>
                <span class="label">{{ key(f.key) | t }}</span>
              </a>
            </li>
          }
        </ul>
        @if (s.trends.length) {
          <div class="trends" [attr.aria-label]="'dashboard.trendsLabel' | t">
            @for (t of s.trends; track t.key) {
              <app-trend-chart [trend]="t" />
            }
          </div>
        }
      } @else {
        <p role="status">{{ 'loading.label' | t }}</p>
      }
    </section>
  `,
  styles: `
    .dashboard {
      margin-bottom: 24px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      justify-content: space-between;
    }
    h2 {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
    .intro {
      color: var(--mat-sys-on-surface-variant);
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 12px;
      list-style: none;
      padding: 0;
      margin: 0 0 24px;
    }
    .figure {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 14px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-inline-start-width: 6px;
      color: inherit;
      text-decoration: none;
      height: 100%;
      box-sizing: border-box;
    }
    .figure:hover,
    .figure:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .figure[data-tone='ok'] {
      border-inline-start-color: #2e7d4f;
    }
    .figure[data-tone='warn'] {
      border-inline-start-color: #b26a00;
    }
    .figure[data-tone='bad'] {
      border-inline-start-color: #b3261e;
    }
    .figure[data-tone='bad'] .value {
      color: #b3261e;
    }
    .value {
      font: var(--mat-sys-headline-medium);
    }
    .label {
      font: var(--mat-sys-body-medium);
    }
    .trends {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      gap: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPanel {
  private readonly data = inject(DashboardData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  /** A group-wide membership holding the dashboard sees the group rolled up by default. */
  protected readonly group = computed(
    () =>
      this.auth.me()?.permissions.some((p) => p.companyId === null && !!p.grants.dashboard?.includes('read')) ?? false,
  );
  protected readonly scope = signal<'group' | 'company'>('group');
  private readonly companyId = computed(() =>
    this.group() && this.scope() === 'group' ? null : (this.context.companyId() ?? null),
  );
  protected readonly summary = rxResource({
    params: () => ({ companyId: this.companyId() }),
    stream: ({ params }) => this.data.summary(params.companyId),
  });
  protected readonly summaryCount = computed(() => (this.summary.hasValue() ? this.summary.value().companyCount : 0));
  protected readonly companyName = computed(() => {
    const c = this.context.company();
    return c ? (this.i18n.lang() === 'en' ? c.nameEn : c.nameJa) : '';
  });

  protected key(k: string) {
    return dashboardKey('figure', k);
  }

  protected display(f: DashboardFigure): string {
    if (f.kind === 'date') return f.date ? this.i18n.formatDate(f.date) : this.i18n.t('dashboard.none');
    if (f.kind === 'days')
      return f.value === null ? this.i18n.t('dashboard.never') : this.i18n.t('dashboard.daysValue', { n: f.value });
    return String(f.value ?? 0);
  }
}
