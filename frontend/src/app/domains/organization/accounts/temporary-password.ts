import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '../../../core/i18n';

/** A generated temporary password, shown once, with a copy button and what to do with it. */
@Component({
  selector: 'app-temporary-password',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'data-testid': 'temporary-password' },
  template: `
    <p class="lead">{{ 'accounts.temporary.lead' | t }}</p>
    <div class="value-row">
      <code class="value" data-testid="temporary-password-value">{{ password() }}</code>
      <button mat-stroked-button type="button" (click)="copy()">
        <mat-icon [svgIcon]="copied() ? 'check' : 'copy'" aria-hidden="true" />
        {{ (copied() ? 'accounts.temporary.copied' : 'accounts.temporary.copy') | t }}
      </button>
    </div>
    <p class="note">{{ 'accounts.temporary.note' | t }}</p>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 24px;
      padding: 16px 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-left: 4px solid var(--app-status-warn);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    p {
      margin: 0;
    }
    .lead {
      font-weight: 500;
    }
    .value-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin: 12px 0;
    }
    .value {
      padding: 6px 12px;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-highest);
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1.125rem;
      letter-spacing: 0.04em;
      user-select: all;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class TemporaryPassword {
  readonly password = input.required<string>();
  protected readonly copied = signal(false);
  private readonly clipboard = inject(DOCUMENT).defaultView?.navigator.clipboard;

  protected async copy(): Promise<void> {
    try {
      await this.clipboard?.writeText(this.password());
      this.copied.set(true);
    } catch {
      // Without clipboard access the password can still be selected and copied by hand.
    }
  }
}
