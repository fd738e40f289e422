import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '../i18n';
import { LoadingBar } from '../loading/loading-bar';
import { LangSwitch } from './lang-switch';

/** The frame of the pages outside the shell (sign-in, password change): the product, the language, one card. */
@Component({
  selector: 'app-auth-frame',
  imports: [MatIconModule, TranslatePipe, LoadingBar, LangSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-loading-bar />
    <div class="frame">
      <header class="top">
        <span class="brand">
          <mat-icon class="brand-mark" svgIcon="shield" aria-hidden="true" />
          <span class="brand-ja" lang="ja">{{ 'app.mark' | t }}</span>
          <span class="brand-en" lang="en">{{ 'app.wordmark' | t }}</span>
        </span>
        <app-lang-switch />
      </header>
      <main id="main-content" class="card-wrap">
        <div class="card">
          <ng-content />
        </div>
      </main>
      <footer class="foot">{{ 'auth.footer' | t }}</footer>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      display: flex;
      flex-direction: column;
      min-height: 100dvh;
      background: var(--mat-sys-surface-container-low);
    }
    .top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      padding: 12px 20px;
    }
    .brand {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      color: var(--mat-sys-primary);
      white-space: nowrap;
    }
    .brand-ja {
      font-size: 1.375rem;
      font-weight: 700;
      letter-spacing: 0.08em;
    }
    .brand-en {
      color: var(--mat-sys-on-surface-variant);
      font-weight: 500;
    }
    .card-wrap {
      flex: 1 1 auto;
      display: flex;
      align-items: flex-start;
      justify-content: center;
      padding: 24px 16px 48px;
    }
    .card {
      width: min(440px, 100%);
      margin-top: 4vh;
      padding: 32px 32px 28px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: var(--mat-sys-surface);
    }
    .foot {
      padding: 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      text-align: center;
    }
    @media (max-width: 479.98px) {
      .card {
        margin-top: 0;
        padding: 24px 20px;
      }
    }
  `,
})
export class AuthFrame {}
