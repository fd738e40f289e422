import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { map } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { ColumnPicker, columnChoice, type ListColumn } from '../../../shared/ui/column-picker';
import { asKey } from '../../../shared/ui/translation-key';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { INCIDENT_PERMISSIONS } from '../incidents.routes';
import { IncidentsData, type Incident, type IncidentsQuery } from '../incidents.data';
import { ClockLabel } from './clock-label';

export const INCIDENT_LIST_SORTS = ['-awareAt', 'nextClock'] as const;

type IncidentColumn =
  | 'title'
  | 'status'
  | 'occurredAt'
  | 'awareAt'
  | 'eventType'
  | 'incidentType'
  | 'cause'
  | 'persons'
  | 'reportable'
  | 'nearest';

const INCIDENT_COLUMNS: readonly ListColumn<IncidentColumn>[] = [
  { id: 'title', label: 'incidents.col.title', fixed: true },
  { id: 'status', label: 'incidents.col.status' },
  { id: 'occurredAt', label: 'incidents.col.occurredAt', optional: true },
  { id: 'awareAt', label: 'incidents.col.awareAt' },
  { id: 'eventType', label: 'incidents.col.eventType', optional: true },
  { id: 'incidentType', label: 'incidents.col.incidentType', optional: true },
  { id: 'cause', label: 'incidents.col.cause', optional: true },
  { id: 'persons', label: 'incidents.col.persons' },
  { id: 'reportable', label: 'incidents.col.reportable' },
  { id: 'nearest', label: 'incidents.col.nearest' },
];
export type IncidentListSort = (typeof INCIDENT_LIST_SORTS)[number];
const PAGE_SIZES = [20, 50, 100];

/** What the list shows, all of it in the URL so a dashboard figure can link to exactly its list. */
export interface IncidentListView {
  /** The company the link names; none: the company chosen in the top bar, or every company with `allCompanies`. */
  companyId: string | null;
  /** `scope=all`: every company in the caller's scope (a group-wide dashboard figure). */
  allCompanies: boolean;
  /** Open incidents only (the default); `open=false` lists every incident. */
  open: boolean;
  /** Only open incidents with a legal clock past its due date. */
  clockOverdue: boolean;
  /** Newest first (the default), or the nearest running legal clock first. */
  sort: IncidentListSort;
  page: number;
  size: number;
}

export function incidentListView(params: Params): IncidentListView {
  const page = Number(params['page']);
  const size = Number(params['size']);
  const companyId = params['companyId'];
  return {
    companyId: typeof companyId === 'string' && companyId ? companyId : null,
    allCompanies: params['scope'] === 'all',
    open: params['open'] !== 'false',
    clockOverdue: params['clockOverdue'] === 'true',
    sort: (INCIDENT_LIST_SORTS as readonly unknown[]).includes(params['sort'])
      ? (params['sort'] as IncidentListSort)
      : '-awareAt',
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    size: PAGE_SIZES.includes(size) ? size : 50,
  };
}

/** The list API's query for a view, `contextCompanyId` being the company chosen in the top bar. */
export function incidentListQuery(view: IncidentListView, contextCompanyId: string | null): IncidentsQuery {
  const companyId = view.companyId ?? (view.allCompanies ? null : contextCompanyId);
  return {
    ...(companyId ? { companyId } : {}),
    ...(view.open ? { open: true } : {}),
    ...(view.clockOverdue ? { clockOverdue: true } : {}),
    ...(view.sort === '-awareAt' ? {} : { sort: view.sort }),
    limit: view.size,
    offset: view.page * view.size,
  };
}

/**
 * The incident register of the company chosen in the top bar (or the one a link names, or every company
 * in scope), with each incident's nearest clock and a red marker on overdue ones; filters and order in the
 * URL, so the dashboard's figures open exactly their list. Staff see only the incidents they reported.
 */
