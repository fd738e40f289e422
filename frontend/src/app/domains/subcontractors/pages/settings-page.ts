import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { SubcontractorsData, TIERS, kindKey, tierKey, type Audit, type Settings } from '../subcontractors.data';

type CriterionGroup = FormGroup<{
  key: FormControl<string>;
  labelJa: FormControl<string>;
  labelEn: FormControl<string>;
  minScore: FormControl<number>;
  maxScore: FormControl<number>;
}>;
type TierGroup = FormGroup<{ months: FormControl<number>; kind: FormControl<Audit['kind']> }>;

/** The company's selection checklist (criteria, pass mark) and audit schedule by tier, kept by the PMS manager. */
@Component({
  selector: 'app-subcontractor-settings-page',
  imports: [
    FieldErrorPipe,
    FormSummary,
    LoadError,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './settings-page.html',
  styleUrl: './subcontractors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubcontractorSettingsPage {
  private readonly data = inject(SubcontractorsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly companyId = this.context.companyId;
  protected readonly settings = rxResource({
    params: () => this.companyId(),
    stream: ({ params }) => (params ? this.data.settings(params) : of(null)),
  });
  protected readonly canEdit = computed(() =>
    this.auth.can({ resource: 'subcontractor', action: 'update' }, this.companyId() ?? undefined),
  );
  protected readonly tiers = TIERS;
  protected readonly tierKey = tierKey;
  protected readonly kindKey = kindKey;
  protected readonly kinds = ['questionnaire', 'evidence_review', 'on_site'] as const;
  protected readonly failure = signal<FormFailure | null>(null);
  private version = 0;

  protected readonly form = this.fb.group({
    criteria: new FormArray<CriterionGroup>([]),
    passMark: [0, [Validators.required, Validators.min(0)]],
    auditSchedule: this.fb.group({
      high: this.tierGroup(),
      medium: this.tierGroup(),
      low: this.tierGroup(),
    }),
  });

  constructor() {
    effect(() => {
      const s = this.settings.hasValue() ? this.settings.value() : null;
      untracked(() => s && this.fill(s));
    });
  }

  private tierGroup(): TierGroup {
    return this.fb.group({
      months: [12, [Validators.required, Validators.min(1), Validators.max(60)]],
      kind: ['questionnaire' as Audit['kind'], Validators.required],
    });
  }

  private criterion(c?: Settings['criteria'][number]): CriterionGroup {
    return this.fb.group({
      key: [c?.key ?? '', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{0,49}$/)]],
      labelJa: [c?.labelJa ?? '', [Validators.required, Validators.maxLength(200)]],
      labelEn: [c?.labelEn ?? '', [Validators.required, Validators.maxLength(200)]],
      minScore: [c?.minScore ?? 0, [Validators.required, Validators.min(0), Validators.max(100)]],
      maxScore: [c?.maxScore ?? 5, [Validators.required, Validators.min(0), Validators.max(100)]],
    });
  }

  private fill(s: Settings): void {
    this.version = s.version;
    const criteria = this.form.controls.criteria;
    criteria.clear();
    for (const c of s.criteria) criteria.push(this.criterion(c));
    this.form.patchValue({ passMark: s.passMark, auditSchedule: s.auditSchedule });
    this.form.markAsPristine();
  }

  protected add(): void {
    this.form.controls.criteria.push(this.criterion());
  }

  protected remove(index: number): void {
    this.form.controls.criteria.removeAt(index);
  }

  protected async save(): Promise<void> {
    const companyId = this.companyId();
    if (!companyId) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.failure.set(INVALID_FORM);
      return;
    }
    const v = this.form.getRawValue();
    try {
      const saved = await firstValueFrom(
        this.data.updateSettings(companyId, {
          criteria: v.criteria.map((c) => ({ ...c, minScore: Number(c.minScore), maxScore: Number(c.maxScore) })),
          passMark: Number(v.passMark),
          auditSchedule: {
            high: { months: Number(v.auditSchedule.high.months), kind: v.auditSchedule.high.kind },
            medium: { months: Number(v.auditSchedule.medium.months), kind: v.auditSchedule.medium.kind },
            low: { months: Number(v.auditSchedule.low.months), kind: v.auditSchedule.low.kind },
          },
          version: this.version,
        }),
      );
      this.failure.set(null);
      this.fill(saved);
      this.snackBar.open(this.i18n.t('subcontractors.form.saved'), undefined, { duration: 3000 });
    } catch (error) {
      this.failure.set(formFailure(error, this.form));
    }
  }

  protected reload(): void {
    this.failure.set(null);
    this.settings.reload();
  }
}
