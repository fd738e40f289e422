import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../../shared/ui/unsaved-changes';
import { SubcontractorsData, TIERS, tierKey, type RiskTier, type Subcontractor } from '../subcontractors.data';

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Register a subcontractor or change one: what is entrusted, the risk tier (override with a reason), certifications. */
@Component({
  selector: 'app-subcontractor-form-page',
  imports: [
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
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './subcontractor-form-page.html',
  styleUrl: './subcontractors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubcontractorFormPage implements HasUnsavedChanges {
  private readonly data = inject(SubcontractorsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  readonly id = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    corporateNumber: ['', [Validators.pattern(/^\d{13}$/)]],
    address: ['', [Validators.maxLength(300)]],
    representative: ['', [Validators.maxLength(100)]],
    contactName: ['', [Validators.maxLength(100)]],
    contactEmail: ['', [Validators.email, Validators.maxLength(254)]],
    services: ['', [Validators.required, Validators.maxLength(1000)]],
    personalDataItems: ['', [Validators.required, Validators.maxLength(1000)]],
    approxPersons: [0, [Validators.required, Validators.min(0)]],
    sensitiveData: [false],
    myNumber: [false],
    riskTierOverride: ['' as RiskTier | ''],
    riskTierOverrideReason: ['', [Validators.maxLength(500)]],
    privacyMarkNumber: ['', [Validators.maxLength(20)]],
    privacyMarkExpiresOn: [''],
    ismsCertified: [false],
    ismsExpiresOn: [''],
  });

  protected readonly record = rxResource({
    params: () => this.id(),
    stream: ({ params }) => (params ? this.data.get(params) : of(null)),
  });
  protected readonly current = signal<Subcontractor | null>(null);
  protected readonly isNew = computed(() => !this.id());
  protected readonly companyId = computed(() => this.current()?.companyId ?? this.context.companyId());
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly tiers = TIERS;
  protected readonly tierKey = tierKey;
  protected readonly canEdit = computed(() =>
    this.auth.can(
      { resource: 'subcontractor', action: this.isNew() ? 'create' : 'update' },
      this.companyId() ?? undefined,
    ),
  );

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
    effect(() => {
      const s = this.record.hasValue() ? this.record.value() : null;
      untracked(() => {
        if (s && s !== this.current()) {
          this.current.set(s);
          this.fill(s);
        }
      });
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  private fill(s: Subcontractor): void {
    this.form.reset({
      name: s.name,
      corporateNumber: s.corporateNumber ?? '',
      address: s.address ?? '',
      representative: s.representative ?? '',
      contactName: s.contactName ?? '',
      contactEmail: s.contactEmail ?? '',
      services: s.services,
      personalDataItems: s.personalDataItems,
      approxPersons: s.approxPersons,
      sensitiveData: s.sensitiveData,
      myNumber: s.myNumber,
      riskTierOverride: s.riskTierOverride ?? '',
      riskTierOverrideReason: s.riskTierOverrideReason ?? '',
      privacyMarkNumber: s.privacyMarkNumber ?? '',
      privacyMarkExpiresOn: s.privacyMarkExpiresOn ?? '',
      ismsCertified: s.ismsCertified,
      ismsExpiresOn: s.ismsExpiresOn ?? '',
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.failure.set(INVALID_FORM);
      return;
    }
    const companyId = this.companyId();
    if (!companyId) return;
    const v = this.form.getRawValue();
    const body = {
      name: v.name.trim(),
      corporateNumber: orNull(v.corporateNumber),
      address: orNull(v.address),
      representative: orNull(v.representative),
      contactName: orNull(v.contactName),
      contactEmail: orNull(v.contactEmail),
      services: v.services.trim(),
      personalDataItems: v.personalDataItems.trim(),
      approxPersons: Number(v.approxPersons),
      sensitiveData: v.sensitiveData,
      myNumber: v.myNumber,
      riskTierOverride: v.riskTierOverride || null,
      riskTierOverrideReason: orNull(v.riskTierOverrideReason),
      privacyMarkNumber: orNull(v.privacyMarkNumber),
      privacyMarkExpiresOn: v.privacyMarkExpiresOn || null,
      ismsCertified: v.ismsCertified,
      ismsExpiresOn: v.ismsExpiresOn || null,
    };
    this.saving.set(true);
    this.failure.set(null);
    try {
      const current = this.current();
      const saved = current
        ? await firstValueFrom(this.data.update(current.id, current.version, body))
        : await firstValueFrom(this.data.create({ ...body, companyId }));
      this.form.markAsPristine();
      this.snackBar.open(
        this.i18n.t(current ? 'subcontractors.form.saved' : 'subcontractors.form.created'),
        undefined,
        {
          duration: 3000,
        },
      );
      await this.router.navigate(['/subcontractors', saved.id]);
    } catch (error) {
      this.failure.set(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  protected reload(): void {
    this.failure.set(null);
    this.form.markAsPristine();
    this.current.set(null);
    this.record.reload();
  }
}