@Component({
  selector: 'app-incident-list-page',
  imports: [
    ClockLabel,
    ColumnPicker,
    EmptyState,
    LoadError,
    MatButtonModule,
    MatButtonToggleModule,
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
        <h1 class="page-title">{{ (canManage() ? 'incidents.heading' : 'incidents.myHeading') | t }}</h1>
        <p class="page-intro">{{ (canManage() ? 'incidents.intro' : 'incidents.myIntro') | t }}</p>
      </div>
      <div class="page-actions">
        @if (canRead()) {
          <a mat-stroked-button download [href]="exportUrl('csv')" data-testid="incidents-export-csv">
            <mat-icon svgIcon="download" aria-hidden="true" />
            CSV
          </a>
          <a mat-stroked-button download [href]="exportUrl('xlsx')" data-testid="incidents-export-xlsx">
            <mat-icon svgIcon="download" aria-hidden="true" />
            Excel
          </a>
        }
        @if (canReport()) {
          <a mat-flat-button routerLink="report" data-testid="incident-report">
            <mat-icon svgIcon="warning" aria-hidden="true" />
            {{ 'incidents.reportButton' | t }}
          </a>
        }
      </div>
    </header>

    <div class="filter-row">
      <mat-button-toggle-group
        [attr.aria-label]="'incidents.col.status' | t"
        hideSingleSelectionIndicator
        [value]="view().open ? 'open' : 'all'"
        (change)="update({ open: $event.value === 'open' })"
      >
        <mat-button-toggle value="open" data-testid="incidents-open">{{
          'incidents.filter.open' | t
        }}</mat-button-toggle>
        <mat-button-toggle value="all" data-testid="incidents-all">{{ 'incidents.filter.all' | t }}</mat-button-toggle>
      </mat-button-toggle-group>
      <mat-chip-listbox multiple [attr.aria-label]="'incidents.filter.label' | t">
        <mat-chip-option
          data-testid="incidents-filter-clock-overdue"
          [selected]="view().clockOverdue"
          (selectionChange)="$event.isUserInput && update({ clockOverdue: $event.selected })"
          >{{ 'incidents.filter.clockOverdue' | t }}</mat-chip-option
        >
        @if (view().allCompanies && !view().companyId) {
          <mat-chip-option
            data-testid="incidents-filter-all-companies"
            [selected]="true"
            (selectionChange)="$event.isUserInput && update({ allCompanies: $event.selected })"
            >{{ 'incidents.filter.allCompanies' | t }}</mat-chip-option
          >
        }
      </mat-chip-listbox>
      <mat-form-field class="sort-field" subscriptSizing="dynamic">
        <mat-label>{{ 'incidents.sort.label' | t }}</mat-label>
        <mat-select
          data-testid="incidents-sort"
          [value]="view().sort"
          (selectionChange)="update({ sort: $event.value })"
        >
          @for (s of sorts; track s) {
            <mat-option [value]="s">{{ sortKey(s) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <app-column-picker class="column-picker" [choice]="columns" testId="incidents" />
    </div>

    <div class="table-wrap" [attr.aria-busy]="incidents.isLoading()">
      @if (incidents.error(); as error) {
        <app-load-error [error]="error" (retry)="incidents.reload()" />
      } @else if (!incidents.isLoading() && rows().length === 0) {
        <app-empty-state
          icon="shield"
          [heading]="'incidents.empty.title' | t"
          [body]="'incidents.empty.body' | t"
          data-testid="incidents-empty"
        />
      } @else {
        <table mat-table data-testid="incidents-table" [dataSource]="incidents.isLoading() ? [] : rows()">
          <caption class="visually-hidden">
            {{
              'incidents.heading' | t
            }}
          </caption>
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.title' | t }}</th>
            <td mat-cell *matCellDef="let incident">
              <a class="row-link" [routerLink]="incident.id" (click)="$event.stopPropagation()">{{ incident.title }}</a>
              @if (incident.reporterName) {
                <span class="cell-sub">{{ incident.reporterName }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.status' | t }}</th>
            <td mat-cell *matCellDef="let incident">
              <span class="status-chip" [class.ok]="incident.status === 'closed'">{{ statusKey(incident) | t }}</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="awareAt">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.awareAt' | t }}</th>
            <td mat-cell *matCellDef="let incident" class="nowrap">{{ when(incident.awareAt) }}</td>
          </ng-container>
          <ng-container matColumnDef="occurredAt">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.occurredAt' | t }}</th>
            <td mat-cell *matCellDef="let incident" class="nowrap">
              {{ incident.occurredAt ? when(incident.occurredAt) : '' }}
            </td>
          </ng-container>
          <ng-container matColumnDef="eventType">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.eventType' | t }}</th>
            <td mat-cell *matCellDef="let incident">
              {{ incident.eventType ? (k('incidents.event.' + incident.eventType) | t) : '' }}
            </td>
          </ng-container>
          <ng-container matColumnDef="incidentType">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.incidentType' | t }}</th>
            <td mat-cell *matCellDef="let incident">
              {{ incident.incidentType ? (k('incidents.type.' + incident.incidentType) | t) : '' }}
            </td>
          </ng-container>
          <ng-container matColumnDef="cause">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.cause' | t }}</th>
            <td mat-cell *matCellDef="let incident">
              {{ incident.cause ? (k('incidents.cause.' + incident.cause) | t) : '' }}
            </td>
          </ng-container>
          <ng-container matColumnDef="persons">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.persons' | t }}</th>
            <td mat-cell *matCellDef="let incident" class="nowrap">{{ i18n.formatNumber(incident.personCount) }}</td>
          </ng-container>
          <ng-container matColumnDef="reportable">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.reportable' | t }}</th>
            <td mat-cell *matCellDef="let incident">
              @if (incident.ppcReportable) {
                <span class="status-chip error">{{ 'incidents.ppcBadge' | t }}</span>
              }
              @if (incident.jipdecPreliminaryRequired) {
                <span class="status-chip warn">{{ 'incidents.jipdecBadge' | t }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="nearest">
            <th mat-header-cell *matHeaderCellDef>{{ 'incidents.col.nearest' | t }}</th>
            <td mat-cell *matCellDef="let incident">
              @if (incident.nearestClock; as clock) {
                <app-clock-label [clock]="clock" />
              } @else {
                <span class="cell-sub">{{ 'incidents.noClock' | t }}</span>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns.shown()"></tr>
          <tr
            mat-row
            *matRowDef="let incident; columns: columns.shown()"
            class="clickable-row"
            [class.overdue-row]="incident.nearestClock?.status === 'overdue'"
            [attr.data-testid]="'incident-row-' + incident.id"
            (click)="openIncident(incident)"
          ></tr>
        </table>
        @if (incidents.isLoading()) {
          <app-skeleton-rows [columns]="columns.shown().length" />
        }
      }
      @if (total() > 0) {
        <mat-paginator
          [length]="total()"
          [pageIndex]="view().page"
          [pageSize]="view().size"
          [pageSizeOptions]="[20, 50, 100]"
          (page)="onPage($event)"
        />
      }
    </div>
  `,
  styles: `
    .filter-row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
    .sort-field {
      margin-inline-start: auto;
      min-width: 220px;
    }
    .sort-field + .column-picker {
      margin-inline-start: 0;
    }
    .overdue-row td:first-child {
      box-shadow: inset 4px 0 0 var(--app-status-error);
    }
    .status-chip + .status-chip {
      margin-inline-start: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentListPage {
  private readonly data = inject(IncidentsData);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly view = toSignal(this.route.queryParams.pipe(map(incidentListView)), {
    initialValue: incidentListView(this.route.snapshot.queryParams),
  });
  /** The company the list shows (null: every company in scope). */
  private readonly companyId = computed(() => incidentListQuery(this.view(), this.context.companyId()).companyId);
  protected readonly canManage = computed(() =>
    this.auth.can(INCIDENT_PERMISSIONS.manage, this.companyId() ?? undefined),
  );
  protected readonly canRead = computed(() =>
    this.auth.can({ resource: 'incident', action: 'read' }, this.companyId() ?? undefined),
  );
  protected readonly canReport = computed(() =>
    this.auth.can(INCIDENT_PERMISSIONS.report, this.context.companyId() ?? undefined),
  );
  private readonly query = computed(() => incidentListQuery(this.view(), this.context.companyId()));
  protected readonly incidents = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.incidents.hasValue() ? this.incidents.value().items : []));
  protected readonly total = computed(() => (this.incidents.hasValue() ? this.incidents.value().total : 0));
  /** The register's columns: the reader picks which show (「表示する列」), kept in this browser. */
  protected readonly columns = columnChoice('incidents', INCIDENT_COLUMNS);
  protected readonly sorts = INCIDENT_LIST_SORTS;
  protected readonly k = asKey;

  /** The register as a file, with the list's filters and order; the browser downloads it with the session cookie. */
  protected exportUrl(format: 'csv' | 'xlsx'): string {
    const { limit: _limit, offset: _offset, ...filters } = this.query();
    const params = new URLSearchParams({ format });
    for (const [key, value] of Object.entries(filters)) params.set(key, String(value));
    return `/api/v1/incidents/export?${params.toString()}`;
  }

  protected statusKey(incident: Incident): TranslationKey {
    return `incidents.status.${incident.status}`;
  }

  protected sortKey(sort: IncidentListSort): TranslationKey {
    return sort === 'nextClock' ? 'incidents.sort.nextClock' : 'incidents.sort.newest';
  }

  protected when(iso: string): string {
    return this.i18n.formatDateTime(iso);
  }

  /** Changes the view through the URL (page back to the first unless given), so a link reproduces it. */
  protected update(patch: Partial<IncidentListView>): void {
    const next = { ...this.view(), page: 0, ...patch };
    const queryParams: Params = {
      companyId: next.companyId,
      scope: next.allCompanies && !next.companyId ? 'all' : null,
      open: next.open ? null : 'false',
      clockOverdue: next.clockOverdue ? 'true' : null,
      sort: next.sort === '-awareAt' ? null : next.sort,
      page: next.page || null,
      size: next.size === 50 ? null : next.size,
    };
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageSize === this.view().size ? event.pageIndex : 0, size: event.pageSize });
  }

  protected openIncident(incident: Incident): void {
    void this.router.navigate(['/incidents', incident.id]);
  }
}
