import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type FormControl,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { firstValueFrom, of } from 'rxjs';
import { AuthService } from '../../../core/auth';
import { I18nService, ParenPipe, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { ACTION_GRADES, type ActionGrade } from '../../improvement-actions/improvement-actions.data';
import { companyPeopleChoices } from '../../organization/people/people.data';
import { Attachments } from '../../../shared/ui/attachments';
import { Deadline } from '../../../shared/ui/deadline';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import {
  CLAUSES,
  SubcontractorsData,
  actionKey,
  auditStatusKey,
  basisKey,
  clauseKey,
  dispositionKey,
  kindKey,
  linkStateKey,
  resultKey,
  statusKey,
  tierKey,
  type Audit,
  type Clause,
  type Contract,
  type SubcontractorStatus,
} from '../subcontractors.data';

const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

type FindingForm = FormGroup<{
  description: FormControl<string>;
  ownerName: FormControl<string>;
  dueOn: FormControl<string>;
  /** Open an improvement action (A.3.8) from the finding when the audit is closed. */
  openAction: FormControl<boolean>;
  createImprovementAction: FormGroup<{ ownerPersonId: FormControl<string>; grade: FormControl<ActionGrade> }>;
}>;

/**
 * One subcontractor: the next step as the main action (evaluate, approve …), and tabs for the overview,
 * selection evaluations, contracts with their clause checklist, supervision audits with the questionnaire
 * link, re-subcontractors and the history from the audit trail.
 */
@Component({
  selector: 'app-subcontractor-detail-page',
  imports: [
    Attachments,
    Deadline,
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
    ParenPipe,
    TranslatePipe,
  ],
  templateUrl: './subcontractor-detail-page.html',
  styleUrl: './subcontractors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubcontractorDetailPage {
  private readonly data = inject(SubcontractorsData);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly id = input.required<string>();

  protected readonly record = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.get(params) });
  protected readonly s = computed(() => (this.record.hasValue() ? this.record.value() : null));
  protected readonly canEdit = computed(() => {
    const s = this.s();
    return !!s && this.auth.can({ resource: 'subcontractor', action: 'update' }, s.companyId);
  });
  protected readonly evaluations = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.evaluations(params),
  });
  protected readonly contracts = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.contracts(params),
  });
  protected readonly audits = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.audits(params) });
  protected readonly resubs = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.resubcontractors(params),
  });
  protected readonly history = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.history(params),
  });
  protected readonly settings = rxResource({
    params: () => this.s()?.companyId,
    stream: ({ params }) => (params ? this.data.settings(params) : of(null)),
  });

  protected readonly statusKey = statusKey;
  protected readonly tierKey = tierKey;
  protected readonly kindKey = kindKey;
  protected readonly auditStatusKey = auditStatusKey;
  protected readonly resultKey = resultKey;
  protected readonly basisKey = basisKey;
  protected readonly dispositionKey = dispositionKey;
  protected readonly clauseKey = clauseKey;
  protected readonly actionKey = actionKey;
  protected readonly linkStateKey = linkStateKey;
  protected readonly clauses = CLAUSES;
  protected readonly results = ['satisfactory', 'needs_improvement', 'unsatisfactory'] as const;

  protected readonly busy = signal(false);
  protected readonly evalOpen = signal(false);
  protected readonly contractOpen = signal(false);
  protected readonly resubOpen = signal(false);
  protected readonly sendFor = signal<string | null>(null);
  protected readonly closeFor = signal<string | null>(null);
  protected readonly sentUrl = signal<string | null>(null);
  protected readonly evalFailure = signal<FormFailure | null>(null);
  protected readonly missingClauses = signal<readonly Clause[]>([]);
  protected readonly contractFailure = signal<FormFailure | null>(null);
  protected readonly resubFailure = signal<FormFailure | null>(null);
  protected readonly auditFailure = signal<FormFailure | null>(null);

  protected readonly evalForm = this.fb.group({
    evaluatedOn: [today(), Validators.required],
    evaluatorName: ['', [Validators.required, Validators.maxLength(100)]],
    comment: ['', Validators.maxLength(2000)],
    scores: this.fb.array<
      FormGroup<{ criterionKey: FormControl<string>; score: FormControl<number>; evidence: FormControl<string> }>
    >([]),
  });

  protected readonly contractForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    startsOn: [today(), Validators.required],
    endsOn: [''],
    retainUntil: [''],
    clauses: this.fb.group(
      Object.fromEntries(CLAUSES.map((c) => [c, this.fb.control(true)])) as Record<Clause, FormControl<boolean>>,
    ),
    exceptions: this.fb.group(
      Object.fromEntries(
        CLAUSES.map((c) => [c, this.fb.group({ on: [false], reason: [''], approvedBy: [''] })]),
      ) as Record<
        Clause,
        FormGroup<{ on: FormControl<boolean>; reason: FormControl<string>; approvedBy: FormControl<string> }>
      >,
    ),
  });

  protected readonly resubForm = this.fb.group({
    parentId: [''],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    services: ['', [Validators.required, Validators.maxLength(1000)]],
    personalDataItems: ['', Validators.maxLength(1000)],
    basis: ['prior_approval' as 'prior_approval' | 'prior_report', Validators.required],
    basisOn: [today(), Validators.required],
    startsOn: [''],
    note: ['', Validators.maxLength(1000)],
  });

  protected readonly sendForm = this.fb.group({
    sentTo: ['', [Validators.required, Validators.email]],
    language: ['ja' as 'ja' | 'en'],
  });

  protected readonly closeForm = this.fb.group({
    result: ['satisfactory' as 'satisfactory' | 'needs_improvement' | 'unsatisfactory', Validators.required],
    resultComment: ['', Validators.maxLength(2000)],
    closedOn: [today(), Validators.required],
    findings: this.fb.array<FindingForm>([]),
  });
  protected readonly grades = ACTION_GRADES;
  /** Whether a finding asks for an improvement action: the owner list loads only then. */
  private readonly wantsAction = signal(false);
  protected readonly people = companyPeopleChoices(() => (this.wantsAction() ? this.s()?.companyId : undefined));

  constructor() {
    // The score rows follow the company's checklist.
    effect(() => {
      const settings = this.settings.hasValue() ? this.settings.value() : null;
      untracked(() => {
        if (!settings) return;
        const scores = this.evalForm.controls.scores;
        scores.clear();
        for (const c of settings.criteria) {
          scores.push(
            this.fb.group({
              criterionKey: [c.key],
              score: [c.minScore, [Validators.required, Validators.min(c.minScore), Validators.max(c.maxScore)]],
              evidence: ['', Validators.maxLength(1000)],
            }),
          );
        }
      });
    });
  }

  protected criterionLabel(key: string): string {
    const c = this.settings.value()?.criteria.find((x) => x.key === key);
    if (!c) return key;
    return this.i18n.lang() === 'en' ? c.labelEn : c.labelJa;
  }

  protected criterionRange(key: string): { min: number; max: number } {
    const c = this.settings.value()?.criteria.find((x) => x.key === key);
    return { min: c?.minScore ?? 0, max: c?.maxScore ?? 0 };
  }

  protected date(value: string | null | undefined): string {
    return value ? this.i18n.formatDate(value) : '—';
  }

  protected dateTime(value: string): string {
    return this.i18n.formatDateTime(value);
  }

  private notify(key: Parameters<I18nService['t']>[0], params?: Record<string, string>): void {
    this.snackBar.open(this.i18n.t(key, params), undefined, { duration: 3500 });
  }

  protected async transition(status: SubcontractorStatus): Promise<void> {
    const s = this.s();
    if (!s || this.busy()) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.data.transition(s.id, s.version, status));
      this.notify('subcontractors.action.changed', { status: this.i18n.t(statusKey(status)) });
      this.record.reload();
      this.history.reload();
    } catch {
      // The snackbar tells why (e.g. SUBCONTRACTOR_EVALUATION_REQUIRED).
    } finally {
      this.busy.set(false);
    }
  }

  protected async saveEvaluation(): Promise<void> {
    const s = this.s();
    if (!s) return;
    if (this.evalForm.invalid) {
      this.evalForm.markAllAsTouched();
      this.evalFailure.set(INVALID_FORM);
      return;
    }
    const v = this.evalForm.getRawValue();
    try {
      await firstValueFrom(
        this.data.evaluate(s.id, {
          evaluatedOn: v.evaluatedOn,
          evaluatorName: v.evaluatorName.trim(),
          comment: v.comment.trim() || null,
          scores: v.scores.map((x) => ({
            criterionKey: x.criterionKey,
            score: Number(x.score),
            evidence: x.evidence.trim() || null,
          })),
        }),
      );
      this.evalFailure.set(null);
      this.evalOpen.set(false);
      this.notify('subcontractors.evaluation.saved');
      this.evaluations.reload();
      this.history.reload();
    } catch (error) {
      this.evalFailure.set(formFailure(error, this.evalForm));
    }
  }

  protected async saveContract(): Promise<void> {
    const s = this.s();
    if (!s) return;
    if (this.contractForm.invalid) {
      this.contractForm.markAllAsTouched();
      this.contractFailure.set(INVALID_FORM);
      return;
    }
    const v = this.contractForm.getRawValue();
    try {
      await firstValueFrom(
        this.data.createContract(s.id, {
          title: v.title.trim(),
          startsOn: v.startsOn,
          endsOn: v.endsOn || null,
          retainUntil: v.retainUntil || null,
          clauses: v.clauses,
          clauseExceptions: CLAUSES.filter((c) => !v.clauses[c] && v.exceptions[c].on).map((c) => ({
            clause: c,
            reason: v.exceptions[c].reason.trim(),
            approvedBy: v.exceptions[c].approvedBy.trim(),
          })),
        }),
      );
      this.contractFailure.set(null);
      this.contractOpen.set(false);
      this.notify('subcontractors.contract.saved');
      this.contracts.reload();
      this.record.reload();
      this.history.reload();
    } catch (error) {
      const failure = formFailure(error, this.contractForm);
      this.contractFailure.set(failure);
      // The same rule as the server's (R-SC-02): unchecked and not covered by an exception with its reason and approver.
      this.missingClauses.set(
        this.missing(failure)
          ? CLAUSES.filter(
              (c) =>
                !v.clauses[c] &&
                !(v.exceptions[c].on && v.exceptions[c].reason.trim() && v.exceptions[c].approvedBy.trim()),
            )
          : [],
      );
    }
  }

  protected missing(error: FormFailure | null): boolean {
    return error?.messageKey === 'errors.code.CONTRACT_CLAUSES_MISSING';
  }

  protected async markDeleted(contract: Contract): Promise<void> {
    const s = this.s();
    if (!s) return;
    try {
      await firstValueFrom(
        this.data.updateContract(s.id, contract.id, contract.version, {
          dataDisposition: 'deleted',
          dataDisposedOn: today(),
        }),
      );
      this.notify('subcontractors.contract.updated');
      this.contracts.reload();
      this.history.reload();
    } catch {
      // shown by the snackbar
    }
  }

  protected async planAudit(): Promise<void> {
    const s = this.s();
    if (!s) return;
    try {
      await firstValueFrom(this.data.planAudit(s.id));
      this.notify('subcontractors.audit.planned');
      this.audits.reload();
      this.history.reload();
    } catch {
      // shown by the snackbar
    }
  }

  protected openSend(audit: Audit): void {
    this.sentUrl.set(null);
    this.auditFailure.set(null);
    this.sendForm.reset({ sentTo: this.s()?.contactEmail ?? '', language: 'ja' });
    this.sendFor.set(audit.id);
    this.closeFor.set(null);
  }

  protected async send(audit: Audit): Promise<void> {
    const s = this.s();
    if (!s) return;
    if (this.sendForm.invalid) {
      this.sendForm.markAllAsTouched();
      this.auditFailure.set(INVALID_FORM);
      return;
    }
    try {
      const v = this.sendForm.getRawValue();
      const sent = await firstValueFrom(
        this.data.sendQuestionnaire(s.id, audit.id, {
          sentTo: v.sentTo.trim(),
          language: v.language,
          expiresInDays: 21,
        }),
      );
      this.sentUrl.set(sent.url);
      this.auditFailure.set(null);
      this.notify('subcontractors.audit.sent');
      this.audits.reload();
      this.history.reload();
    } catch (error) {
      this.auditFailure.set(formFailure(error, this.sendForm));
    }
  }

  protected openClose(audit: Audit): void {
    this.auditFailure.set(null);
    this.closeForm.reset({ result: 'satisfactory', resultComment: '', closedOn: today() });
    this.closeForm.controls.findings.clear();
    this.wantsAction.set(false);
    this.closeFor.set(audit.id);
    this.sendFor.set(null);
  }

  protected addFinding(): void {
    const action = this.fb.group({
      ownerPersonId: ['', Validators.required],
      grade: ['minor_nonconformity' as ActionGrade],
    });
    action.disable();
    this.closeForm.controls.findings.push(
      this.fb.group({
        description: ['', [Validators.required, Validators.maxLength(2000)]],
        ownerName: ['', [Validators.required, Validators.maxLength(100)]],
        dueOn: ['', Validators.required],
        openAction: [false],
        createImprovementAction: action,
      }),
    );
  }

  /** Shows (and validates) the action's owner and grade of a finding only when asked for. */
  protected toggleFindingAction(index: number, open: boolean): void {
    const action = this.closeForm.controls.findings.at(index).controls.createImprovementAction;
    if (open) action.enable();
    else action.disable();
    this.wantsAction.set(this.closeForm.controls.findings.controls.some((f) => f.controls.openAction.value));
  }

  protected gradeKey(grade: ActionGrade): TranslationKey {
    return `improvementActions.grade.${grade}`;
  }

  protected async close(audit: Audit): Promise<void> {
    const s = this.s();
    if (!s) return;
    if (this.closeForm.invalid) {
      this.closeForm.markAllAsTouched();
      this.auditFailure.set(INVALID_FORM);
      return;
    }
    const v = this.closeForm.getRawValue();
    try {
      const closed = await firstValueFrom(
        this.data.closeAudit(s.id, audit.id, audit.version, {
          result: v.result,
          resultComment: v.resultComment.trim() || null,
          closedOn: v.closedOn,
          findings: v.findings.map((f) => ({
            description: f.description.trim(),
            ownerName: f.ownerName.trim(),
            dueOn: f.dueOn,
            ...(f.openAction
              ? {
                  createImprovementAction: {
                    ownerPersonId: f.createImprovementAction.ownerPersonId,
                    grade: f.createImprovementAction.grade,
                  },
                }
              : {}),
          })),
        }),
      );
      this.closeFor.set(null);
      this.auditFailure.set(null);
      const opened = closed.findings.filter((f) => f.improvementActionId).length;
      if (opened) this.notify('subcontractors.audit.closedWithActions', { n: String(opened) });
      else this.notify('subcontractors.audit.closed');
      this.audits.reload();
      this.record.reload();
      this.history.reload();
    } catch (error) {
      this.auditFailure.set(formFailure(error, this.closeForm));
    }
  }

  protected async saveResub(): Promise<void> {
    const s = this.s();
    if (!s) return;
    if (this.resubForm.invalid) {
      this.resubForm.markAllAsTouched();
      this.resubFailure.set(INVALID_FORM);
      return;
    }
    const v = this.resubForm.getRawValue();
    try {
      await firstValueFrom(
        this.data.addResubcontractor(s.id, {
          parentId: v.parentId || null,
          name: v.name.trim(),
          services: v.services.trim(),
          personalDataItems: v.personalDataItems.trim() || null,
          basis: v.basis,
          basisOn: v.basisOn,
          startsOn: v.startsOn || null,
          note: v.note.trim() || null,
        }),
      );
      this.resubFailure.set(null);
      this.resubOpen.set(false);
      this.resubForm.reset({ basis: 'prior_approval', basisOn: today() });
      this.notify('subcontractors.resub.saved');
      this.resubs.reload();
      this.history.reload();
    } catch (error) {
      this.resubFailure.set(formFailure(error, this.resubForm));
    }
  }

  protected answerOf(audit: Audit, key: string): string {
    return audit.answers[key] ?? '';
  }

  protected get findingsArray(): FormArray {
    return this.closeForm.controls.findings;
  }
}
