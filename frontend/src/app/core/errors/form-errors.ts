import type { AbstractControl } from '@angular/forms';
import type { TranslationKey } from '../i18n';
import type { FieldError } from './api-problem';
import { fieldErrorKey } from './error-messages';

/** The validation error key server field errors are stored under on a form control. */
export const SERVER_ERROR = 'server';

export interface ServerControlError {
  readonly code: string;
  readonly message: string;
}

/**
 * Puts the server's field errors onto the matching controls of `form` (by dotted path, e.g.
 * `people.0.name`), marks them touched so they show at once, and returns the errors that match no
 * control, for the summary at the top of the form. The error clears itself when the user edits the
 * field (the control's validators run again and replace it).
 */
export function applyFieldErrors(form: AbstractControl, errors: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = error.field ? form.get(error.field) : null;
    if (!control) {
      unmatched.push(error);
      continue;
    }
    const server: ServerControlError = { code: error.code, message: error.message };
    control.setErrors({ ...control.errors, [SERVER_ERROR]: server });
    control.markAsTouched();
  }
  return unmatched;
}

/** The message key for the server error on `control`, or null when it has none. */
export function serverErrorKey(control: AbstractControl | null): TranslationKey | null {
  const server = control?.errors?.[SERVER_ERROR] as ServerControlError | undefined;
  return server ? fieldErrorKey(server.code) : null;
}
