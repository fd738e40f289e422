import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The server's rule: at least 12 characters, counted as the server counts them (Unicode NFKC code points). */
export const PASSWORD_MIN_LENGTH = 12;

export function passwordLength(value: string): number {
  return [...value.normalize('NFKC')].length;
}

/** `passwordTooShort` when a password is entered but shorter than the rule. */
export const minPasswordLength: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = typeof control.value === 'string' ? control.value : '';
  return value && passwordLength(value) < PASSWORD_MIN_LENGTH ? { passwordTooShort: true } : null;
};
