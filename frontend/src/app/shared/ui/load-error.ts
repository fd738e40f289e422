import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ApiProblem, problemMessageKey } from '../../core/errors';
import { TranslatePipe } from '../../core/i18n';

/** A list or record that could not be loaded: what happened, the reference, and a way to try again. */
@Component({
  selector: 'app-load-error',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', 'data-testid': 'load-error' },
  template: `
    <mat-icon svgIcon="error" aria-hidden="true" />
    <div>
      <p class="message">{{ messageKey() | t }}</p>
      @if (requestId(); as id) {
        <p class="reference">{{ 'errors.requestId' | t: { id } }}</p>
      }
      <button mat-stroked-button type="button" data-testid="load-retry" (click)="retry.emit()">
        <mat-icon svgIcon="refresh" aria-hidden="true" />
        {{ 'common.retry' | t }}
      </button>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      gap: 12px;
      padding: 24px;
      color: var(--mat-sys-on-surface);
    }
    mat-icon {
      flex: none;
      color: var(--app-status-error);
    }
    p {
      margin: 0 0 8px;
    }
    .reference {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      word-break: break-all;
    }
  `,
})
export class LoadError {
  readonly error = input<unknown>();
  readonly retry = output<void>();
  private readonly problem = computed(() => {
    const error = this.error();
    return error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' });
  });
  protected readonly messageKey = computed(() => problemMessageKey(this.problem()));
  protected readonly requestId = computed(() => this.problem().requestId ?? null);
}
