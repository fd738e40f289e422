import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '../../core/i18n';
import { describeNotification, NotificationItem, NotificationsData } from '../../core/notifications/notifications.data';

/** The caller's notifications: newest first, paginated, each opening its record. */
@Component({
  selector: 'app-notifications-page',
  imports: [MatButtonModule, MatIconModule, MatPaginatorModule, MatSlideToggleModule, RouterLink, TranslatePipe],
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  private readonly data = inject(NotificationsData);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);

  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly total = signal(0);
  protected readonly loaded = signal(false);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly unreadOnly = signal(false);
  protected readonly rows = computed(() =>
    this.items().map((item) => ({
      item,
      text: describeNotification(item, this.i18n.lang()),
      at: this.i18n.formatDateTime(item.createdAt),
    })),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.data
      .list({
        limit: this.pageSize(),
        offset: this.pageIndex() * this.pageSize(),
        unread: this.unreadOnly() || undefined,
      })
      .subscribe((page) => {
        this.items.set(page.items);
        this.total.set(page.total);
        this.loaded.set(true);
      });
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.load();
  }

  protected toggleUnread(value: boolean): void {
    this.unreadOnly.set(value);
    this.pageIndex.set(0);
    this.load();
  }

  protected markRead(item: NotificationItem): void {
    this.data.markRead(item.id).subscribe((updated) => {
      this.items.update((list) => list.map((n) => (n.id === updated.id ? updated : n)));
    });
  }

  protected open(item: NotificationItem): void {
    if (!item.link) return;
    const link = item.link;
    if (item.readAt) {
      void this.router.navigateByUrl(link);
      return;
    }
    this.data.markRead(item.id).subscribe(() => void this.router.navigateByUrl(link));
  }

  protected markAllRead(): void {
    this.data.markAllRead().subscribe(() => {
      this.snackBar.open(this.i18n.t('notifications.allRead'), undefined, { duration: 3000 });
      this.load();
    });
  }
}
