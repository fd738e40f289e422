import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';
import type { Lang, TranslateParams, TranslationKey } from './translate';

/**
 * `{{ 'home.title' | t }}`, `{{ 'deadline.inDays' | t: { count: 3 } }}`.
 *
 * Declared `pure: false` on purpose: a pure pipe is memoised on its arguments only and would keep
 * the old language after a switch. The pipe reads the language signal, so the view re-renders when
 * it changes, and it memoises the last result itself, so repeated checks cost a comparison.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  private last?: { lang: Lang; key: TranslationKey; params?: TranslateParams; text: string };

  transform(key: TranslationKey, params?: TranslateParams): string {
    const lang = this.i18n.lang();
    const last = this.last;
    if (last && last.lang === lang && last.key === key && last.params === params) return last.text;
    const text = this.i18n.t(key, params);
    this.last = { lang, key, params, text };
    return text;
  }
}
