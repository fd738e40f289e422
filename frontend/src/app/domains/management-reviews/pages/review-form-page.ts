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
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { companyPeopleChoices } from '../../organization/people/people.data';
import { ManagementReviewsData } from '../management-reviews.data';

const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

/** Prepares a review in the company chosen in the top bar: date, chair and attendees. */
@Component({
  selector: 'app-review-form-page',
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
      <a class="back-link" routerLink="/management-reviews">
        <mat-icon svgIcon="arrowBack" aria-hidden="true" />
        {{ 'common.backToList' | t }}
      </a>
      <h1 class="page-title">{{ 'managementReviews.form.newTitle' | t }}</h1>
      @if (failure(); as f) {
        <app-form-summary [failure]="f" />
      }
      <p class="form-required-note">{{ 'common.requiredNote' | t }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="review-form">
        <mat-form-field>
          <mat-label>{{ 'managementReviews.form.title' | t }}</mat-label>
          <input matInput formControlName="title" required maxlength="200" data-testid="review-title" />
          <mat-error>{{ form.controls.title | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'managementReviews.form.heldOn' | t }}</mat-label>
          <input
            matInput
            [matDatepicker]="heldOnPicker"
            formControlName="heldOn"
            required
            data-testid="review-held-on"
          />
          <mat-datepicker-toggle matIconSuffix [for]="heldOnPicker" />
          <mat-datepicker #heldOnPicker />

          <mat-error>{{ form.controls.heldOn | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'managementReviews.form.chair' | t }}</mat-label>
          <mat-select formControlName="chairPersonId" required data-testid="review-chair">
            @for (p of people(); track p.id) {
              <mat-option [value]="p.id">{{ p.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'managementReviews.form.chairHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.chairPersonId | fieldError: chairErrors }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'managementReviews.form.attendees' | t }}</mat-label>
          <mat-select formControlName="attendeePersonIds" multiple data-testid="review-attendees">
            @for (p of people(); track p.id) {
              <mat-option [value]="p.id">{{ p.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="review-create">
            {{ 'managementReviews.form.create' | t }}
          </button>
        </div>
      </form>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewFormPage {
  private readonly data = inject(ManagementReviewsData);
  private readonly context = inject(CompanyContext);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly chairErrors = {};
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly people = companyPeopleChoices(() => this.context.companyId());
  protected readonly form = new FormGroup({
    title: new FormControl(`${new Date().getFullYear()}年度 マネジメントレビュー`, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    heldOn: new FormControl(today(), { nonNullable: true, validators: [Validators.required] }),
    chairPersonId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    attendeePersonIds: new FormControl<string[]>([], { nonNullable: true }),
  });

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.failure.set(INVALID_FORM);
      return;
    }
    const companyId = this.context.companyId();
    if (!companyId) return;
    this.saving.set(true);
    this.failure.set(null);
    try {
      const v = this.form.getRawValue();
      const created = await firstValueFrom(this.data.create({ companyId, ...v, title: v.title.trim() }));
      this.snackBar.open(this.i18n.t('managementReviews.form.created'), this.i18n.t('errors.dismiss'), {
        duration: 5000,
      });
      await this.router.navigate(['/management-reviews', created.id], { replaceUrl: true });
    } catch (error) {
      this.failure.set(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }
}
