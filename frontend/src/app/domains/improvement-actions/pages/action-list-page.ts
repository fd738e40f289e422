import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipListboxChange } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule, type MatSelectChange } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { map } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { asKey } from '../../../shared/ui/translation-key';
import { Deadline } from '../../../shared/ui/deadline';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { ColumnPicker, columnChoice, type ListColumn } from '../../../shared/ui/column-picker';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import {
  ACTION_GRADES,
  ACTION_STATUSES,
  ImprovementActionsData,
  SOURCE_TYPES,
  type ActionListQuery,
} from '../improvement-actions.data';

type Preset = 'all' | 'open' | 'overdue' | 'closed';
const PAGE_SIZE = 50;

interface View {
  companyId: string | null;
  preset: Preset;
  status: string | null;
  grade: string | null;
  sourceType: string | null;
  createdFrom: string | null;
  closedFrom: string | null;
  page: number;
}

function viewOf(p: Params): View {
  const preset: Preset =
    p['overdue'] === 'true' ? 'overdue' : p['open'] === 'true' ? 'open' : p['open'] === 'false' ? 'closed' : 'all';
  return {
    companyId: p['companyId'] ?? null,
    preset,
    status: p['status'] ?? null,
    grade: p['grade'] ?? null,
    sourceType: p['sourceType'] ?? null,
    createdFrom: p['createdFrom'] ?? null,
    closedFrom: p['closedFrom'] ?? null,
    page: Math.max(0, Number(p['page'] ?? 0) || 0),
  };
}

/**
 * The improvement action register, filtered from the URL: the dashboard's and the review inputs' figures
 * link here with the same filters the counts used (`?overdue=true`, `?grade=…&open=true` …).
 */
const ACTION_COLUMNS: readonly ListColumn[] = [
  { id: 'title', label: 'improvementActions.column.title', fixed: true },
  { id: 'kind', label: 'improvementActions.column.kind', optional: true },
  { id: 'grade', label: 'improvementActions.column.grade' },
  { id: 'status', label: 'improvementActions.column.status' },
  { id: 'owner', label: 'improvementActions.column.owner' },
  { id: 'created', label: 'improvementActions.column.created', optional: true },
  { id: 'due', label: 'improvementActions.column.due' },
  { id: 'closed', label: 'improvementActions.column.closed', optional: true },
  { id: 'source', label: 'improvementActions.column.source' },
];

