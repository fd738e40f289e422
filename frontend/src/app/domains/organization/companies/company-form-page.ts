import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../../shared/ui/unsaved-changes';
import { CompaniesData, type Company } from './companies.data';

const POSTAL_CODE = /^\d{3}-?\d{4}$/;
const PHONE = /^[0-9+()\- ]{6,30}$/;
const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** One company of the group: names, corporate number, address, representative, PrivacyMark, contact desk. */
@Component({
  selector: 'app-company-form-page',
  imports: [
    FieldErrorPipe,
    FormSummary,
    LoadError,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './company-form-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyFormPage implements HasUnsavedChanges {
  private readonly data = inject(CompaniesData);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  /** The company's id from the route; absent on `companies/new`. */
  readonly id = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    nameJa: ['', [Validators.required, Validators.maxLength(200)]],
    nameEn: ['', [Validators.required, Validators.maxLength(200)]],
    corporateNumber: ['', [Validators.required, Validators.pattern(/^\d{13}$/)]],
    postalCode: ['', [Validators.pattern(POSTAL_CODE)]],
    address: ['', [Validators.maxLength(300)]],
    representativeTitle: ['', [Validators.maxLength(100)]],
    representativeName: ['', [Validators.maxLength(100)]],
    privacyMarkHolder: [false],
    privacyMarkNumber: ['', [Validators.maxLength(30)]],
    privacyMarkExpiresOn: [null as string | null],
    contactDeskName: ['', [Validators.maxLength(200)]],
    contactPostalCode: ['', [Validators.pattern(POSTAL_CODE)]],
    contactAddress: ['', [Validators.maxLength(300)]],
    contactPhone: ['', [Validators.pattern(PHONE)]],
    contactHours: ['', [Validators.maxLength(100)]],
    contactEmail: ['', [Validators.email, Validators.maxLength(254)]],
  });

  protected readonly company = rxResource({
    params: () => this.id(),
    stream: ({ params }) => (params ? this.data.get(params) : of(null)),
  });
  private readonly current = signal<Company | null>(null);
  protected readonly loadedCompany = this.current.asReadonly();
  protected readonly isNew = computed(() => !this.id());
  protected readonly canEdit = computed(() => {
    const current = this.current();
    return current
      ? this.auth.can({ resource: 'company', action: 'update' }, current.id)
      : this.auth.can({ resource: 'company', action: 'create' }, null);
  });
  protected readonly canDelete = computed(() => {
    const current = this.current();
    return !!current && this.auth.can({ resource: 'company', action: 'delete' }, current.id);
  });
  protected readonly title = computed(() => {
    const current = this.current();
    if (!current) return '';
    return this.i18n.lang() === 'en' ? current.nameEn : current.nameJa;
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly corporateNumberErrors = {
    pattern: 'companies.form.corporateNumberPattern',
  } as const satisfies Record<string, TranslationKey>;
  protected readonly postalErrors = { pattern: 'companies.form.postalCodePattern' } as const;
  protected readonly phoneErrors = { pattern: 'companies.form.phonePattern' } as const;

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
    effect(() => {
      const company = this.company.hasValue() ? this.company.value() : null;
      untracked(() => {
        if (company && company !== this.current()) {
          this.current.set(company);
          this.fill(company);
        }
      });
    });
    effect(() => {
      const open = this.canEdit();
      untracked(() => {
        if (open) this.form.enable();
        else this.form.disable();
      });
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.fail(INVALID_FORM);
      return;
    }
    const v = this.form.getRawValue();
    const body = {
      nameJa: v.nameJa.trim(),
      nameEn: v.nameEn.trim(),
      corporateNumber: v.corporateNumber.trim(),
      postalCode: orNull(v.postalCode),
      address: orNull(v.address),
      representativeTitle: orNull(v.representativeTitle),
      representativeName: orNull(v.representativeName),
      privacyMarkHolder: v.privacyMarkHolder,
      privacyMarkNumber: orNull(v.privacyMarkNumber),
      privacyMarkExpiresOn: v.privacyMarkExpiresOn || null,
      contactDeskName: orNull(v.contactDeskName),
      contactPostalCode: orNull(v.contactPostalCode),
      contactAddress: orNull(v.contactAddress),
      contactPhone: orNull(v.contactPhone),
      contactHours: orNull(v.contactHours),
      contactEmail: orNull(v.contactEmail),
    };
    this.saving.set(true);
    this.failure.set(null);
    try {
      const current = this.current();
      if (current) {
        const saved = await firstValueFrom(this.data.update(current.id, current.version, body));
        this.current.set(saved);
        this.fill(saved);
        this.notify('companies.form.saved');
      } else {
        const created = await firstValueFrom(this.data.create(body));
        this.form.markAsPristine();
        this.notify('companies.form.created');
        await this.router.navigate(['/admin/companies', created.id], { replaceUrl: true });
      }
    } catch (error) {
      this.fail(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  protected reload(): void {
    this.failure.set(null);
    this.form.markAsPristine();
    this.company.reload();
  }

  protected async remove(): Promise<void> {
    const current = this.current();
    if (!current) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'companies.form.deleteTitle',
      body: 'companies.form.deleteBody',
      confirm: 'common.delete',
      params: { name: this.title() },
      danger: true,
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.data.remove(current.id, current.version));
      this.form.markAsPristine();
      this.notify('companies.form.deleted');
      await this.router.navigate(['/admin/companies']);
    } catch {
      // The snackbar says why (e.g. the company still has departments or people).
    }
  }

  private fill(c: Company): void {
    this.form.reset({
      nameJa: c.nameJa,
      nameEn: c.nameEn,
      corporateNumber: c.corporateNumber,
      postalCode: c.postalCode ?? '',
      address: c.address ?? '',
      representativeTitle: c.representativeTitle ?? '',
      representativeName: c.representativeName ?? '',
      privacyMarkHolder: c.privacyMarkHolder,
      privacyMarkNumber: c.privacyMarkNumber ?? '',
      privacyMarkExpiresOn: c.privacyMarkExpiresOn ?? null,
      contactDeskName: c.contactDeskName ?? '',
      contactPostalCode: c.contactPostalCode ?? '',
      contactAddress: c.contactAddress ?? '',
      contactPhone: c.contactPhone ?? '',
      contactHours: c.contactHours ?? '',
      contactEmail: c.contactEmail ?? '',
    });
  }

  private fail(failure: FormFailure): void {
    this.failure.set(failure);
  }

  private notify(key: 'companies.form.saved' | 'companies.form.created' | 'companies.form.deleted'): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('errors.dismiss'), { duration: 5000 });
  }
}
