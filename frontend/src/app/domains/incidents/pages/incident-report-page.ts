import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { DateTimeField } from '../../../shared/ui/datetime-field';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../../shared/ui/unsaved-changes';
import { INCIDENT_MEDIA, IncidentsData, fromTokyoInput, toTokyoInput } from '../incidents.data';

/** The short form anyone may use to report an incident: what happened and when they learned of it. */
@Component({
  selector: 'app-incident-report-page',
  imports: [
    DateTimeField,
    FieldErrorPipe,
    FormSummary,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <a class="back-link" routerLink="/incidents">{{ 'common.backToList' | t }}</a>
    <header class="page-header">
      <div>
        <h1 class="page-title">{{ 'incidents.form.heading' | t }}</h1>
        <p class="page-intro">{{ 'incidents.form.intro' | t }}</p>
      </div>
    </header>
    <form class="form-page" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="incident-report-form">
      @if (failure(); as f) {
        <app-form-summary [failure]="f" />
      }
      <p class="form-required-note">{{ 'common.requiredNote' | t }}</p>
      <div class="form-section">
        <mat-form-field>
          <mat-label>{{ 'incidents.field.title' | t }}</mat-label>
          <input matInput formControlName="title" required maxlength="200" data-testid="incident-title" />
          <mat-error>{{ form.controls.title | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'incidents.field.summary' | t }}</mat-label>
          <textarea matInput formControlName="summary" required rows="5" data-testid="incident-summary"></textarea>
          <mat-error>{{ form.controls.summary | fieldError }}</mat-error>
        </mat-form-field>
        <div class="form-row">
          <app-datetime-field
            formControlName="awareAt"
            required
            [label]="'incidents.field.awareAt' | t"
            [hint]="'incidents.field.timeHint' | t"
            testId="incident-aware-at"
          />
          <app-datetime-field
            formControlName="occurredAt"
            [label]="'incidents.field.occurredAt' | t"
            testId="incident-occurred-at"
          />
        </div>
        <div class="form-row">
          <mat-form-field>
            <mat-label>{{ 'incidents.field.personCount' | t }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              step="1"
              formControlName="personCount"
              data-testid="incident-persons"
            />
            <mat-error>{{ form.controls.personCount | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'incidents.field.medium' | t }}</mat-label>
            <mat-select formControlName="medium">
              <mat-option value="">{{ 'incidents.unset' | t }}</mat-option>
              @for (m of media; track m) {
                <mat-option [value]="m">{{ k('incidents.medium.' + m) | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
      </div>
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="incident-report-submit">
          {{ 'incidents.form.submit' | t }}
        </button>
        <a mat-button routerLink="/incidents">{{ 'common.cancel' | t }}</a>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentReportPage implements HasUnsavedChanges {
  private readonly data = inject(IncidentsData);
  private readonly context = inject(CompanyContext);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly media = INCIDENT_MEDIA;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    summary: ['', [Validators.required, Validators.maxLength(10000)]],
    awareAt: [toTokyoInput(new Date().toISOString()), [Validators.required]],
    occurredAt: [''],
    personCount: [0 as number | null, [Validators.min(0)]],
    medium: [''],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly companyId = computed(() => this.context.companyId());

  protected k(key: string): TranslationKey {
    return key as TranslationKey;
  }

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.failure.set(INVALID_FORM);
      return;
    }
    const companyId = this.companyId();
    if (!companyId) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    try {
      const created = await firstValueFrom(
        this.data.report({
          companyId,
          title: v.title.trim(),
          summary: v.summary.trim(),
          awareAt: fromTokyoInput(v.awareAt) ?? '',
          occurredAt: fromTokyoInput(v.occurredAt),
          personCount: v.personCount ?? 0,
          medium: (v.medium || null) as 'paper' | 'electronic' | null,
        }),
      );
      this.form.markAsPristine();
      this.snackBar.open(this.i18n.t('incidents.form.submitted'), undefined, { duration: 4000 });
      await this.router.navigate(['/incidents', created.id]);
    } catch (error) {
      this.failure.set(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }
}
