import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { Deadline } from '../../../shared/ui/deadline';
import type { IncidentClock } from '../incidents.data';

/** A clock in one line: what is due, its date with the relative label, and a red marker when overdue. */
@Component({
  selector: 'app-clock-label',
  imports: [Deadline, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-status]': 'clock().status', class: 'clock-label' },
  template: `
    <span class="kind">{{ kindKey() | t }}</span>
    @if (clock().status === 'done') {
      <span class="status-chip ok">{{ 'incidents.clockStatus.done' | t }}</span>
    } @else if (clock().dueDate; as due) {
      @if (clock().status === 'overdue') {
        <span class="status-chip error" data-testid="clock-overdue">{{ 'incidents.clockStatus.overdue' | t }}</span>
      }
      <app-deadline [due]="due" [warnDays]="2" />
    } @else {
      <span class="status-chip warn">{{ 'incidents.clockStatus.promptly' | t }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 8px;
    }
    .kind {
      font: var(--mat-sys-label-large);
    }
  `,
})
export class ClockLabel {
  protected readonly i18n = inject(I18nService);
  readonly clock = input.required<IncidentClock>();
  protected readonly kindKey = computed(() => `incidents.clock.${this.clock().kind}` as TranslationKey);
}
