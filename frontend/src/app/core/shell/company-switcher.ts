import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { CompanyContext } from '../auth';
import { I18nService, TranslatePipe } from '../i18n';

/** The company the person is working in; shown only to people with more than one. */
@Component({
  selector: 'app-company-switcher',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (context.switchable()) {
      <button
        mat-stroked-button
        type="button"
        class="trigger"
        data-testid="company-switcher"
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="('companySwitch.label' | t) + ': ' + current()"
        [attr.title]="'companySwitch.label' | t"
      >
        <mat-icon svgIcon="business" aria-hidden="true" />
        <span class="current" data-testid="company-current">{{ current() }}</span>
        <mat-icon class="caret" svgIcon="arrowDropDown" iconPositionEnd aria-hidden="true" />
      </button>
      <mat-menu #menu="matMenu" class="app-company-menu">
        <p class="menu-heading" aria-hidden="true">{{ 'companySwitch.label' | t }}</p>
        @for (company of options(); track company.id) {
          <button
            mat-menu-item
            type="button"
            role="menuitemradio"
            [attr.aria-checked]="company.id === context.companyId()"
            [attr.data-testid]="'company-option-' + company.id"
            (click)="context.select(company.id)"
          >
            <mat-icon [svgIcon]="company.id === context.companyId() ? 'check' : 'business'" aria-hidden="true" />
            <span>{{ company.name }}</span>
          </button>
        }
      </mat-menu>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      min-width: 0;
    }
    .trigger {
      max-width: clamp(140px, 26vw, 320px);
    }
    .current {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .caret {
      margin-inline: 0 -6px;
    }
    .menu-heading {
      margin: 0;
      padding: 8px 16px 4px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class CompanySwitcher {
  protected readonly context = inject(CompanyContext);
  private readonly i18n = inject(I18nService);
  protected readonly options = computed(() => {
    const en = this.i18n.lang() === 'en';
    return this.context.companies().map((c) => ({ id: c.id, name: en ? c.nameEn : c.nameJa }));
  });
  protected readonly current = computed(
    () => this.options().find((o) => o.id === this.context.companyId())?.name ?? '',
  );
}
