import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { asKey } from '../../../shared/ui/translation-key';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { companyPeopleChoices } from '../../organization/people/people.data';
import {
  ACTION_GRADES,
  ACTION_KINDS,
  ImprovementActionsData,
  type ActionGrade,
  type ActionKind,
} from '../improvement-actions.data';

/** Records an improvement action by hand in the company chosen in the top bar. */
@Component({
  selector: 'app-action-form-page',
  imports: [
    FieldErrorPipe,
    FormSummary,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <div class="form-page">
      <a class="back-link" routerLink="/improvement-actions">
        <mat-icon svgIcon="arrowBack" aria-hidden="true" />
        {{ 'common.backToList' | t }}
      </a>
      <h1 class="page-title">{{ 'improvementActions.form.newTitle' | t }}</h1>
      @if (failure(); as f) {
        <app-form-summary [failure]="f" />
      }
      <p class="form-required-note">{{ 'common.requiredNote' | t }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="action-form">
        <fieldset class="form-section">
          <legend class="form-section-title">{{ 'improvementActions.form.basics' | t }}</legend>
          <mat-form-field>
            <mat-label>{{ 'improvementActions.form.title' | t }}</mat-label>
            <input matInput formControlName="title" required maxlength="200" data-testid="action-title" />
            <mat-error>{{ form.controls.title | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'improvementActions.form.description' | t }}</mat-label>
            <textarea
              matInput
              formControlName="description"
              required
              rows="3"
              data-testid="action-description"
            ></textarea>
            <mat-error>{{ form.controls.description | fieldError }}</mat-error>
          </mat-form-field>
          <div class="form-row">
            <mat-form-field>
              <mat-label>{{ 'improvementActions.form.kind' | t }}</mat-label>
              <mat-select formControlName="kind" required data-testid="action-kind">
                @for (kind of kinds; track kind) {
                  <mat-option [value]="kind">{{ k('improvementActions.kind.' + kind) | t }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ form.controls.kind | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'improvementActions.form.grade' | t }}</mat-label>
              <mat-select formControlName="grade" required data-testid="action-grade">
                @for (g of grades; track g) {
                  <mat-option [value]="g">{{ k('improvementActions.grade.' + g) | t }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ form.controls.grade | fieldError }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ 'improvementActions.form.rootCause' | t }}</mat-label>
            <textarea matInput formControlName="rootCause" rows="2"></textarea>
            <mat-hint>{{ 'improvementActions.form.rootCauseHint' | t }}</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'improvementActions.form.plan' | t }}</mat-label>
            <textarea matInput formControlName="plan" rows="2"></textarea>
          </mat-form-field>
          <div class="form-row">
            <mat-form-field>
              <mat-label>{{ 'improvementActions.form.owner' | t }}</mat-label>
              <mat-select formControlName="ownerPersonId" required data-testid="action-owner">
                @for (p of people(); track p.id) {
                  <mat-option [value]="p.id">{{ p.name }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ 'improvementActions.form.ownerHint' | t }}</mat-hint>
              <mat-error>{{ form.controls.ownerPersonId | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'improvementActions.form.due' | t }}</mat-label>
              <input matInput [matDatepicker]="dueOnPicker" formControlName="dueOn" required data-testid="action-due" />
              <mat-datepicker-toggle matIconSuffix [for]="dueOnPicker" />
              <mat-datepicker #dueOnPicker />

              <mat-error>{{ form.controls.dueOn | fieldError }}</mat-error>
            </mat-form-field>
          </div>
        </fieldset>
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="action-save">
            {{ 'improvementActions.form.create' | t }}
          </button>
        </div>
      </form>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionFormPage {
  protected readonly k = asKey;
  private readonly data = inject(ImprovementActionsData);
  private readonly context = inject(CompanyContext);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly kinds = ACTION_KINDS;
  protected readonly grades = ACTION_GRADES;
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly people = companyPeopleChoices(() => this.context.companyId());

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(4000)],
    }),
    kind: new FormControl<ActionKind>('corrective', { nonNullable: true, validators: [Validators.required] }),
    grade: new FormControl<ActionGrade>('minor_nonconformity', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    rootCause: new FormControl('', { nonNullable: true }),
    plan: new FormControl('', { nonNullable: true }),
    ownerPersonId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.failure.set(INVALID_FORM);
      return;
    }
    const companyId = this.context.companyId();
    if (!companyId) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    try {
      const created = await firstValueFrom(
        this.data.create({
          companyId,
          sourceType: 'manual',
          title: v.title.trim(),
          description: v.description.trim(),
          kind: v.kind,
          grade: v.grade,
          rootCause: v.rootCause.trim() || null,
          plan: v.plan.trim() || null,
          ownerPersonId: v.ownerPersonId,
          dueOn: v.dueOn,
        }),
      );
      this.snackBar.open(this.i18n.t('improvementActions.form.created'), this.i18n.t('errors.dismiss'), {
        duration: 5000,
      });
      await this.router.navigate(['/improvement-actions', created.id], { replaceUrl: true });
    } catch (error) {
      this.failure.set(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }
}
