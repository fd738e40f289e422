import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, type Observable } from 'rxjs';
import { AuthService } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { asKey } from '../../../shared/ui/translation-key';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { FormSummary, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { companyPeopleChoices } from '../../organization/people/people.data';
import {
  DECISION_TYPES,
  ManagementReviewsData,
  figureKey,
  figureValue,
  reviewItemText,
  type ReviewItem,
  inputLabelKey,
  inputNumberKey,
  type DecisionType,
  type InputKey,
  type ManagementReview,
} from '../management-reviews.data';

type DecisionForm = FormGroup<{
  id: FormControl<string | null>;
  type: FormControl<DecisionType>;
  description: FormControl<string>;
  ownerPersonId: FormControl<string>;
  dueOn: FormControl<string>;
  actionId: FormControl<string | null>;
}>;

/**
 * The minutes: compiled inputs with commentary or an explicit "no change", decisions, sign-off by the
 * chair or an executive. Signed minutes are read-only; a change starts a new revision.
 */
@Component({
  selector: 'app-review-detail-page',
  imports: [
    FormSummary,
    LoadError,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './review-detail-page.html',
  styleUrl: './review-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewDetailPage {
  protected readonly k = asKey;
  readonly id = input.required<string>();
  private readonly data = inject(ManagementReviewsData);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);

  protected attendeeNames(r: { attendees: readonly { name: string }[] }): string {
    return this.i18n.joinList(r.attendees.map((a) => a.name));
  }

  protected readonly review = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.get(params) });
  protected readonly current = signal<ManagementReview | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly decisionTypes = DECISION_TYPES;
  protected readonly figureKey = figureKey;
  protected figureText(value: string | number | null): string {
    return figureValue(value, this.i18n);
  }
  protected itemText(item: ReviewItem): string {
    return reviewItemText(item, this.i18n);
  }
  protected readonly inputNumberKey = inputNumberKey;
  protected readonly inputLabelKey = inputLabelKey;

  protected readonly people = companyPeopleChoices(() => this.current()?.companyId ?? null);
  protected readonly editable = computed(() => {
    const r = this.current();
    return (
      !!r && r.status === 'draft' && this.auth.can({ resource: 'management_review', action: 'update' }, r.companyId)
    );
  });
  protected readonly canRevise = computed(() => {
    const r = this.current();
    return (
      !!r && r.status === 'signed' && this.auth.can({ resource: 'management_review', action: 'update' }, r.companyId)
    );
  });
  /** The chair or an executive of the company signs off (the server decides; this only shows the button). */
  protected readonly canSign = computed(() => {
    const r = this.current();
    const me = this.auth.me();
    if (!r || !me || r.status !== 'draft') return false;
    const entry =
      me.permissions.find((p) => p.companyId === r.companyId) ?? me.permissions.find((p) => p.companyId === null);
    return me.person?.id === r.chairPersonId || (entry?.roles.includes('executive') ?? false);
  });
  protected readonly pdfUrl = computed(() => `/api/v1/management-reviews/${this.id()}/minutes.pdf`);

  protected readonly form = new FormGroup({
    auditReportReference: new FormControl('', { nonNullable: true }),
    inputs: new FormGroup<
      Record<string, FormGroup<{ commentary: FormControl<string>; noChange: FormControl<boolean> }>>
    >({}),
    decisions: new FormArray<DecisionForm>([]),
  });

  constructor() {
    // Only a fresh load refills the page; writes refill it themselves (show() reads other signals).
    effect(() => {
      if (!this.review.hasValue()) return;
      const loaded = this.review.value();
      untracked(() => this.show(loaded));
    });
  }

  protected inputGroup(key: InputKey) {
    return this.form.controls.inputs.controls[key];
  }

  private show(r: ManagementReview): void {
    this.current.set(r);
    const inputs = this.form.controls.inputs;
    for (const i of r.inputs) {
      if (!inputs.controls[i.key]) {
        inputs.addControl(
          i.key,
          new FormGroup({
            commentary: new FormControl('', { nonNullable: true }),
            noChange: new FormControl(false, { nonNullable: true }),
          }),
        );
      }
      inputs.controls[i.key].reset({ commentary: i.commentary ?? '', noChange: i.noChange });
    }
    const decisions = this.form.controls.decisions;
    decisions.clear();
    for (const d of r.decisions) decisions.push(this.decision(d));
    this.form.controls.auditReportReference.reset(r.auditReportReference ?? '');
    this.form.markAsPristine();
    if (this.editable()) this.form.enable();
    else this.form.disable();
  }

  private decision(d?: ManagementReview['decisions'][number]): DecisionForm {
    return new FormGroup({
      id: new FormControl<string | null>(d?.id ?? null),
      type: new FormControl<DecisionType>(d?.type ?? 'improvement', { nonNullable: true }),
      description: new FormControl(d?.description ?? '', { nonNullable: true }),
      ownerPersonId: new FormControl(d?.ownerPersonId ?? '', { nonNullable: true }),
      dueOn: new FormControl(d?.dueOn ?? '', { nonNullable: true }),
      actionId: new FormControl<string | null>(d?.actionId ?? null),
    });
  }

  protected addDecision(): void {
    this.form.controls.decisions.push(this.decision());
    this.form.markAsDirty();
  }

  protected removeDecision(index: number): void {
    this.form.controls.decisions.removeAt(index);
    this.form.markAsDirty();
  }

  private body() {
    const v = this.form.getRawValue();
    return {
      auditReportReference: v.auditReportReference.trim() || null,
      inputs: Object.entries(v.inputs).map(([key, i]) => ({
        key: key as InputKey,
        commentary: i.commentary.trim() || null,
        noChange: i.noChange,
      })),
      decisions: v.decisions.map((d) => ({
        ...(d.id ? { id: d.id } : {}),
        type: d.type,
        description: d.description.trim(),
        ownerPersonId: d.ownerPersonId || null,
        dueOn: d.dueOn || null,
      })),
    };
  }

  private async run(call: () => Observable<ManagementReview>, done: TranslationKey): Promise<ManagementReview | null> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      const r = await firstValueFrom(call());
      this.show(r);
      this.snackBar.open(this.i18n.t(done), this.i18n.t('errors.dismiss'), { duration: 4000 });
      return r;
    } catch (error) {
      this.failure.set(formFailure(error, this.form));
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  protected save(): Promise<ManagementReview | null> {
    const r = this.current()!;
    return this.run(() => this.data.update(r.id, r.version, this.body()), 'managementReviews.detail.saved');
  }

  protected async compile(): Promise<void> {
    if (this.form.dirty && !(await this.save())) return;
    const r = this.current()!;
    await this.run(() => this.data.compile(r.id, r.version), 'managementReviews.detail.compileDone');
  }

  protected async signOff(): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: 'managementReviews.detail.signOffConfirmTitle',
      body: 'managementReviews.detail.signOffConfirmBody',
      confirm: 'managementReviews.detail.signOff',
    });
    if (!confirmed) return;
    if (this.form.dirty && this.editable() && !(await this.save())) return;
    const r = this.current()!;
    await this.run(() => this.data.signOff(r.id, r.version), 'managementReviews.detail.signed');
  }

  protected async revise(): Promise<void> {
    const r = this.current()!;
    const revision = await this.run(() => this.data.revise(r.id), 'managementReviews.detail.revised');
    if (revision) await this.router.navigate(['/management-reviews', revision.id]);
  }

  protected reload(): void {
    this.failure.set(null);
    this.review.reload();
  }
}
