import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { INCIDENT_PERMISSIONS } from '../incidents.routes';
import { IncidentsData, type Incident } from '../incidents.data';
import { ClockLabel } from './clock-label';

/**
 * The incident register of the company chosen in the top bar, with each incident's nearest clock and a
 * red marker on overdue ones. Staff see only the incidents they reported.
 */
@Component({
  selector: 'app-incident-list-page',
  imports: [
    ClockLabel,
    EmptyState,
    LoadError,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatPaginatorModule,
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
        [value]="open() ? 'open' : 'all'"
        (change)="setOpen($event.value === 'open')"
      >
        <mat-button-toggle value="open" data-testid="incidents-open">{{
          'incidents.filter.open' | t
        }}</mat-button-toggle>
        <mat-button-toggle value="all" data-testid="incidents-all">{{ 'incidents.filter.all' | t }}</mat-button-toggle>
      </mat-button-toggle-group>
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
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr
            mat-row
            *matRowDef="let incident; columns: columns"
            class="clickable-row"
            [class.overdue-row]="incident.nearestClock?.status === 'overdue'"
            [attr.data-testid]="'incident-row-' + incident.id"
            (click)="openIncident(incident)"
          ></tr>
        </table>
        @if (incidents.isLoading()) {
          <app-skeleton-rows [columns]="6" />
        }
      }
      @if (total() > 0) {
        <mat-paginator
          [length]="total()"
          [pageIndex]="page()"
          [pageSize]="size()"
          [pageSizeOptions]="[20, 50, 100]"
          (page)="onPage($event)"
        />
      }
    </div>
  `,
  styles: `
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
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly open = signal(true);
  protected readonly page = signal(0);
  protected readonly size = signal(50);
  protected readonly canManage = computed(() =>
    this.auth.can(INCIDENT_PERMISSIONS.manage, this.context.companyId() ?? undefined),
  );
  protected readonly canRead = computed(() =>
    this.auth.can({ resource: 'incident', action: 'read' }, this.context.companyId() ?? undefined),
  );
  protected readonly canReport = computed(() =>
    this.auth.can(INCIDENT_PERMISSIONS.report, this.context.companyId() ?? undefined),
  );
  protected readonly incidents = rxResource({
    params: () => ({
      companyId: this.context.companyId() ?? undefined,
      open: this.open() ? true : undefined,
      limit: this.size(),
      offset: this.page() * this.size(),
    }),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.incidents.hasValue() ? this.incidents.value().items : []));
  protected readonly total = computed(() => (this.incidents.hasValue() ? this.incidents.value().total : 0));
  protected readonly columns = ['title', 'status', 'awareAt', 'persons', 'reportable', 'nearest'];

  /** The register as a file, with the list's filters; the browser downloads it with the session cookie. */
  protected exportUrl(format: 'csv' | 'xlsx'): string {
    const params = new URLSearchParams({ format });
    const companyId = this.context.companyId();
    if (companyId) params.set('companyId', companyId);
    if (this.open()) params.set('open', 'true');
    return `/api/v1/incidents/export?${params.toString()}`;
  }

  protected statusKey(incident: Incident): TranslationKey {
    return `incidents.status.${incident.status}`;
  }

  protected when(iso: string): string {
    return this.i18n.formatDateTime(iso);
  }

  protected setOpen(open: boolean): void {
    this.open.set(open);
    this.page.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageSize === this.size() ? event.pageIndex : 0);
    this.size.set(event.pageSize);
  }

  protected openIncident(incident: Incident): void {
    void this.router.navigate(['/incidents', incident.id]);
  }
}
