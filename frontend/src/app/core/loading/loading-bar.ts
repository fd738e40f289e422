import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '../i18n';
import { LoadingService } from './loading.service';

/** How long the bar may run before the user is told in words what is happening. */
export const SLOW_AFTER_MS = 1000;

/** A thin bar at the very top while requests are in flight; after a second, a line saying what is going on. */
@Component({
  selector: 'app-loading-bar',
  imports: [MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading.active()) {
      <mat-progress-bar
        class="bar"
        mode="indeterminate"
        data-testid="loading-bar"
        [attr.aria-label]="'loading.label' | t"
      />
    }
    <div class="slow" role="status" data-testid="loading-text">
      @if (slow()) {
        <span class="slow-text">{{ loading.label() | t }}</span>
      }
    </div>
  `,
  styles: `
    :host {
      position: fixed;
      inset: 0 0 auto 0;
      z-index: 1100;
      pointer-events: none;
    }
    .slow {
      display: flex;
      justify-content: center;
    }
    .slow-text {
      /* Below the top bar, so the language switch and menu stay visible. */
      margin-top: 72px;
      padding: 6px 14px;
      border-radius: 16px;
      background: var(--mat-sys-inverse-surface);
      color: var(--mat-sys-inverse-on-surface);
      font: var(--mat-sys-body-medium);
      box-shadow: var(--mat-sys-level2);
    }
  `,
})
export class LoadingBar {
  protected readonly loading = inject(LoadingService);
  protected readonly slow = signal(false);

  constructor() {
    effect((onCleanup) => {
      if (!this.loading.active()) {
        this.slow.set(false);
        return;
      }
      const timer = setTimeout(() => this.slow.set(true), SLOW_AFTER_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }
}
