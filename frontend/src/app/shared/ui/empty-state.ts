import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { IconName } from '../../core/icons/icons';

/** What an empty list is for and the first thing to do; the actions come as content. */
@Component({
  selector: 'app-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'empty-state' },
  template: `
    <mat-icon class="icon" [svgIcon]="icon()" aria-hidden="true" />
    <h2 class="title">{{ heading() }}</h2>
    <p class="body">{{ body() }}</p>
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      padding: 40px 24px;
      text-align: center;
    }
    .icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-outline);
    }
    .title {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .body {
      max-width: 36em;
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 8px;
    }
  `,
})
export class EmptyState {
  readonly icon = input<IconName>('info');
  readonly heading = input.required<string>();
  readonly body = input.required<string>();
}
