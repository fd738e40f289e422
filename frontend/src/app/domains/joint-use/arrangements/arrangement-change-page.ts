import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatStepperModule } from '@angular/material/stepper';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, isTranslationKey, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../../shared/ui/unsaved-changes';
import {
  type Arrangement,
  type ChangeArrangement,
  type ChangePreview,
  type JointUser,
  JointUseData,
} from '../joint-use.data';
import { fieldKey, jointUseProblemText, kindKey } from '../joint-use.view';

const EXCEPTIONS = ['prior_consent', 'joint_user_renamed', 'merger_succession'] as const;
type Exception = (typeof EXCEPTIONS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const orNull = (v: string) => (v.trim() ? v.trim() : null);

/**
 * Registering or changing a joint-use arrangement, in two steps: edit the notice, then see which rule
 * of APPI Art. 27(6) applies (R-JU-03) and give what it asks for (an effective date, an exception and
 * its reason) before saving.
 */
@Component({
  selector: 'app-arrangement-change-page',
  imports: [
    FieldErrorPipe,
    FormSummary,
    LoadError,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatStepperModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './arrangement-change-page.html',
  styleUrl: './arrangement-change-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArrangementChangePage implements HasUnsavedChanges {
  private readonly data = inject(JointUseData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18nService);

  /** The arrangement's id; absent when registering a new one. */
  readonly id = input<string>();

  protected readonly exceptions = EXCEPTIONS;
  protected readonly kindKey = kindKey;
  protected readonly companies = computed(() => this.auth.me()?.companies ?? []);

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    coversGroup: [false],
    scopeDescriptionJa: ['', [Validators.maxLength(2000)]],
    scopeDescriptionEn: ['', [Validators.maxLength(2000)]],
    jointUsers: this.fb.array<ReturnType<ArrangementChangePage['jointUserGroup']>>([]),
    dataItemsJa: ['', [Validators.maxLength(2000)]],
    dataItemsEn: ['', [Validators.maxLength(2000)]],
    purposesJa: ['', [Validators.maxLength(4000)]],
    purposesEn: ['', [Validators.maxLength(4000)]],
    responsibleCompanyId: [''],
    responsibleIsCorporation: [true],
    responsibleNameJa: ['', [Validators.maxLength(200)]],
    responsibleNameEn: ['', [Validators.maxLength(200)]],
    responsibleAddressJa: ['', [Validators.maxLength(300)]],
    responsibleAddressEn: ['', [Validators.maxLength(300)]],
    responsibleRepresentativeJa: ['', [Validators.maxLength(200)]],
    responsibleRepresentativeEn: ['', [Validators.maxLength(200)]],
    acquisitionMethodJa: ['', [Validators.maxLength(2000)]],
    acquisitionMethodEn: ['', [Validators.maxLength(2000)]],
  });
  protected readonly conditions = this.fb.group({
    effectiveOn: ['', [Validators.pattern(DATE)]],
    exception: ['' as Exception | ''],
    justification: ['', [Validators.maxLength(2000)]],
  });

  protected readonly arrangement = rxResource({
    params: () => this.id(),
    stream: ({ params }) => (params ? this.data.get(params) : of(null)),
  });
  protected readonly current = signal<Arrangement | null>(null);
  protected readonly isNew = computed(() => !this.id());
  protected readonly isDraft = computed(() => !this.current() || this.current()!.status === 'draft');
  protected readonly preview = signal<ChangePreview | null>(null);
  protected readonly checking = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly refusal = signal<string | null>(null);
  protected readonly allowed = computed(() => this.isDraft() || (this.preview()?.decision.allowed ?? false));
  protected readonly ruleKeys = computed(() => {
    const verdict = this.preview()?.verdict;
    if (!verdict || verdict === 'none') return null;
    return {
      title: `jointUse.change.rule.${verdict}.title` as TranslationKey,
      body: `jointUse.change.rule.${verdict}.body` as TranslationKey,
    };
  });

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
    effect(() => {
      const a = this.arrangement.hasValue() ? this.arrangement.value() : null;
      untracked(() => {
        if (a && a !== this.current()) {
          this.current.set(a);
          this.fill(a);
        }
      });
    });
    effect(() => {
      if (!this.isNew()) return;
      const companyId = this.context.companyId();
      const company = this.companies().find((c) => c.id === companyId);
      untracked(() => {
        if (company && !this.form.controls.responsibleCompanyId.value) {
          this.form.patchValue({
            responsibleCompanyId: company.id,
            responsibleNameJa: company.nameJa,
            responsibleNameEn: company.nameEn,
          });
        }
      });
    });
  }

  get jointUsers(): FormArray<ReturnType<ArrangementChangePage['jointUserGroup']>> {
    return this.form.controls.jointUsers;
  }

  hasUnsavedChanges(): boolean {
    return (this.form.dirty || this.conditions.dirty) && !this.saving();
  }

  protected exceptionKey(e: Exception): TranslationKey {
    return `jointUse.change.exceptions.${e}`;
  }

  protected refusalKey(code: string): TranslationKey {
    const key = `jointUse.error.${code}`;
    return isTranslationKey(key) ? key : 'jointUse.change.refused';
  }

  protected fieldLabel(field: string): string {
    return this.i18n.t(fieldKey(field));
  }

  protected changedFields(p: ChangePreview): string {
    return this.i18n.joinList([...new Set(p.changedFields.map((f) => this.fieldLabel(f)))]);
  }

  protected addJointUser(): void {
    this.jointUsers.push(this.jointUserGroup(null));
    this.form.markAsDirty();
  }

  protected removeJointUser(index: number): void {
    this.jointUsers.removeAt(index);
    this.form.markAsDirty();
  }

  /** Step 2: ask the server which rule applies to the change as it now stands. */
  protected async check(): Promise<void> {
    this.refusal.set(null);
    const current = this.current();
    if (!current || current.status === 'draft') {
      this.preview.set(null);
      return;
    }
    this.checking.set(true);
    try {
      this.preview.set(await firstValueFrom(this.data.preview(current.id, this.body())));
    } catch (error) {
      this.refusal.set(jointUseProblemText(this.i18n, error));
    } finally {
      this.checking.set(false);
    }
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid || this.conditions.invalid) {
      this.form.markAllAsTouched();
      this.conditions.markAllAsTouched();
      this.failure.set(INVALID_FORM);
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.refusal.set(null);
    try {
      const current = this.current();
      if (current) {
        const saved = await firstValueFrom(this.data.change(current.id, current.version, this.body()));
        this.form.markAsPristine();
        this.conditions.markAsPristine();
        this.snackBar.open(this.i18n.t('jointUse.change.saved'), this.i18n.t('errors.dismiss'), { duration: 5000 });
        await this.router.navigate(['/joint-use', saved.id]);
      } else {
        const companyId = this.context.companyId() ?? this.companies()[0]?.id;
        const created = await firstValueFrom(
          this.data.create({ ...this.body(), companyId: companyId!, title: this.form.controls.title.value.trim() }),
        );
        this.form.markAsPristine();
        this.snackBar.open(this.i18n.t('jointUse.change.created'), this.i18n.t('errors.dismiss'), { duration: 5000 });
        await this.router.navigate(['/joint-use', created.id]);
      }
    } catch (error) {
      const text = jointUseProblemText(this.i18n, error);
      if (text) this.refusal.set(text);
      else this.failure.set(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  private body(): ChangeArrangement {
    const v = this.form.getRawValue();
    const c = this.conditions.getRawValue();
    const published = this.current()?.status === 'published';
    return {
      title: v.title.trim(),
      coversGroup: v.coversGroup,
      scopeDescriptionJa: v.scopeDescriptionJa,
      scopeDescriptionEn: v.scopeDescriptionEn,
      jointUsers: v.jointUsers.map((u) => ({
        companyId: u.companyId || null,
        name: u.name.trim(),
        address: orNull(u.address),
        representative: orNull(u.representative),
        country: orNull(u.country.toUpperCase()),
        contractSignedOn: u.contractSignedOn || null,
        contractReference: orNull(u.contractReference),
      })) as JointUser[],
      dataItemsJa: v.dataItemsJa,
      dataItemsEn: v.dataItemsEn,
      purposesJa: v.purposesJa,
      purposesEn: v.purposesEn,
      responsibleCompanyId: v.responsibleCompanyId || null,
      responsibleIsCorporation: v.responsibleIsCorporation,
      responsibleNameJa: v.responsibleNameJa,
      responsibleNameEn: v.responsibleNameEn,
      responsibleAddressJa: v.responsibleAddressJa,
      responsibleAddressEn: v.responsibleAddressEn,
      responsibleRepresentativeJa: v.responsibleRepresentativeJa,
      responsibleRepresentativeEn: v.responsibleRepresentativeEn,
      acquisitionMethodJa: v.acquisitionMethodJa,
      acquisitionMethodEn: v.acquisitionMethodEn,
      ...(published
        ? {
            effectiveOn: c.effectiveOn || null,
            exception: c.exception || null,
            justification: orNull(c.justification),
          }
        : {}),
    };
  }

  private jointUserGroup(u: JointUser | null) {
    return this.fb.group({
      companyId: [u?.companyId ?? ''],
      name: [u?.name ?? '', [Validators.required, Validators.maxLength(200)]],
      address: [u?.address ?? '', [Validators.maxLength(300)]],
      representative: [u?.representative ?? '', [Validators.maxLength(200)]],
      country: [u?.country ?? '', [Validators.pattern(/^[A-Za-z]{2}$/)]],
      contractSignedOn: [u?.contractSignedOn ?? '', [Validators.pattern(DATE)]],
      contractReference: [u?.contractReference ?? '', [Validators.maxLength(200)]],
    });
  }

  private fill(a: Arrangement): void {
    this.jointUsers.clear();
    for (const u of a.jointUsers) this.jointUsers.push(this.jointUserGroup(u));
    this.form.reset({
      title: a.title,
      coversGroup: a.coversGroup,
      scopeDescriptionJa: a.scopeDescriptionJa,
      scopeDescriptionEn: a.scopeDescriptionEn,
      dataItemsJa: a.dataItemsJa,
      dataItemsEn: a.dataItemsEn,
      purposesJa: a.purposesJa,
      purposesEn: a.purposesEn,
      responsibleCompanyId: a.responsibleCompanyId ?? '',
      responsibleIsCorporation: a.responsibleIsCorporation,
      responsibleNameJa: a.responsibleNameJa,
      responsibleNameEn: a.responsibleNameEn,
      responsibleAddressJa: a.responsibleAddressJa,
      responsibleAddressEn: a.responsibleAddressEn,
      responsibleRepresentativeJa: a.responsibleRepresentativeJa,
      responsibleRepresentativeEn: a.responsibleRepresentativeEn,
      acquisitionMethodJa: a.acquisitionMethodJa,
      acquisitionMethodEn: a.acquisitionMethodEn,
    });
    this.conditions.reset({
      effectiveOn: a.pending.effectiveOn ?? '',
      exception: (a.pending.exception as Exception | null) ?? '',
      justification: a.pending.justification ?? '',
    });
  }
}
