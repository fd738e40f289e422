import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, daysUntil } from '../../core/i18n';

/** How a deadline looks: neutral, amber within the warning window, red once passed. */
export type DeadlineTone = 'neutral' | 'warn' | 'overdue';

export function deadlineTone(days: number, warnDays: number): DeadlineTone {
  if (days < 0) return 'overdue';
  return days <= warnDays ? 'warn' : 'neutral';
}

/** A date with its relative label (「あと3日」, "2 days overdue") and colour. */
@Component({
  selector: 'app-deadline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-tone]': 'tone()' },
  template: `
    <span class="date">{{ date() }}</span>
    <span class="relative" [class]="tone()">{{ relative() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 2px 8px;
    }
    .date {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .relative {
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      color: var(--mat-sys-on-surface-variant);
    }
    .relative.warn {
      color: var(--app-status-warn);
      font-weight: 700;
    }
    .relative.overdue {
      color: var(--app-status-error);
      font-weight: 700;
    }
  `,
})
export class Deadline {
  private readonly i18n = inject(I18nService);
  /** A calendar date (`YYYY-MM-DD`) or an instant. */
  readonly due = input.required<string>();
  /** Days before the deadline from which it shows in amber. */
  readonly warnDays = input(30);

  protected readonly date = computed(() => this.i18n.formatDate(this.due()));
  protected readonly relative = computed(() => this.i18n.relativeDeadline(this.due()));
  protected readonly tone = computed(() => deadlineTone(daysUntil(this.due()), this.warnDays()));
}
