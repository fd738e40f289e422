import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';

/**
 * `{{ a.employeeNumber | paren }}`: an aside in brackets as the current language writes it (I18nService.paren),
 * 「（T00007）」 or " (T00007)". Not pure, like the `t` pipe, so that it follows a language switch.
 */
@Pipe({ name: 'paren', pure: false })
export class ParenPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(text: string | number | null | undefined): string {
    return this.i18n.paren(text);
  }
}
