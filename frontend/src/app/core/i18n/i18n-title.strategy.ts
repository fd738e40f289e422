import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';
import { isTranslationKey, type TranslationKey } from './translate';

/** A route's `title` is a translation key; the document title follows the route and the language. */
export function pageTitle(key: TranslationKey): string {
  return key;
}

@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly key = signal<TranslationKey | null>(null);

  constructor() {
    super();
    effect(() => this.title.setTitle(this.compose(this.key())));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.key.set(key && isTranslationKey(key) ? key : null);
    // Set it now as well, so the title is right before the next change detection runs.
    this.title.setTitle(this.compose(this.key()));
  }

  private compose(key: TranslationKey | null): string {
    const product = this.i18n.t('app.name');
    return key ? `${this.i18n.t(key)} | ${product}` : product;
  }
}
