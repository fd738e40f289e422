import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { formatDate, formatDateTime, formatNumber, relativeDeadline } from './format';
import { DEFAULT_LANG, isLang, translate, type Lang, type TranslateParams, type TranslationKey } from './translate';

export const LANG_STORAGE_KEY = 'mamori.lang';

/**
 * The current language and everything that depends on it. Japanese unless the user chose English
 * before (kept in localStorage); `<html lang>` always follows.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(this.storedLang() ?? DEFAULT_LANG);

  /** The current language, as a signal: templates and computeds that read it update on a switch. */
  readonly lang = this.current.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  /** Switches the language, remembers the choice and updates `<html lang>`. */
  use(lang: Lang): void {
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    try {
      this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage can be unavailable (private windows, policies); the switch still works for this visit.
    }
  }

  /** Whether the person chose a language on this device (then it wins over the account's setting). */
  hasSavedChoice(): boolean {
    return this.storedLang() !== null;
  }

  t(key: TranslationKey, params?: TranslateParams): string {
    return translate(this.current(), key, params);
  }

  formatDate(value: Date | string): string {
    return formatDate(value, this.current());
  }

  formatDateTime(value: Date | string): string {
    return formatDateTime(value, this.current());
  }

  /** A list written the way the language writes one: 「A、B」 in Japanese, "A, B" in English. */
  joinList(items: readonly string[]): string {
    return items.join(this.current() === 'ja' ? '、' : ', ');
  }

  /** An aside in brackets the way the language writes one: 「（x）」 in Japanese, " (x)" in English; nothing for no text. */
  paren(text: string | number | null | undefined): string {
    if (text === null || text === undefined || text === '') return '';
    return this.current() === 'ja' ? `（${text}）` : ` (${text})`;
  }

  /** What starts each item of a list written line by line: 「・」 in Japanese, "• " in English. */
  bullet(): string {
    return this.current() === 'ja' ? '・' : '• ';
  }

  /** What sets two facts apart on one line: 「・」 in Japanese, " · " in English. */
  separator(): string {
    return this.current() === 'ja' ? '・' : ' · ';
  }

  /** A span of two dates or times as the language writes it: 「A 〜 B」 in Japanese, "A – B" in English; without A, up to B. */
  range(from: string | null | undefined, to: string): string {
    if (this.current() === 'ja') return from ? `${from} 〜 ${to}` : `〜 ${to}`;
    return from ? `${from} – ${to}` : `until ${to}`;
  }

  formatNumber(value: number): string {
    return formatNumber(value, this.current());
  }

  relativeDeadline(due: Date | string, now?: Date): string {
    return relativeDeadline(due, this.current(), now);
  }

  private storedLang(): Lang | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY);
      return isLang(stored) ? stored : null;
    } catch {
      return null;
    }
  }
}
