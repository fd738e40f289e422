import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService } from '../../../core/auth';
import { ACTION_GRADES, type ActionGrade } from '../../improvement-actions/improvement-actions.data';
import { companyPeopleChoices } from '../../organization/people/people.data';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { Attachments } from '../../../shared/ui/attachments';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { Deadline } from '../../../shared/ui/deadline';
import { DateTimeField } from '../../../shared/ui/datetime-field';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import {
  INCIDENT_CAUSES,
  INCIDENT_EVENTS,
  INCIDENT_MEDIA,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  IncidentsData,
  NOTICE_METHODS,
  REPORT_ITEM_KEYS,
  fromTokyoInput,
  toTokyoInput,
  type Incident,
  type IncidentClock,
  type IncidentReport,
  type IncidentStatus,
  type ReportItems,
  type TimelineEntry,
} from '../incidents.data';

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const reportKey = (r: Pick<IncidentReport, 'body' | 'stage'>) => `${r.body}_${r.stage}`;

/**
 * One incident: its reportability and clocks (with the counting rule beside each date), the record the
 * officer triages, the PPC and JIPDEC reports, the notices to the persons, the timeline and the closing
 * checklist. Staff who reported it see its status and clocks only.
 */
@Component({
  selector: 'app-incident-detail-page',
  imports: [
    Attachments,
    Deadline,
    DateTimeField,
    FieldErrorPipe,
    FormSummary,
    LoadError,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTabsModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './incident-detail-page.html',
  styleUrl: './incident-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentDetailPage {
  private readonly data = inject(IncidentsData);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);

  readonly id = input.required<string>();

  protected readonly incidentResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.get(params),
  });
  /** The incident as last loaded or saved. */
  protected readonly incident = signal<Incident | null>(null);
  protected readonly canManage = computed(() => this.incident()?.canManage ?? false);
  protected readonly canRead = computed(() => {
    const i = this.incident();
    return !!i && this.auth.can({ resource: 'incident', action: 'read' }, i.companyId);
  });
  /** What the reports and notices depend on; an equal value (a reload of the same version) keeps them. */
  private readonly childParams = computed(
    () => (this.canRead() ? { id: this.id(), v: this.incident()?.version } : undefined),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly reports = rxResource({
    params: () => this.childParams(),
    stream: ({ params }) => (params ? this.data.reports(params.id) : of([])),
  });
  protected readonly notices = rxResource({
    params: () => this.childParams(),
    stream: ({ params }) => (params ? this.data.notices(params.id) : of([])),
  });
  protected readonly timeline = rxResource({
    params: () => (this.incident() ? { id: this.id(), v: this.incident()?.updatedAt, n: this.refresh() } : undefined),
    stream: ({ params }) => (params ? this.data.timeline(params.id) : of([])),
  });
  private readonly refresh = signal(0);

  protected readonly visibleReports = computed(() =>
    (this.reports.hasValue() ? this.reports.value() : []).filter((r) => r.required || r.id || r.submitted),
  );
  protected readonly notified = computed(() =>
    (this.notices.hasValue() ? this.notices.value() : []).reduce((sum, n) => sum + n.personCount, 0),
  );
  protected readonly nextStatuses = computed(() => {
    const status = this.incident()?.status;
    if (!status) return [];
    return INCIDENT_STATUSES.slice(INCIDENT_STATUSES.indexOf(status) + 1).filter((s) => s !== 'closed');
  });
  protected readonly checklistDone = computed(() => this.incident()?.checklist.every((c) => c.done) ?? false);

  protected readonly events = INCIDENT_EVENTS;
  protected readonly types = INCIDENT_TYPES;
  protected readonly causes = INCIDENT_CAUSES;
  protected readonly media = INCIDENT_MEDIA;
  protected readonly severities = INCIDENT_SEVERITIES;
  protected readonly methods = NOTICE_METHODS;
  protected readonly itemKeys = REPORT_ITEM_KEYS;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    summary: ['', [Validators.required, Validators.maxLength(10000)]],
    occurredAt: [''],
    awareAt: ['', [Validators.required]],
    discoveredAt: [''],
    personCount: [0, [Validators.required, Validators.min(0)]],
    personCountEstimated: [false],
    sensitiveData: [false],
    financialDamageRisk: [false],
    improperIntent: [false],
    highLevelEncryption: [false],
    myNumberCount: [null as number | null, [Validators.min(0)]],
    dataItems: [''],
    eventType: [''],
    incidentType: [''],
    cause: [''],
    medium: [''],
    severity: [''],
    secondaryHarm: [''],
    publicationDecision: [''],
    publicationNote: [''],
    causeAnalysis: [''],
    recurrencePrevention: [''],
    improvementActionId: [''],
    /** Open an improvement action (A.3.8) from the recurrence prevention with this save. */
    openAction: [false],
    createImprovementAction: this.fb.group({
      ownerPersonId: ['', [Validators.required]],
      dueOn: ['', [Validators.required]],
      grade: ['minor_nonconformity' as ActionGrade],
    }),
  });
  protected readonly grades = ACTION_GRADES;
  /** Whether the improvement action fields are shown: the owner list loads only then. */
  private readonly wantsAction = signal(false);
  protected readonly people = companyPeopleChoices(() => (this.wantsAction() ? this.incident()?.companyId : undefined));
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected nextStatus: IncidentStatus | '' = '';

  /** Report drafts being edited, by `body_stage`. */
  protected readonly drafts = signal<Record<string, ReportItems>>({});

  protected readonly noticeForm = this.fb.group({
    method: ['email' as (typeof NOTICE_METHODS)[number], [Validators.required]],
    notifiedAt: [toTokyoInput(new Date().toISOString()), [Validators.required]],
    personCount: [0, [Validators.required, Validators.min(0)]],
    noticeText: ['', [Validators.required, Validators.maxLength(20000)]],
  });
  protected readonly noticeFailure = signal<FormFailure | null>(null);

  protected readonly noteForm = this.fb.group({
    at: [toTokyoInput(new Date().toISOString()), [Validators.required]],
    text: ['', [Validators.required, Validators.maxLength(5000)]],
  });

  constructor() {
    effect(() => {
      const loaded = this.incidentResource.hasValue() ? this.incidentResource.value() : null;
      untracked(() => {
        if (loaded && loaded !== this.incident()) this.setIncident(loaded);
      });
    });
    effect(() => {
      const reports = this.reports.hasValue() ? this.reports.value() : [];
      untracked(() => this.drafts.set(Object.fromEntries(reports.map((r) => [reportKey(r), { ...r.content }]))));
    });
  }

  private setIncident(incident: Incident): void {
    this.incident.set(incident);
    this.form.reset({
      title: incident.title,
      summary: incident.summary,
      occurredAt: toTokyoInput(incident.occurredAt),
      awareAt: toTokyoInput(incident.awareAt),
      discoveredAt: toTokyoInput(incident.discoveredAt),
      personCount: incident.personCount,
      personCountEstimated: incident.personCountEstimated,
      sensitiveData: incident.sensitiveData,
      financialDamageRisk: incident.financialDamageRisk,
      improperIntent: incident.improperIntent,
      highLevelEncryption: incident.highLevelEncryption,
      myNumberCount: incident.myNumberCount,
      dataItems: incident.dataItems ?? '',
      eventType: incident.eventType ?? '',
      incidentType: incident.incidentType ?? '',
      cause: incident.cause ?? '',
      medium: incident.medium ?? '',
      severity: incident.severity ?? '',
      secondaryHarm: incident.secondaryHarm ?? '',
      publicationDecision: incident.publicationDecision ?? '',
      publicationNote: incident.publicationNote ?? '',
      causeAnalysis: incident.causeAnalysis ?? '',
      recurrencePrevention: incident.recurrencePrevention ?? '',
      improvementActionId: incident.improvementActionId ?? '',
      openAction: false,
      createImprovementAction: { ownerPersonId: '', dueOn: '', grade: 'minor_nonconformity' },
    });
    if (!incident.canManage || incident.status === 'closed') this.form.disable();
    else this.form.enable();
    this.toggleAction(false);
    this.noticeForm.controls.personCount.setValue(incident.personCount);
  }

  protected t(key: string, params?: Record<string, string | number>): string {
    return this.i18n.t(key as TranslationKey, params);
  }

  /** A dictionary key built from an enum value (the dictionaries hold every value). */
  protected k(key: string): TranslationKey {
    return key as TranslationKey;
  }

  protected statusKey(status: IncidentStatus): TranslationKey {
    return `incidents.status.${status}`;
  }

  protected clockRule(clock: IncidentClock): string {
    const start = this.t(`incidents.rule.${clock.rule.startsFrom}`);
    const parts = [this.t('incidents.rule.dayOne', { start, date: this.i18n.formatDate(clock.rule.dayOne) })];
    if (clock.rule.targetDay) parts.push(this.t('incidents.rule.target', { day: clock.rule.targetDay }));
    parts.push(
      clock.rule.dueDay ? this.t('incidents.rule.due', { day: clock.rule.dueDay }) : this.t('incidents.rule.promptly'),
    );
    return parts.join(' / ');
  }

  protected when(iso: string | null | undefined): string {
    return iso ? this.i18n.formatDateTime(iso) : '';
  }

  protected timelineText(entry: TimelineEntry): string {
    const d = entry.details as Record<string, unknown>;
    if (entry.kind === 'note') return String(d['text'] ?? '');
    if (entry.kind === 'status_changed')
      return `${this.t(`incidents.status.${String(d['from'])}`)} → ${this.t(`incidents.status.${String(d['to'])}`)}`;
    if (entry.kind === 'report_submitted' || entry.kind === 'report_saved')
      return `${this.t(`incidents.report.${String(d['body'])}`)} ${this.t(`incidents.report.${String(d['stage'])}`)}`;
    if (entry.kind === 'notice_recorded')
      return `${this.t(`incidents.notice.methods.${String(d['method'])}`)} (${String(d['personCount'])})`;
    if (entry.kind === 'clocks_recomputed' || entry.kind === 'clocks_started') {
      type Dates = { targetDate: string | null; dueDate: string | null } | null;
      const moved = (d['clocks'] ?? []) as { kind: string; before: Dates; after: Dates }[];
      const describe = (x: Dates) =>
        !x
          ? '—'
          : x.dueDate
            ? `${x.targetDate ? `${this.t('incidents.timeline.target', { date: this.i18n.formatDate(x.targetDate) })} ` : ''}${this.t('incidents.timeline.due', { date: this.i18n.formatDate(x.dueDate) })}`
            : this.t('incidents.clockStatus.promptly');
      return moved
        .map((m) => `${this.t(`incidents.clock.${m.kind}`)}: ${describe(m.before)} → ${describe(m.after)}`)
        .join('\n');
    }
    return '';
  }

  protected timelineKind(entry: TimelineEntry): string {
    return this.t(`incidents.timeline.kind.${entry.kind}`);
  }

  /** Shows (and validates) the improvement action's owner, due date and grade only when asked for. */
  protected toggleAction(open: boolean): void {
    const group = this.form.controls.createImprovementAction;
    if (open && this.form.enabled) group.enable();
    else group.disable();
    this.wantsAction.set(open);
  }

  protected async save(): Promise<void> {
    const current = this.incident();
    if (!current || this.saving()) return;
    const openAction = this.form.controls.openAction.value && this.form.enabled;
    if (openAction && !this.form.controls.recurrencePrevention.value.trim()) {
      // The action is opened from the recurrence prevention: it must be written first.
      this.form.controls.recurrencePrevention.setErrors({ required: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.failure.set(INVALID_FORM);
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    try {
      const saved = await firstValueFrom(
        this.data.update(current.id, current.version, {
          title: v.title.trim(),
          summary: v.summary.trim(),
          // Times are edited to the minute: a field left as it was is not sent, so its seconds stay.
          occurredAt: v.occurredAt === toTokyoInput(current.occurredAt) ? undefined : fromTokyoInput(v.occurredAt),
          awareAt: v.awareAt === toTokyoInput(current.awareAt) ? undefined : (fromTokyoInput(v.awareAt) ?? undefined),
          discoveredAt:
            v.discoveredAt === toTokyoInput(current.discoveredAt) ? undefined : fromTokyoInput(v.discoveredAt),
          personCount: Number(v.personCount),
          personCountEstimated: v.personCountEstimated,
          sensitiveData: v.sensitiveData,
          financialDamageRisk: v.financialDamageRisk,
          improperIntent: v.improperIntent,
          highLevelEncryption: v.highLevelEncryption,
          myNumberCount:
            v.myNumberCount === null || (v.myNumberCount as unknown) === '' ? null : Number(v.myNumberCount),
          dataItems: orNull(v.dataItems),
          eventType: (v.eventType || null) as Incident['eventType'],
          incidentType: (v.incidentType || null) as Incident['incidentType'],
          cause: (v.cause || null) as Incident['cause'],
          medium: (v.medium || null) as Incident['medium'],
          severity: (v.severity || null) as Incident['severity'],
          secondaryHarm: orNull(v.secondaryHarm),
          publicationDecision: (v.publicationDecision || null) as Incident['publicationDecision'],
          publicationNote: orNull(v.publicationNote),
          causeAnalysis: orNull(v.causeAnalysis),
          recurrencePrevention: orNull(v.recurrencePrevention),
          improvementActionId: openAction ? undefined : orNull(v.improvementActionId),
          createImprovementAction: openAction
            ? {
                ownerPersonId: v.createImprovementAction.ownerPersonId,
                dueOn: v.createImprovementAction.dueOn,
                grade: v.createImprovementAction.grade,
              }
            : undefined,
        }),
      );
      this.setIncident(saved);
      this.snackBar.open(
        this.t(openAction && saved.improvementActionId ? 'incidents.action.created' : 'incidents.form.saved'),
        undefined,
        { duration: 4000 },
      );
    } catch (error) {
      this.failure.set(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  protected async move(status: IncidentStatus): Promise<void> {
    const current = this.incident();
    if (!current) return;
    try {
      const moved = await firstValueFrom(this.data.transition(current.id, current.version, status));
      this.setIncident(moved);
      this.nextStatus = '';
      this.snackBar.open(
        this.t(status === 'closed' ? 'incidents.transition.closed' : 'incidents.transition.done'),
        undefined,
        { duration: 4000 },
      );
    } catch {
      // The error is shown by the global handler (e.g. INCIDENT_CLOSE_CHECKLIST_INCOMPLETE).
    }
  }

  protected draftOf(report: IncidentReport): ReportItems {
    return this.drafts()[reportKey(report)] ?? report.content;
  }

  protected editDraft(report: IncidentReport, key: keyof ReportItems, value: string): void {
    this.drafts.update((d) => ({ ...d, [reportKey(report)]: { ...this.draftOf(report), [key]: value } }));
  }

  protected async saveDraft(report: IncidentReport): Promise<void> {
    await firstValueFrom(
      this.data.saveReport(this.id(), report.body, report.stage, this.draftOf(report), report.version),
    );
    this.snackBar.open(this.t('incidents.report.savedDraft'), undefined, { duration: 3000 });
    this.reports.reload();
    this.refresh.update((n) => n + 1);
  }

  protected async submitReport(report: IncidentReport): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: 'incidents.report.confirmTitle',
      body: 'incidents.report.confirmBody',
      confirm: 'incidents.report.submit',
    });
    if (!confirmed) return;
    const saved = await firstValueFrom(
      this.data.saveReport(this.id(), report.body, report.stage, this.draftOf(report), report.version),
    );
    await firstValueFrom(this.data.submitReport(this.id(), report.body, report.stage, saved.version));
    this.snackBar.open(this.t('incidents.report.submittedDone'), undefined, { duration: 3000 });
    this.incidentResource.reload();
    this.reports.reload();
  }

  protected async useTemplate(): Promise<void> {
    const { text } = await firstValueFrom(this.data.noticeTemplate(this.id()));
    this.noticeForm.controls.noticeText.setValue(text);
  }

  protected async addNotice(directive: FormGroupDirective): Promise<void> {
    if (this.noticeForm.invalid) {
      this.noticeForm.markAllAsTouched();
      this.noticeFailure.set(INVALID_FORM);
      return;
    }
    const v = this.noticeForm.getRawValue();
    this.noticeFailure.set(null);
    try {
      await firstValueFrom(
        this.data.addNotice(this.id(), {
          method: v.method,
          notifiedAt: fromTokyoInput(v.notifiedAt) ?? '',
          personCount: Number(v.personCount),
          noticeText: v.noticeText,
        }),
      );
      this.snackBar.open(this.t('incidents.notice.added'), undefined, { duration: 3000 });
      directive.resetForm({ ...v, noticeText: '' });
      this.incidentResource.reload();
      this.notices.reload();
    } catch (error) {
      this.noticeFailure.set(formFailure(error, this.noticeForm));
    }
  }

  protected async addNote(directive: FormGroupDirective): Promise<void> {
    if (this.noteForm.invalid) {
      this.noteForm.markAllAsTouched();
      return;
    }
    const v = this.noteForm.getRawValue();
    await firstValueFrom(this.data.addNote(this.id(), fromTokyoInput(v.at) ?? '', v.text));
    directive.resetForm({ ...v, text: '' });
    this.snackBar.open(this.t('incidents.timeline.added'), undefined, { duration: 3000 });
    this.refresh.update((n) => n + 1);
  }

  protected async exportJson(): Promise<void> {
    const bundle = await firstValueFrom(this.data.exportJson(this.id()));
    const blob = new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `incident-${this.id()}.json`;
    a.click();
    URL.revokeObjectURL(url);
  }
}
