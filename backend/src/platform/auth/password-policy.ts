import type { FieldError } from '../errors/problem';
import { COMMON_PASSWORDS_TEXT } from './common-passwords';

/**
 * Password rules (NIST SP 800-63B style): at least 12 characters, at most 128, no composition rules,
 * refused when it is a commonly used password, a single repeated character, or the account's e-mail.
 *
 * The bundled list is `common-passwords.ts` (one password per line).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n'));
  return common;
}

/** The form a password is hashed and compared in: Unicode NFKC, so look-alike input signs in the same. */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(normalizePassword(password).toLowerCase());
}

export interface PasswordContext {
  email?: string | null;
}

/** Field errors for `field` (empty when the password is acceptable). */
export function checkPassword(password: string, context: PasswordContext = {}, field = 'password'): FieldError[] {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return [
      {
        field,
        code: 'PASSWORD_TOO_SHORT',
        message: `${field} must be at least ${PASSWORD_MIN_LENGTH} characters long`,
      },
    ];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [
      { field, code: 'PASSWORD_TOO_LONG', message: `${field} must be at most ${PASSWORD_MAX_LENGTH} characters long` },
    ];
  }
  const lower = normalizePassword(password).toLowerCase();
  if (isCommonPassword(password) || new Set(lower).size === 1) {
    return [
      { field, code: 'PASSWORD_TOO_COMMON', message: `${field} is too common; choose a longer phrase of your own` },
    ];
  }
  const email = context.email?.toLowerCase();
  if (email && (lower === email || lower === email.split('@')[0])) {
    return [{ field, code: 'PASSWORD_CONTAINS_EMAIL', message: `${field} must not be the e-mail address` }];
  }
  return [];
}
