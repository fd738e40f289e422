import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { serverErrorKey } from '../../core/errors';
import { I18nService, type TranslationKey } from '../../core/i18n';

/** The message keys for Angular's own validators; a form may give its own for a field. */
const VALIDATOR_KEYS: Readonly<Record<string, TranslationKey>> = {
  required: 'errors.field.REQUIRED',
  maxlength: 'errors.field.TOO_LONG',
  minlength: 'errors.field.TOO_SHORT',
  email: 'errors.field.NOT_AN_EMAIL',
  pattern: 'errors.field.BAD_FORMAT',
  matDatepickerParse: 'errors.field.NOT_A_DATE',
};

/**
 * The one message to show under a field: the first local validation error, else the server's error
 * for the field (see `applyFieldErrors`). `own` overrides a validator's message for this field.
 */
export function controlErrorKey(
  control: AbstractControl | null,
  own: Readonly<Record<string, TranslationKey>> = {},
): TranslationKey | null {
  const errors = control?.errors;
  if (!errors) return null;
  for (const name of Object.keys(errors)) {
    if (name === 'server') continue;
    const key = own[name] ?? VALIDATOR_KEYS[name];
    if (key) return key;
  }
  return serverErrorKey(control) ?? (Object.keys(errors).length ? 'errors.field.INVALID' : null);
}

/**
 * `<mat-error>{{ form.controls.email | fieldError }}</mat-error>`: the message for the field's error
 * in the current language. Impure, as a control's errors change without the control changing.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(control: AbstractControl | null, own?: Readonly<Record<string, TranslationKey>>): string {
    const key = controlErrorKey(control, own);
    return key ? this.i18n.t(key) : '';
  }
}
