import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  output,
} from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ApiProblem, applyFieldErrors, fieldErrorKey, problemMessageKey, type FieldError } from '../../core/errors';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';

/** Why a form could not be saved: the headline, the server's errors no field shows, the reference to quote. */
export interface FormFailure {
  readonly messageKey: TranslationKey;
  readonly others: readonly FieldError[];
  readonly requestId?: string;
  /** Someone else saved first (409 STALE_VERSION): offer to load their version. */
  readonly stale: boolean;
}

/** The failure for a form the person has not filled in correctly (nothing was sent). */
export const INVALID_FORM: FormFailure = { messageKey: 'errors.formSummary', others: [], stale: false };

/**
 * Conflicts and business-rule refusals that concern one field, though the server sends them without
 * field errors: the form shows them under that field as well.
 */
export const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  COMPANY_CORPORATE_NUMBER_TAKEN: 'corporateNumber',
  DEPARTMENT_CODE_TAKEN: 'code',
  DEPARTMENT_PARENT_INVALID: 'parentId',
  PERSON_EMPLOYEE_NUMBER_TAKEN: 'employeeNumber',
  PERSON_DEPARTMENT_INVALID: 'departmentId',
  ACCOUNT_EMAIL_TAKEN: 'email',
  ACCOUNT_PERSON_TAKEN: 'personId',
  REVIEW_CHAIR_NOT_EXECUTIVE: 'chairPersonId',
  EFFECTIVENESS_VERIFIER_IS_OWNER: 'verifierPersonId',
};

/**
 * Turns a failed save into a summary: field errors go under their fields (`applyFieldErrors`), the
 * rest into the summary at the top.
 */
export function formFailure(error: unknown, form: AbstractControl): FormFailure {
  const problem = error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' });
  const field = FIELD_OF_CODE[problem.code];
  if (field && form.get(field)) {
    applyFieldErrors(form, [{ field, code: problem.code, message: problem.detail }]);
  }
  const others = applyFieldErrors(form, problem.errors);
  const fieldsOnly = problem.code === 'VALIDATION_FAILED' && others.length === 0;
  return {
    messageKey: fieldsOnly ? 'errors.formSummary' : problemMessageKey(problem),
    others,
    requestId: fieldsOnly ? undefined : problem.requestId,
    stale: problem.code === 'STALE_VERSION',
  };
}

/** The summary at the top of a form after a failed save. */
@Component({
  selector: 'app-form-summary',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', tabindex: '-1', class: 'form-summary', 'data-testid': 'form-summary' },
  template: `
    <mat-icon svgIcon="error" aria-hidden="true" />
    <div class="body">
      <p class="headline">{{ failure().messageKey | t }}</p>
      @if (failure().others.length) {
        <ul class="others">
          @for (other of failure().others; track $index) {
            <li>{{ fieldErrorKey(other.code) | t }}</li>
          }
        </ul>
      }
      @if (failure().requestId; as id) {
        <p class="reference">{{ 'errors.requestId' | t: { id } }}</p>
      }
      @if (failure().stale) {
        <button mat-stroked-button type="button" data-testid="form-reload" (click)="reload.emit()">
          <mat-icon svgIcon="refresh" aria-hidden="true" />
          {{ 'common.reload' | t }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      margin: 0 0 24px;
      padding: 14px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host:focus {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    mat-icon {
      flex: none;
    }
    p {
      margin: 0;
    }
    .headline {
      font-weight: 500;
    }
    .others {
      margin: 6px 0 0;
      padding-inline-start: 1.2em;
    }
    .reference {
      margin-top: 6px;
      font: var(--mat-sys-body-small);
      word-break: break-all;
    }
    button {
      margin-top: 10px;
    }
  `,
})
export class FormSummary {
  readonly failure = input.required<FormFailure>();
  readonly reload = output<void>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly fieldErrorKey = fieldErrorKey;

  constructor() {
    // Each new failure takes the focus once it is on screen, so it is seen and read out.
    afterRenderEffect(() => {
      this.failure();
      this.host.nativeElement.focus();
    });
  }
}
