import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth';
import {
  I18nService,
  type TranslateParams,
  type TranslationKey,
  ParenPipe,
  TranslatePipe,
  formatDate,
} from '../../core/i18n';
import { ApiProblem, fieldErrorKey, problemMessageKey } from '../../core/errors';
import { confirmAction } from '../../shared/ui/confirm-dialog';
import { LIST_PAGE_SIZE, ProgressGroup, TrainingData } from './training.data';

type StateFilter = 'overdue' | 'open' | 'passed' | undefined;

/** Progress of a campaign: the numbers, a bar chart by department (SVG), the attendee and overdue lists. */
@Component({
  selector: 'app-campaign-dashboard-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatTableModule,
    RouterLink,
    ParenPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .tiles {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
      margin: 12px 0;
    }
    .tile {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 16px;
      min-width: 110px;
    }
    .tile strong {
      display: block;
      font-size: 1.6rem;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin: 12px 0;
    }
    svg text {
      font-size: 12px;
      fill: currentColor;
    }
    .groups {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
    }
    .groups table {
      width: 100%;
    }
    .schedule {
      max-width: 40rem;
      margin: 12px 0;
    }
    .schedule .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .field-error {
      color: var(--mat-sys-error);
      margin: 0 0 8px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .closed {
      padding: 8px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
    }
  `,
  template: `
    @if (campaign.hasValue()) {
      @let c = campaign.value();
      <h1>{{ i18n.lang() === 'ja' ? c.titleJa : c.titleEn }}</h1>
      <p>
        {{ date(c.windowStart) }} – {{ date(c.windowEnd) }}{{ i18n.separator() }}{{ 'training.wizard.dueOn' | t }}
        {{ date(c.dueOn) }}
      </p>
      @if (c.status === 'closed') {
        <p class="closed" data-testid="campaign-closed">{{ 'training.dashboard.closedNote' | t }}</p>
      }
    }
    @if (progress.hasValue()) {
      @let p = progress.value();
      @if (p.departmentOnly) {
        <p role="note">{{ 'training.dashboard.departmentOnly' | t }}</p>
      }
      <div class="tiles" aria-label="overall">
        <div class="tile rate">
          {{ 'training.campaigns.rate' | t }}<strong>{{ p.overall.rate }}%</strong>
        </div>
        <div class="tile">
          {{ 'training.dashboard.total' | t }}<strong>{{ p.overall.total }}</strong>
        </div>
        <div class="tile">
          {{ 'training.dashboard.passed' | t }}<strong>{{ p.overall.passed }}</strong>
        </div>
        <div class="tile">
          {{ 'training.dashboard.open' | t }}<strong>{{ p.overall.open }}</strong>
        </div>
        <div class="tile">
          {{ 'training.dashboard.overdue' | t }}<strong>{{ p.overall.overdue }}</strong>
        </div>
      </div>
      <h2>{{ 'training.dashboard.chart' | t }}</h2>
      <svg
        role="img"
        [attr.aria-label]="'training.dashboard.chart' | t"
        [attr.viewBox]="'0 0 640 ' + (bars().length * 28 + 8)"
        width="100%"
        style="max-width: 640px"
      >
        @for (b of bars(); track b.key; let i = $index) {
          <text x="0" [attr.y]="i * 28 + 20">{{ b.label }}</text>
          <rect x="200" [attr.y]="i * 28 + 6" width="340" height="18" fill="#e3e3e8"></rect>
          <rect x="200" [attr.y]="i * 28 + 6" [attr.width]="3.4 * b.rate" height="18" fill="#2e6b3f"></rect>
          <text x="548" [attr.y]="i * 28 + 20">{{ b.rate }}%（{{ b.passed }}/{{ b.total }}）</text>
        }
      </svg>
      <div class="groups">
        @for (g of groupsOf(p); track g.title) {
          <section>
            <h3>{{ g.title | t }}</h3>
            <table>
              @for (row of g.rows; track row.key) {
                <tr>
                  <td>{{ g.label(row) }}</td>
                  <td>{{ row.rate }}%</td>
                  <td>{{ row.passed }}/{{ row.total }}</td>
                  <td>{{ 'training.dashboard.overdue' | t }} {{ row.overdue }}</td>
                </tr>
              }
            </table>
          </section>
        }
      </div>
    }
    <div class="actions">
      <a
        mat-stroked-button
        [href]="'/api/v1/training/campaigns/' + id() + '/assignments/export?format=csv'"
        download
        class="export"
        >{{ 'training.dashboard.exportCsv' | t }}</a
      >
      <a
        mat-stroked-button
        [href]="'/api/v1/training/campaigns/' + id() + '/assignments/export?format=xlsx'"
        download
        class="export-xlsx"
        >{{ 'training.dashboard.exportXlsx' | t }}</a
      >
      <a mat-stroked-button [routerLink]="['/training/campaigns', id(), 'summary']" class="summary">{{
        'training.dashboard.summary' | t
      }}</a>
      @if (canUpdate() && campaign.hasValue()) {
        @if (campaign.value().status === 'open') {
          <button mat-stroked-button type="button" (click)="sync()">{{ 'training.dashboard.sync' | t }}</button>
          <button mat-stroked-button type="button" data-testid="campaign-edit" (click)="editSchedule()">
            {{ 'training.dashboard.editSchedule' | t }}
          </button>
          <button mat-stroked-button type="button" data-testid="campaign-close" (click)="setStatus('closed')">
            {{ 'training.dashboard.close' | t }}
          </button>
        } @else {
          <button mat-stroked-button type="button" data-testid="campaign-reopen" (click)="setStatus('open')">
            {{ 'training.dashboard.reopen' | t }}
          </button>
        }
      }
    </div>
    @if (notice(); as n) {
      <p role="status" data-testid="campaign-status-message">{{ n.key | t: n.params }}</p>
    }
    @if (editing()) {
      <form class="schedule" data-testid="campaign-schedule" (submit)="$event.preventDefault(); saveSchedule()">
        <h2>{{ 'training.dashboard.editSchedule' | t }}</h2>
        <div class="fields">
          <mat-form-field>
            <mat-label>{{ 'training.wizard.dueOn' | t }}</mat-label>
            <input
              matInput
              [matDatepicker]="duePicker"
              [value]="dueOn()"
              (dateChange)="dueOn.set($event.value ?? '')"
              name="dueOn"
              data-testid="schedule-due"
            />
            <mat-datepicker-toggle matIconSuffix [for]="duePicker" />
            <mat-datepicker #duePicker />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'training.wizard.windowEnd' | t }}</mat-label>
            <input
              matInput
              [matDatepicker]="endPicker"
              [value]="windowEnd()"
              (dateChange)="windowEnd.set($event.value ?? '')"
              name="windowEnd"
              data-testid="schedule-window-end"
            />
            <mat-datepicker-toggle matIconSuffix [for]="endPicker" />
            <mat-datepicker #endPicker />
          </mat-form-field>
        </div>
        @for (error of scheduleErrors(); track error.field) {
          <p class="field-error" role="alert" [attr.data-testid]="'schedule-error-' + error.field">
            {{ error.key | t }}
          </p>
        }
        <mat-checkbox [checked]="reminders()" (change)="reminders.set($event.checked)" data-testid="schedule-reminders">
          {{ 'training.wizard.reminders' | t }}
        </mat-checkbox>
        <p class="hint">{{ 'training.dashboard.scheduleHint' | t }}</p>
        <div class="actions">
          <button mat-flat-button type="submit" data-testid="schedule-save">{{ 'common.save' | t }}</button>
          <button mat-button type="button" (click)="editing.set(false)">{{ 'common.cancel' | t }}</button>
        </div>
      </form>
    }
    <h2>{{ (state() === 'overdue' ? 'training.dashboard.overdueList' : 'training.dashboard.attendees') | t }}</h2>
    <div class="actions">
      <button mat-button type="button" (click)="state.set(undefined)">{{ 'training.dashboard.all' | t }}</button>
      <button mat-button type="button" (click)="state.set('overdue')">{{ 'training.dashboard.overdue' | t }}</button>
      <button mat-button type="button" (click)="state.set('open')">{{ 'training.dashboard.open' | t }}</button>
      <button mat-button type="button" (click)="state.set('passed')">{{ 'training.dashboard.passed' | t }}</button>
    </div>
    @if (state() === 'overdue' && canUpdate() && attendees.hasValue() && attendees.value().total > 0) {
      <div class="actions">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'training.dashboard.makeUpDue' | t }}</mat-label>
          <input
            matInput
            [matDatepicker]="makeUpPicker"
            [value]="makeUpDue()"
            (dateChange)="makeUpDue.set($event.value ?? '')"
            name="makeUpDue"
          />
          <mat-datepicker-toggle matIconSuffix [for]="makeUpPicker" />
          <mat-datepicker #makeUpPicker />
        </mat-form-field>
        <button mat-stroked-button type="button" class="makeup" [disabled]="!makeUpDue()" (click)="makeUp()">
          {{ 'training.dashboard.makeUp' | t }}
        </button>
      </div>
    }
    @if (attendees.hasValue()) {
      <p data-testid="attendees-total">{{ 'training.campaigns.peopleTotal' | t: { n: attendees.value().total } }}</p>
      <table mat-table [dataSource]="attendees.value().items">
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef>{{ 'training.certificate.person' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ a.familyName }} {{ a.givenName }}{{ a.employeeNumber | paren }}</td>
        </ng-container>
        <ng-container matColumnDef="department">
          <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.department' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ a.departmentName ?? ('training.dashboard.noDepartment' | t) }}</td>
        </ng-container>
        <ng-container matColumnDef="type">
          <th mat-header-cell *matHeaderCellDef>{{ 'people.filter.employmentType' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ k('enums.employmentType.' + a.employmentType) | t }}</td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'training.campaigns.status' | t }}</th>
          <td mat-cell *matCellDef="let a">
            {{ k('training.state.' + a.state) | t }}
            @if (a.kind === 'makeup') {
              {{ 'training.kind.makeup' | t | paren }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="score">
          <th mat-header-cell *matHeaderCellDef>{{ 'training.certificate.score' | t }}</th>
          <td mat-cell *matCellDef="let a">{{ a.bestScore ?? '—' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
      @if (attendees.value().total > pageSize) {
        <mat-paginator
          [length]="attendees.value().total"
          [pageSize]="pageSize"
          [pageIndex]="attendeesPage()"
          [hidePageSize]="true"
          (page)="attendeesPage.set($event.pageIndex)"
        />
      }
    }
  `,
})
export class CampaignDashboardPage {
  readonly id = input.required<string>();
  private readonly data = inject(TrainingData);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);
  protected readonly k = (key: string) => key as TranslationKey;
  protected readonly state = signal<StateFilter>(undefined);
  /** What the last action did, said in the language of the moment (a key and its values, not a text). */
  protected readonly notice = signal<{ key: TranslationKey; params?: TranslateParams } | null>(null);
  protected readonly makeUpDue = signal('');
  protected readonly editing = signal(false);
  protected readonly dueOn = signal('');
  protected readonly windowEnd = signal('');
  protected readonly reminders = signal(true);
  protected readonly scheduleErrors = signal<{ field: string; key: TranslationKey }[]>([]);
  protected readonly columns = ['name', 'department', 'type', 'state', 'score'];
  protected readonly campaign = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.campaign(params),
  });
  protected readonly progress = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.progress(params),
  });
  protected readonly pageSize = LIST_PAGE_SIZE;
  /** The attendee list's page, back to the first when the filter changes. */
  protected readonly attendeesPage = linkedSignal({ source: this.state, computation: () => 0 });
  protected readonly attendees = rxResource({
    params: () => ({ id: this.id(), state: this.state(), page: this.attendeesPage() }),
    stream: ({ params }) => this.data.attendees(params.id, params.state, params.page * LIST_PAGE_SIZE),
  });
  protected readonly canUpdate = computed(() =>
    this.campaign.hasValue()
      ? this.auth.can({ resource: 'training_campaign', action: 'update' }, this.campaign.value().companyId)
      : false,
  );
  protected readonly bars = computed(() =>
    this.progress.hasValue()
      ? this.progress.value().byDepartment.map((d) => ({
          ...d,
          key: d.key ?? 'none',
          label: d.label ?? this.i18n.t('training.dashboard.noDepartment'),
        }))
      : [],
  );

  protected groupsOf(p: { byCompany: ProgressGroup[]; byEmploymentType: ProgressGroup[] }) {
    return [
      { title: 'training.dashboard.byCompany' as const, rows: p.byCompany, label: (r: ProgressGroup) => r.label ?? '' },
      {
        title: 'training.dashboard.byEmploymentType' as const,
        rows: p.byEmploymentType,
        label: (r: ProgressGroup) => this.i18n.t(`enums.employmentType.${r.key}` as 'enums.employmentType.regular'),
      },
    ];
  }

  protected date(d: string) {
    return formatDate(d, this.i18n.lang());
  }

  /** 補講 for the overdue people of this page (the regular assignments past their due date). */
  protected makeUp() {
    const people = (this.attendees.value()?.items ?? []).filter((a) => a.kind === 'regular').map((a) => a.personId);
    if (!people.length) return;
    this.data.makeUp(this.id(), people, this.makeUpDue()).subscribe((r) => {
      this.notice.set({ key: 'training.dashboard.makeUpDone', params: { n: r.created } });
      this.attendees.reload();
    });
  }

  protected editSchedule() {
    const c = this.campaign.value();
    if (!c) return;
    this.dueOn.set(c.dueOn);
    this.windowEnd.set(c.windowEnd);
    this.reminders.set(c.reminders);
    this.scheduleErrors.set([]);
    this.editing.set(true);
  }

  /**
   * A new due date moves the open assignments that had the old one, so the figures and the list are
   * read again. The server's field errors (a due date outside the window…) show under the fields.
   */
  protected saveSchedule() {
    const c = this.campaign.value();
    if (!c) return;
    const body = { dueOn: this.dueOn(), windowEnd: this.windowEnd(), reminders: this.reminders(), version: c.version };
    this.data.updateCampaign(c.id, body, true).subscribe({
      next: (updated) => {
        this.campaign.set(updated);
        this.editing.set(false);
        this.scheduleErrors.set([]);
        this.notice.set({ key: 'training.dashboard.scheduleSaved' });
        this.progress.reload();
        this.attendees.reload();
      },
      error: (problem: ApiProblem) => {
        this.scheduleErrors.set(
          problem.errors.length
            ? problem.errors.map((x) => ({ field: x.field, key: fieldErrorKey(x.code) }))
            : [{ field: 'form', key: problemMessageKey(problem) }],
        );
      },
    });
  }

  /**
   * Closing stops the reminders and the automatic assignment of new hires; the records stay. Reopening
   * starts both again. Either is asked first.
   */
  protected async setStatus(status: 'open' | 'closed') {
    const campaign = this.campaign.value();
    if (!campaign) return;
    const closing = status === 'closed';
    const confirmed = await confirmAction(this.dialog, {
      title: closing ? 'training.dashboard.closeTitle' : 'training.dashboard.reopenTitle',
      body: closing ? 'training.dashboard.closeBody' : 'training.dashboard.reopenBody',
      confirm: closing ? 'training.dashboard.close' : 'training.dashboard.reopen',
    });
    if (!confirmed) return;
    this.data.updateCampaign(campaign.id, { status, version: campaign.version }).subscribe((updated) => {
      this.campaign.set(updated);
      this.editing.set(false);
      this.notice.set({ key: closing ? 'training.dashboard.closedDone' : 'training.dashboard.reopened' });
    });
  }

  protected sync() {
    this.data.sync(this.id()).subscribe((r) => {
      this.notice.set({ key: 'training.dashboard.synced', params: { assigned: r.assigned, withdrawn: r.withdrawn } });
      this.progress.reload();
      this.attendees.reload();
    });
  }
}
