import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../../shared/ui/unsaved-changes';
import { type ProvisionRecord, ProvisionRecordsData } from '../joint-use.data';
import { jointUseProblemText } from '../joint-use.view';
import { BASES, DIRECTIONS, basisKey, directionKey } from './provision-record-list-page';

const METHODS = ['per_provision', 'bulk', 'contract'] as const;
const LAW_CASES = ['1', '2', '3', '4'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const orNull = (v: string) => (v.trim() ? v.trim() : null);

/** One provision or receipt record: what the basis requires (R-TP-01, R-TP-03) and how long it is kept (R-TP-02). */
@Component({
  selector: 'app-provision-record-form-page',
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
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './provision-record-form-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProvisionRecordFormPage implements HasUnsavedChanges {
  private readonly data = inject(ProvisionRecordsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);

  readonly id = input<string>();

  protected readonly directions = DIRECTIONS;
  protected readonly bases = BASES;
  protected readonly methods = METHODS;
  protected readonly lawCases = LAW_CASES;
  protected readonly basisKey = basisKey;
  protected readonly directionKey = directionKey;

  protected readonly form = inject(NonNullableFormBuilder).group({
    direction: ['provision' as (typeof DIRECTIONS)[number], [Validators.required]],
    basis: ['consent' as (typeof BASES)[number], [Validators.required]],
    lawExceptionCase: [''],
    recordingMethod: ['per_provision' as (typeof METHODS)[number], [Validators.required]],
    providedOn: ['', [Validators.pattern(DATE)]],
    lastProvidedOn: ['', [Validators.pattern(DATE)]],
    recordedOn: ['', [Validators.pattern(DATE)]],
    counterpartyName: ['', [Validators.maxLength(200)]],
    counterpartyAddress: ['', [Validators.maxLength(300)]],
    counterpartyRepresentative: ['', [Validators.maxLength(200)]],
    counterpartyIsCorporation: [true],
    providerAcquisition: ['', [Validators.maxLength(2000)]],
    personsConcerned: ['', [Validators.maxLength(2000)]],
    dataItems: ['', [Validators.maxLength(2000)]],
    consentObtained: [false],
    note: ['', [Validators.maxLength(2000)]],
  });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly isReceipt = computed(() => this.values().direction === 'receipt');
  protected readonly basis = computed(() => this.values().basis);
  protected readonly recordRequired = computed(() => ['consent', 'opt_out'].includes(this.basis() ?? ''));

  protected readonly record = rxResource({
    params: () => this.id(),
    stream: ({ params }) => (params ? this.data.get(params) : of(null)),
  });
  protected readonly current = signal<ProvisionRecord | null>(null);
  protected readonly isNew = computed(() => !this.id());
  protected readonly canEdit = computed(() => {
    const c = this.current();
    return c
      ? this.auth.can({ resource: 'provision_record', action: 'update' }, c.companyId)
      : this.auth.can({ resource: 'provision_record', action: 'create' }, this.context.companyId());
  });
  protected readonly canDelete = computed(() => {
    const c = this.current();
    return !!c && this.auth.can({ resource: 'provision_record', action: 'delete' }, c.companyId);
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly refusal = signal<string | null>(null);

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
    effect(() => {
      const r = this.record.hasValue() ? this.record.value() : null;
      untracked(() => {
        if (r && r !== this.current()) {
          this.current.set(r);
          this.fill(r);
        }
      });
    });
    effect(() => {
      const open = this.canEdit();
      untracked(() => (open ? this.form.enable() : this.form.disable()));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected methodKey(m: string): TranslationKey {
    return `jointUse.records.method.${m}` as TranslationKey;
  }

  protected lawCaseKey(c: string): TranslationKey {
    return `jointUse.records.lawCase.${c}` as TranslationKey;
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.failure.set(INVALID_FORM);
      return;
    }
    const v = this.form.getRawValue();
    const body = {
      direction: v.direction,
      basis: v.basis,
      lawExceptionCase: v.basis === 'law_exception' && v.lawExceptionCase ? Number(v.lawExceptionCase) : null,
      recordingMethod: v.recordingMethod,
      providedOn: v.providedOn || null,
      lastProvidedOn: v.lastProvidedOn || null,
      counterpartyName: orNull(v.counterpartyName),
      counterpartyAddress: orNull(v.counterpartyAddress),
      counterpartyRepresentative: orNull(v.counterpartyRepresentative),
      counterpartyIsCorporation: v.counterpartyIsCorporation,
      providerAcquisition: orNull(v.providerAcquisition),
      personsConcerned: orNull(v.personsConcerned),
      dataItems: orNull(v.dataItems),
      consentObtained: v.consentObtained,
      note: orNull(v.note),
    };
    this.saving.set(true);
    this.failure.set(null);
    this.refusal.set(null);
    try {
      const current = this.current();
      if (current) {
        const saved = await firstValueFrom(
          this.data.update(current.id, current.version, { ...body, recordedOn: v.recordedOn || undefined }),
        );
        this.current.set(saved);
        this.fill(saved);
        this.snackBar.open(this.i18n.t('jointUse.records.form.saved'), this.i18n.t('errors.dismiss'), {
          duration: 5000,
        });
      } else {
        const companyId = this.context.companyId() ?? this.auth.me()?.companies[0]?.id;
        const created = await firstValueFrom(
          this.data.create({ ...body, companyId: companyId!, recordedOn: v.recordedOn || null }),
        );
        this.form.markAsPristine();
        this.snackBar.open(this.i18n.t('jointUse.records.form.created'), this.i18n.t('errors.dismiss'), {
          duration: 5000,
        });
        await this.router.navigate(['/provision-records', created.id], { replaceUrl: true });
      }
    } catch (error) {
      const text = jointUseProblemText(this.i18n, error);
      if (text) this.refusal.set(text);
      else this.failure.set(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    const current = this.current();
    if (!current) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'jointUse.records.form.deleteTitle',
      body: 'jointUse.records.form.deleteBody',
      confirm: 'common.delete',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.data.remove(current.id, current.version));
      this.form.markAsPristine();
      this.snackBar.open(this.i18n.t('jointUse.records.form.deleted'), this.i18n.t('errors.dismiss'), {
        duration: 5000,
      });
      await this.router.navigate(['/provision-records']);
    } catch (error) {
      this.refusal.set(jointUseProblemText(this.i18n, error));
    }
  }

  private fill(r: ProvisionRecord): void {
    this.form.reset({
      direction: r.direction,
      basis: r.basis,
      lawExceptionCase: r.lawExceptionCase ? String(r.lawExceptionCase) : '',
      recordingMethod: r.recordingMethod,
      providedOn: r.providedOn ?? '',
      lastProvidedOn: r.lastProvidedOn ?? '',
      recordedOn: r.recordedOn,
      counterpartyName: r.counterpartyName ?? '',
      counterpartyAddress: r.counterpartyAddress ?? '',
      counterpartyRepresentative: r.counterpartyRepresentative ?? '',
      counterpartyIsCorporation: r.counterpartyIsCorporation,
      providerAcquisition: r.providerAcquisition ?? '',
      personsConcerned: r.personsConcerned ?? '',
      dataItems: r.dataItems ?? '',
      consentObtained: r.consentObtained,
      note: r.note ?? '',
    });
  }
}
