import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { I18nService } from '../i18n';
import { NotificationsData } from './notifications.data';

/** The bell in the top bar: the unread count, a link to the notification list. */
@Component({
  selector: 'app-notification-bell',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  template: `
    <span class="bell">
      <a
        mat-icon-button
        routerLink="/notifications"
        data-testid="notification-bell"
        [attr.aria-label]="label()"
        [attr.title]="label()"
      >
        <mat-icon svgIcon="notifications" aria-hidden="true" />
      </a>
      @if (badge(); as count) {
        <span class="count" aria-hidden="true" data-testid="notification-count">{{ count }}</span>
      }
    </span>
  `,

  styles: `
    .bell {
      position: relative;
      display: inline-block;
    }
    .count {
      position: absolute;
      top: 4px;
      right: 2px;
      min-width: 16px;
      height: 16px;
      padding: 0 4px;
      box-sizing: border-box;
      border-radius: 8px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font-size: 11px;
      line-height: 16px;
      text-align: center;
      pointer-events: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly data = inject(NotificationsData);
  private readonly i18n = inject(I18nService);

  protected readonly badge = computed(() => {
    const count = this.data.unread() ?? 0;
    return count > 99 ? '99+' : count > 0 ? String(count) : '';
  });
  protected readonly label = computed(() => {
    const count = this.data.unread() ?? 0;
    return count > 0 ? this.i18n.t('notifications.bellUnread', { count }) : this.i18n.t('notifications.bell');
  });

  constructor() {
    this.data.startPolling();
    inject(DestroyRef).onDestroy(() => this.data.stopPolling());
  }
}
