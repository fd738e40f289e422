import { isTranslationKey, type TranslationKey } from '../i18n';
import { codeForStatus } from './api-problem';

/**
 * The message key for a problem: its own code when the app knows it (domain codes included, once
 * their domain adds them to the dictionaries), else the generic code for its HTTP status.
 */
export function problemMessageKey(problem: { readonly code: string; readonly status: number }): TranslationKey {
  const own = `errors.code.${problem.code}`;
  if (isTranslationKey(own)) return own;
  const byStatus = `errors.code.${codeForStatus(problem.status)}`;
  return isTranslationKey(byStatus) ? byStatus : 'errors.code.UNKNOWN';
}

/** The message key for a field error code (REQUIRED, TOO_LONG …); unknown codes get a generic message. */
export function fieldErrorKey(code: string): TranslationKey {
  const key = `errors.field.${code}`;
  return isTranslationKey(key) ? key : 'errors.field.INVALID';
}
