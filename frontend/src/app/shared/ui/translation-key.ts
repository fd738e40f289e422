import type { TranslationKey } from '../../core/i18n';

/**
 * A key built from a prefix and an enum value the API returns (`improvementActions.status.open`), for
 * the `t` pipe. Unknown keys fall back to the key itself in `translate`, so a new enum value shows up
 * as its key rather than breaking the page.
 */
export function asKey(key: string): TranslationKey {
  return key as TranslationKey;
}
