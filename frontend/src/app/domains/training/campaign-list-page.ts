import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { buildParams } from '../../core/api';
import { AuthService, CompanyContext } from '../../core/auth';
import { I18nService, ParenPipe, TranslatePipe, formatDate } from '../../core/i18n';
import { EMPLOYMENT_TYPES, employmentTypeKey, type EmploymentType } from '../organization/people/people.data';
import { LIST_PAGE_SIZE, TrainingData, type CoverageFilters } from './training.data';

/** Campaigns with their completion, and who has no annual course in the last 365 days (R-ED-01). */
@Component({
  selector: 'app-campaign-list-page',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatTableModule,
    ReactiveFormsModule,
    RouterLink,
    ParenPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .coverage-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .exports {
      display: flex;
      gap: 8px;
    }
  `,
  template: `
    <h1>{{ 'training.campaigns.title' | t }}</h1>
    @if (allCompanies()) {
      <p class="scope" data-testid="coverage-scope">
        {{ 'training.campaigns.allCompanies' | t }}
        <a routerLink="/training/campaigns">{{ 'training.campaigns.thisCompany' | t }}</a>
      </p>
    }
    @if (canCreate()) {
      <p>
        <a mat-flat-button routerLink="/training/campaigns/new">{{ 'training.campaigns.new' | t }}</a>
      </p>
    }
    @if (campaigns.hasValue()) {
      @if (campaigns.value().items.length === 0) {
        <p>{{ 'training.campaigns.empty' | t }}</p>
      } @else {
        <table mat-table [dataSource]="campaigns.value().items">
          <ng-container matColumnDef="company">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.company' | t }}</th>
            <td mat-cell *matCellDef="let c">{{ companyName(c.companyId) }}</td>
          </ng-container>
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.name' | t }}</th>
            <td mat-cell *matCellDef="let c">
              <a [routerLink]="['/training/campaigns', c.id]" (click)="$event.stopPropagation()">{{
                i18n.lang() === 'ja' ? c.titleJa : c.titleEn
              }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="due">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.wizard.dueOn' | t }}</th>
            <td mat-cell *matCellDef="let c">{{ date(c.dueOn) }}</td>
          </ng-container>
          <ng-container matColumnDef="rate">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.rate' | t }}</th>
            <td mat-cell *matCellDef="let c">
              {{ c.counts.rate }}%{{ c.counts.passed + ' / ' + c.counts.total | paren }}
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.status' | t }}</th>
            <td mat-cell *matCellDef="let c">{{ statusKey(c.status) | t }}</td>
          </ng-container>
          <ng-container matColumnDef="overdue">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.dashboard.overdue' | t }}</th>
            <td mat-cell *matCellDef="let c">{{ c.counts.overdue }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns()"></tr>
          <tr mat-row *matRowDef="let row; columns: columns()" class="clickable" (click)="open(row.id)"></tr>
        </table>
        @if (campaigns.value().total > pageSize) {
          <mat-paginator
            data-testid="campaign-paginator"
            [length]="campaigns.value().total"
            [pageSize]="pageSize"
            [pageIndex]="campaignPage()"
            [hidePageSize]="true"
            (page)="campaignPage.set($event.pageIndex)"
          />
        }
      }
    }
    <h2>{{ 'training.campaigns.coverage' | t }}</h2>
    <div class="list-toolbar" role="search">
      <mat-form-field class="list-search">
        <mat-label>{{ 'training.campaigns.coverageSearch' | t }}</mat-label>
        <mat-icon matPrefix svgIcon="search" aria-hidden="true" />
        <input matInput type="search" [formControl]="search" data-testid="coverage-search" autocomplete="off" />
        @if (search.value) {
          <button
            mat-icon-button
            matSuffix
            type="button"
            [attr.aria-label]="'common.clearSearch' | t"
            (click)="search.setValue('')"
          >
            <mat-icon svgIcon="close" aria-hidden="true" />
          </button>
        }
      </mat-form-field>
    </div>
    <div class="filter-row">
      <span class="filter-label" id="coverage-type-label">{{ 'people.filter.employmentType' | t }}</span>
      <mat-chip-listbox
        aria-labelledby="coverage-type-label"
        data-testid="coverage-filter-type"
        (change)="onType($event)"
      >
        @for (type of employmentTypes; track type) {
          <mat-chip-option
            [value]="type"
            [selected]="filters().employmentType === type"
            [attr.data-testid]="'coverage-type-' + type"
          >
            {{ typeKey(type) | t }}
          </mat-chip-option>
        }
      </mat-chip-listbox>
    </div>
    @if (coverage.hasValue()) {
      @if (coverage.value().total === 0) {
        <p data-testid="coverage-empty">
          {{ (filtered() ? 'training.campaigns.coverageNoMatch' : 'training.campaigns.coverageEmpty') | t }}
        </p>
      } @else {
        <div class="coverage-head">
          <p data-testid="coverage-total">
            {{ 'training.campaigns.peopleTotal' | t: { n: coverage.value().total } }}
          </p>
          <div class="exports" role="group" [attr.aria-label]="'training.campaigns.coverageExport' | t">
            <a mat-stroked-button [href]="coverageFile('csv')" download data-testid="coverage-csv">{{
              'training.campaigns.exportCsv' | t
            }}</a>
            <a mat-stroked-button [href]="coverageFile('xlsx')" download data-testid="coverage-xlsx">{{
              'training.campaigns.exportXlsx' | t
            }}</a>
          </div>
        </div>
        <table mat-table [dataSource]="coverage.value().items" data-testid="coverage-table">
          <ng-container matColumnDef="company">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.company' | t }}</th>
            <td mat-cell *matCellDef="let r">{{ companyName(r.companyId) }}</td>
          </ng-container>
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.certificate.person' | t }}</th>
            <td mat-cell *matCellDef="let r">{{ r.familyName }} {{ r.givenName }}{{ r.employeeNumber | paren }}</td>
          </ng-container>
          <ng-container matColumnDef="department">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.department' | t }}</th>
            <td mat-cell *matCellDef="let r">{{ r.departmentName ?? ('training.dashboard.noDepartment' | t) }}</td>
          </ng-container>
          <ng-container matColumnDef="last">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.lastPassed' | t }}</th>
            <td mat-cell *matCellDef="let r">
              {{ r.lastPassedOn ? date(r.lastPassedOn) : ('training.campaigns.never' | t) }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="coverageColumns()"></tr>
          <tr mat-row *matRowDef="let row; columns: coverageColumns()"></tr>
        </table>
        @if (coverage.value().total > pageSize) {
          <mat-paginator
            [length]="coverage.value().total"
            [pageSize]="pageSize"
            [pageIndex]="coveragePage()"
            [hidePageSize]="true"
            (page)="coveragePage.set($event.pageIndex)"
          />
        }
      }
    }
  `,
})
export class CampaignListPage {
  private readonly data = inject(TrainingData);
  private readonly router = inject(Router);
  private readonly context = inject(CompanyContext);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  private readonly route = inject(ActivatedRoute);
  /** `scope=all`: every company in the caller's scope (the group dashboard's coverage figure links here). */
  protected readonly allCompanies = toSignal(this.route.queryParamMap.pipe(map((q) => q.get('scope') === 'all')), {
    initialValue: false,
  });
  private readonly companyId = computed(() =>
    this.allCompanies() ? undefined : (this.context.companyId() ?? undefined),
  );
  protected readonly columns = computed(() => [
    ...(this.allCompanies() ? ['company'] : []),
    'title',
    'status',
    'due',
    'rate',
    'overdue',
  ]);
  protected readonly coverageColumns = computed(() => [
    ...(this.allCompanies() ? ['company'] : []),
    'name',
    'department',
    'last',
  ]);
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'training_campaign', action: 'create' }, this.context.companyId()),
  );
  /** The campaign list's page, back to the first when the companies shown change. */
  protected readonly campaignPage = linkedSignal({ source: this.companyId, computation: () => 0 });
  protected readonly campaigns = rxResource({
    params: () => ({ companyId: this.companyId(), page: this.campaignPage() }),
    stream: ({ params }) => this.data.campaigns(params.companyId, params.page * LIST_PAGE_SIZE),
  });
  protected readonly pageSize = LIST_PAGE_SIZE;
  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly typeKey = employmentTypeKey;
  protected readonly statusKey = (status: 'open' | 'closed') => `training.campaigns.state.${status}` as const;
  /** The coverage list's search words (`q`) and employment type (`type`), kept in the URL. */
  protected readonly filters = toSignal(
    this.route.queryParamMap.pipe(
      map((params): CoverageFilters => ({
        q: params.get('q') ?? '',
        employmentType: (EMPLOYMENT_TYPES as readonly string[]).includes(params.get('type') ?? '')
          ? (params.get('type') as EmploymentType)
          : undefined,
      })),
    ),
    { initialValue: {} as CoverageFilters },
  );
  protected readonly filtered = computed(() => !!this.filters().q || !!this.filters().employmentType);
  protected readonly search = new FormControl('', { nonNullable: true });
  /** The coverage list's page, back to the first when the companies or the filters change. */
  protected readonly coveragePage = linkedSignal({
    source: () => [this.companyId(), this.filters()],
    computation: () => 0,
  });
  protected readonly coverage = rxResource({
    params: () => ({ companyId: this.companyId(), page: this.coveragePage(), filters: this.filters() }),
    stream: ({ params }) => this.data.coverage(params.companyId, params.page * LIST_PAGE_SIZE, params.filters),
  });

  constructor() {
    this.search.setValue(this.filters().q ?? '', { emitEvent: false });
    // Typing searches after a short pause; the URL is replaced, not stacked, while typing.
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.setFilter({ q: q.trim() || null }));
  }

  protected onType(event: MatChipListboxChange) {
    this.setFilter({ type: (event.value as string | undefined) || null });
  }

  private setFilter(params: { q?: string | null; type?: string | null }) {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
  /** The coverage list as a file: the same companies and filters as on the page, every person. */
  protected coverageFile(format: 'csv' | 'xlsx'): string {
    const query = { companyId: this.companyId(), ...this.filters(), format };
    return `/api/v1/training/coverage/export?${buildParams(query)}`;
  }

  protected companyName(id: string) {
    const c = this.context.companies().find((x) => x.id === id);
    return c ? (this.i18n.lang() === 'en' ? c.nameEn : c.nameJa) : '';
  }
  protected date(d: string) {
    return formatDate(d, this.i18n.lang());
  }
  protected open(id: string) {
    void this.router.navigate(['/training/campaigns', id]);
  }
}
