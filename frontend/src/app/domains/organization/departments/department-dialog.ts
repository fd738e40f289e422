import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe, type TranslateParams, type TranslationKey } from '../../../core/i18n';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { DepartmentsData, type Department, type DepartmentOption } from './departments.data';

export const DEPARTMENT_CODE = /^[A-Za-z0-9_-]+$/;

export type DepartmentDialogData =
  | { readonly mode: 'create'; readonly companyId: string; readonly parent: DepartmentOption | null }
  | { readonly mode: 'edit'; readonly companyId: string; readonly department: Department }
  | {
      readonly mode: 'move';
      readonly companyId: string;
      readonly department: Department;
      /** Where it may go: every department but itself and those below it. */
      readonly targets: readonly DepartmentOption[];
    };

/** Adds, renames or moves a department; the dialog saves and closes with the saved department. */
@Component({
  selector: 'app-department-dialog',
  imports: [
    FieldErrorPipe,
    FormSummary,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ titleKey() | t: titleParams() }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="department-form">
      <mat-dialog-content class="content">
        @if (failure(); as f) {
          <app-form-summary [failure]="f" />
        }
        @if (data.mode === 'move') {
          <p class="hint">{{ 'departments.dialog.moveHint' | t }}</p>
          <mat-form-field>
            <mat-label>{{ 'departments.parent' | t }}</mat-label>
            <mat-select formControlName="parentId" data-testid="department-parent">
              <mat-option value="">{{ 'departments.topLevel' | t }}</mat-option>
              @for (target of targets(); track target.id) {
                <mat-option [value]="target.id">
                  <span [style.padding-inline-start.em]="target.depth">{{ target.name }}</span>
                </mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.parentId | fieldError }}</mat-error>
          </mat-form-field>
        } @else {
          <mat-form-field>
            <mat-label>{{ 'departments.name' | t }}</mat-label>
            <input matInput formControlName="name" required cdkFocusInitial data-testid="department-name" />
            <mat-error>{{ form.controls.name | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'departments.code' | t }}</mat-label>
            <input matInput formControlName="code" required autocomplete="off" data-testid="department-code" />
            <mat-hint>{{ 'departments.codeHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.code | fieldError: codeErrors }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" data-testid="department-save" disabledInteractive [disabled]="saving()">
          {{ (saving() ? 'common.saving' : 'common.save') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 16px;
      min-width: min(420px, calc(100vw - 96px));
      padding-top: 8px !important;
    }
    .hint {
      margin: 0;
    }
  `,
})
export class DepartmentDialog {
  protected readonly data = inject<DepartmentDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DepartmentDialog, Department>>(MatDialogRef);
  private readonly departments = inject(DepartmentsData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [
      this.data.mode === 'create' ? '' : this.data.department.name,
      [Validators.required, Validators.maxLength(200)],
    ],
    code: [
      this.data.mode === 'create' ? '' : this.data.department.code,
      [Validators.required, Validators.maxLength(50), Validators.pattern(DEPARTMENT_CODE)],
    ],
    parentId: [this.data.mode === 'move' ? (this.data.department.parentId ?? '') : ''],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly codeErrors = { pattern: 'departments.codePattern' } as const;
  protected readonly targets = computed(() => (this.data.mode === 'move' ? this.data.targets : []));
  protected readonly titleKey = computed<TranslationKey>(() => {
    switch (this.data.mode) {
      case 'create':
        return this.data.parent ? 'departments.dialog.addChildTitle' : 'departments.dialog.addTitle';
      case 'edit':
        return 'departments.dialog.editTitle';
      case 'move':
        return 'departments.dialog.moveTitle';
    }
  });
  protected readonly titleParams = computed<TranslateParams>(() => {
    const d = this.data;
    const params: Record<string, string> =
      d.mode === 'create' ? { parent: d.parent?.name ?? '' } : { name: d.department.name };
    return params;
  });

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.data.mode === 'move') {
      this.form.controls.name.disable();
      this.form.controls.code.disable();
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.fail(INVALID_FORM);
      return;
    }
    const { name, code, parentId } = this.form.getRawValue();
    const d = this.data;
    this.saving.set(true);
    this.failure.set(null);
    try {
      const saved = await firstValueFrom(
        d.mode === 'create'
          ? this.departments.create(d.companyId, {
              name: name.trim(),
              code: code.trim(),
              parentId: d.parent?.id ?? null,
            })
          : d.mode === 'edit'
            ? this.departments.update(d.companyId, d.department.id, d.department.version, {
                name: name.trim(),
                code: code.trim(),
              })
            : this.departments.update(d.companyId, d.department.id, d.department.version, {
                parentId: parentId || null,
              }),
      );
      this.ref.close(saved);
    } catch (error) {
      this.fail(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  private fail(failure: FormFailure): void {
    this.failure.set(failure);
  }
}
