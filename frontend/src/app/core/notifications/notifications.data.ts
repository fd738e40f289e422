import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Observable, tap } from 'rxjs';
import { ApiClient, ResponseBody } from '../api';
import type { Lang, TranslateParams, TranslationKey } from '../i18n';
import { formatDate, formatDateTime } from '../i18n';

export type NotificationPage = ResponseBody<'/api/v1/notifications', 'get'>;
export type NotificationItem = NotificationPage['items'][number];
export type EventType = NotificationItem['eventType'];
export type Preferences = ResponseBody<'/api/v1/me/notification-preferences', 'get'>;
export type Delivery = Preferences['items'][number]['delivery'];
export type CalendarStatus = ResponseBody<'/api/v1/me/calendar', 'get'>;
export type CalendarUrl = ResponseBody<'/api/v1/me/calendar', 'post'>;

/** How often the bell asks for the unread count. */
export const UNREAD_POLL_MS = 60_000;

/** The translation key and parameters that describe a notification in the current language. */
export function describeNotification(
  item: NotificationItem,
  lang: Lang,
): { key: TranslationKey; params: TranslateParams } {
  const p = item.params;
  const title = (lang === 'ja' ? p.titleJa : p.titleEn) ?? p.titleJa ?? p.titleEn ?? '';
  const counts = p.counts ?? {};
  return {
    key: `notifications.event.${item.eventType}`,
    params: {
      title,
      due: p.dueOn ? formatDate(`${p.dueOn}T00:00:00+09:00`, lang) : '',
      until: p.until ? formatDateTime(p.until, lang) : '',
      created: counts['created'] ?? 0,
      updated: counts['updated'] ?? 0,
      failed: counts['failed'] ?? 0,
    },
  };
}

/** The caller's notifications, their unread count (the bell), preferences and calendar URL. */
@Injectable({ providedIn: 'root' })
export class NotificationsData {
  private readonly api = inject(ApiClient);
  private timer?: ReturnType<typeof setInterval>;

  /** Null until known (or when not signed in). */
  readonly unread = signal<number | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  startPolling(): void {
    if (this.timer) return;
    this.refreshUnread();
    this.timer = setInterval(() => this.refreshUnread(), UNREAD_POLL_MS);
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  refreshUnread(): void {
    this.api.get('/api/v1/notifications/unread-count', { silent: true, background: true }).subscribe({
      next: (res) => this.unread.set(res.count),
      error: () => this.unread.set(null),
    });
  }

  list(query: { limit: number; offset: number; unread?: boolean }): Observable<NotificationPage> {
    return this.api.get('/api/v1/notifications', { query });
  }

  markRead(id: string): Observable<NotificationItem> {
    return this.api.post('/api/v1/notifications/{id}/read', { path: { id } }).pipe(tap(() => this.refreshUnread()));
  }

  markAllRead(): Observable<unknown> {
    return this.api.post('/api/v1/notifications/read-all').pipe(tap(() => this.unread.set(0)));
  }

  preferences(): Observable<Preferences> {
    return this.api.get('/api/v1/me/notification-preferences');
  }

  savePreferences(items: Preferences['items']): Observable<Preferences> {
    return this.api.put('/api/v1/me/notification-preferences', { body: { items } });
  }

  calendarStatus(): Observable<CalendarStatus> {
    return this.api.get('/api/v1/me/calendar');
  }

  createCalendar(): Observable<CalendarUrl> {
    return this.api.post('/api/v1/me/calendar');
  }

  revokeCalendar(): Observable<unknown> {
    return this.api.delete('/api/v1/me/calendar');
  }
}
