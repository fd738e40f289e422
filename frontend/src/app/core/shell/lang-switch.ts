import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { I18nService, LANGS, TranslatePipe, isLang, type Lang } from '../i18n';

/** 日本語 / English, on the top bar and on the sign-in page. */
@Component({
  selector: 'app-lang-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      class="lang-switch"
      data-testid="lang-switch"
      hideSingleSelectionIndicator
      [value]="i18n.lang()"
      [attr.aria-label]="'lang.label' | t"
      (change)="setLang($event)"
    >
      @for (option of options; track option.lang) {
        <mat-button-toggle [value]="option.lang" [attr.lang]="option.lang" [attr.data-testid]="'lang-' + option.lang">
          {{ option.labelKey | t }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
  `,
})
export class LangSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly options = LANGS.map((lang) => ({ lang, labelKey: `lang.${lang}` as const }));
  /** After the person switched (not when the language changes otherwise). */
  readonly switched = output<Lang>();

  protected setLang(change: MatButtonToggleChange): void {
    if (!isLang(change.value)) return;
    this.i18n.use(change.value);
    this.switched.emit(change.value);
  }
}
