import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService, TranslatePipe, type TranslationKey } from '../../core/i18n';
import {
  CalendarStatus,
  Delivery,
  EventType,
  NotificationsData,
  Preferences,
} from '../../core/notifications/notifications.data';

/** Mail delivery per event type, and the private calendar-feed URL. */
@Component({
  selector: 'app-preferences-page',
  imports: [MatButtonModule, MatIconModule, MatRadioModule, TranslatePipe],
  templateUrl: './preferences-page.html',
  styleUrl: './notifications-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferencesPage {
  private readonly data = inject(NotificationsData);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);

  protected readonly items = signal<Preferences['items']>([]);
  protected readonly calendar = signal<CalendarStatus | null>(null);
  /** The URL just made: shown once. */
  protected readonly calendarUrl = signal<string | null>(null);

  protected typeKey(eventType: EventType): TranslationKey {
    return `notifications.type.${eventType}`;
  }

  constructor() {
    this.data.preferences().subscribe((prefs) => this.items.set(prefs.items));
    this.loadCalendar();
  }

  private loadCalendar(): void {
    this.data.calendarStatus().subscribe((status) => this.calendar.set(status));
  }

  protected choose(eventType: Preferences['items'][number]['eventType'], delivery: Delivery): void {
    this.items.update((items) => items.map((i) => (i.eventType === eventType ? { ...i, delivery } : i)));
  }

  protected save(): void {
    this.data.savePreferences(this.items()).subscribe((prefs) => {
      this.items.set(prefs.items);
      this.snackBar.open(this.i18n.t('notifications.preferences.saved'), undefined, { duration: 3000 });
    });
  }

  protected createCalendar(): void {
    this.data.createCalendar().subscribe((made) => {
      this.calendarUrl.set(made.url);
      this.loadCalendar();
    });
  }

  protected revokeCalendar(): void {
    this.data.revokeCalendar().subscribe(() => {
      this.calendarUrl.set(null);
      this.snackBar.open(this.i18n.t('notifications.calendar.revoked'), undefined, { duration: 3000 });
      this.loadCalendar();
    });
  }

  protected async copy(url: string): Promise<void> {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    this.snackBar.open(this.i18n.t('notifications.calendar.copied'), undefined, { duration: 3000 });
  }
}
