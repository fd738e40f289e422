import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '../i18n';
import { NotificationsData } from './notifications.data';

/** The bell in the top bar: the unread count, a link to the notification list. */
@Component({
  selector: 'app-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  template: `
    <a
      mat-icon-button
      routerLink="/notifications"
      data-testid="notification-bell"
      [attr.aria-label]="label()"
      [attr.title]="'notifications.bell' | t"
      [matBadge]="badge()"
      [matBadgeHidden]="!badge()"
      matBadgeColor="warn"
      matBadgeSize="small"
      matBadgeOverlap
    >
      <mat-icon svgIcon="notifications" aria-hidden="true" />
    </a>
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
  }
}