@Component({
  selector: 'app-action-list-page',
  imports: [
    ColumnPicker,
    Deadline,
    EmptyState,
    LoadError,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    SkeletonRows,
    TranslatePipe,
  ],
  template: `
    <header class="page-header">
      <div>
        <h1 class="page-title">{{ 'improvementActions.title' | t }}</h1>
        <p class="page-intro">{{ 'improvementActions.intro' | t }}</p>
      </div>
      @if (canCreate()) {
        <a mat-flat-button routerLink="/improvement-actions/new" data-testid="action-new">
          <mat-icon svgIcon="add" aria-hidden="true" />
          {{ 'improvementActions.newAction' | t }}
        </a>
      }
    </header>

    <div class="filters" role="group" [attr.aria-label]="'improvementActions.filter.label' | t">
      <mat-chip-listbox
        [value]="view().preset"
        (change)="preset($event)"
        [attr.aria-label]="'improvementActions.filter.label' | t"
        data-testid="action-presets"
      >
        @for (p of presets; track p) {
          <mat-chip-option [value]="p" [selectable]="view().preset !== p">{{
            k('improvementActions.filter.' + p) | t
          }}</mat-chip-option>
        }
      </mat-chip-listbox>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'improvementActions.filter.grade' | t }}</mat-label>
        <mat-select [value]="view().grade ?? ''" (selectionChange)="select('grade', $event)">
          <mat-option value="">{{ 'improvementActions.filter.all' | t }}</mat-option>
          @for (g of grades; track g) {
            <mat-option [value]="g">{{ k('improvementActions.grade.' + g) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'improvementActions.filter.status' | t }}</mat-label>
        <mat-select [value]="view().status ?? ''" (selectionChange)="select('status', $event)">
          <mat-option value="">{{ 'improvementActions.filter.all' | t }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ k('improvementActions.status.' + s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'improvementActions.filter.source' | t }}</mat-label>
        <mat-select [value]="view().sourceType ?? ''" (selectionChange)="select('sourceType', $event)">
          <mat-option value="">{{ 'improvementActions.filter.all' | t }}</mat-option>
          @for (s of sources; track s) {
            <mat-option [value]="s">{{ k('improvementActions.source.' + s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <app-column-picker class="column-picker" [choice]="columns" testId="actions" />
    </div>

    @if (actions.error(); as error) {
      <app-load-error [error]="error" (retry)="actions.reload()" />
    } @else if (actions.isLoading() && !actions.hasValue()) {
      <app-skeleton-rows [columns]="columns.shown().length" />
    } @else if (total() === 0) {
      <app-empty-state
        icon="checkCircle"
        [heading]="'improvementActions.empty.heading' | t"
        [body]="'improvementActions.empty.body' | t"
      />
    } @else {
      <p class="total" data-testid="action-total">{{ 'common.total' | t: { count: total() } }}</p>
      <table mat-table [dataSource]="rows()" class="list-table" data-testid="action-table">
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.title' | t }}</th>
          <td mat-cell *matCellDef="let a">
            <a [routerLink]="['/improvement-actions', a.id]">{{ a.title }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.kind' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ k('improvementActions.kind.' + a.kind) | t }}</td>
        </ng-container>
        <ng-container matColumnDef="created">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.created' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ i18n.formatDate(a.createdAt) }}</td>
        </ng-container>
        <ng-container matColumnDef="closed">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.closed' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ a.closedOn ? i18n.formatDate(a.closedOn) : '' }}</td>
        </ng-container>
        <ng-container matColumnDef="grade">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.grade' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ k('improvementActions.grade.' + a.grade) | t }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.status' | t }}</th>
          <td mat-cell *matCellDef="let a">
            <span class="status-chip" [attr.data-status]="a.status">{{
              k('improvementActions.status.' + a.status) | t
            }}</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="owner">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.owner' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ a.owner.name }}</td>
        </ng-container>
        <ng-container matColumnDef="due">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.due' | t }}</th>
          <td mat-cell *matCellDef="let a">
            @if (a.status === 'closed') {
              {{ i18n.formatDate(a.dueOn) }}
            } @else {
              <app-deadline [due]="a.dueOn" [warnDays]="7" />
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="source">
          <th mat-header-cell *matHeaderCellDef>{{ 'improvementActions.column.source' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ k('improvementActions.source.' + a.sourceType) | t }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns.shown()"></tr>
        <tr mat-row *matRowDef="let row; columns: columns.shown()"></tr>
      </table>
      <mat-paginator
        [length]="total()"
        [pageSize]="pageSize"
        [pageIndex]="view().page"
        [hidePageSize]="true"
        (page)="page($event)"
      />
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 16px;
      align-items: center;
      margin-bottom: 16px;
    }
    .total {
      margin: 0 0 8px;
    }
    .list-table {
      width: 100%;
    }
    .status-chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
      white-space: nowrap;
    }
    .status-chip[data-status='closed'] {
      background: #dff3e4;
      color: #0d5a25;
    }
    .status-chip[data-status='reopened'] {
      background: #fde7e4;
      color: #8c1d12;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionListPage {
  protected readonly k = asKey;
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(ImprovementActionsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly view = toSignal(this.route.queryParams.pipe(map(viewOf)), {
    initialValue: viewOf(this.route.snapshot.queryParams),
  });
  protected readonly presets: readonly Preset[] = ['all', 'open', 'overdue', 'closed'];
  protected readonly grades = ACTION_GRADES;
  protected readonly statuses = ACTION_STATUSES;
  protected readonly sources = SOURCE_TYPES;
  /** The register's columns: the reader picks which show (「表示する列」), kept in this browser. */
  protected readonly columns = columnChoice('improvement-actions', ACTION_COLUMNS);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly canCreate = computed(() =>
    this.auth.can({ resource: 'improvement_action', action: 'create' }, this.context.companyId() ?? undefined),
  );

  private readonly query = computed<ActionListQuery>(() => {
    const v = this.view();
    const q: ActionListQuery = { limit: PAGE_SIZE, offset: v.page * PAGE_SIZE };
    // A link names its company (a group-wide figure names none: then every company in scope).
    if (v.companyId) q.companyId = v.companyId;
    if (v.preset === 'open') q.open = true;
    if (v.preset === 'closed') q.open = false;
    if (v.preset === 'overdue') q.overdue = true;
    if (v.status) q.status = v.status as ActionListQuery['status'];
    if (v.grade) q.grade = v.grade as ActionListQuery['grade'];
    if (v.sourceType) q.sourceType = v.sourceType as ActionListQuery['sourceType'];
    if (v.createdFrom) q.createdFrom = v.createdFrom;
    if (v.closedFrom) q.closedFrom = v.closedFrom;
    return q;
  });
  protected readonly actions = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.actions.hasValue() ? this.actions.value().items : []));
  protected readonly total = computed(() => (this.actions.hasValue() ? this.actions.value().total : 0));

  private navigate(params: Params): void {
    void this.router.navigate([], { queryParams: { ...params, page: null }, queryParamsHandling: 'merge' });
  }

  protected preset(event: MatChipListboxChange): void {
    const p = (event.value as Preset | undefined) ?? 'all';
    this.navigate({
      open: p === 'open' ? 'true' : p === 'closed' ? 'false' : null,
      overdue: p === 'overdue' ? 'true' : null,
    });
  }

  protected select(name: 'grade' | 'status' | 'sourceType', event: MatSelectChange): void {
    this.navigate({ [name]: event.value || null });
  }

  protected page(event: PageEvent): void {
    void this.router.navigate([], { queryParams: { page: event.pageIndex || null }, queryParamsHandling: 'merge' });
  }
}
