import { Injectable, type Provider, effect, inject } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_NATIVE_DATE_FORMATS, NativeDateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService, type Lang } from '../../core/i18n';

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as the API takes it (`YYYY-MM-DD`), from a date the picker gives (local midnight). */
export function toDateOnly(date: Date | null): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The picker's value (local midnight) for a calendar date from the API. */
export function fromDateOnly(value: string | null | undefined): Date | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/**
 * Dates typed and shown as the app writes them in each language: `2026/06/10` (ja), `2026-06-10`
 * (en). Typing accepts `/`, `-` or `.` between the parts, or eight digits. The calendar's month
 * names and weekdays follow the app's language; weeks start on Sunday, as Japanese calendars do.
 */
@Injectable()
export class AppDateAdapter extends NativeDateAdapter {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => this.setLocale(LOCALES[this.i18n.lang()]));
  }

  override getFirstDayOfWeek(): number {
    return 0;
  }

  override format(date: Date, displayFormat: object): string {
    if (displayFormat !== MAT_NATIVE_DATE_FORMATS.display.dateInput) return super.format(date, displayFormat);
    const separator = this.i18n.lang() === 'ja' ? '/' : '-';
    return [String(date.getFullYear()).padStart(4, '0'), pad(date.getMonth() + 1), pad(date.getDate())].join(separator);
  }

  override parse(value: unknown): Date | null {
    if (value instanceof Date) return value;
    if (typeof value !== 'string' || !value.trim()) return null;
    const text = value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const match = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    if (!match) return this.invalid();
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(year, month - 1, day);
    return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
      ? date
      : this.invalid();
  }
}

/** The date picker's button and calendar labels in the current language. */
@Injectable()
export class I18nDatepickerIntl extends MatDatepickerIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      const t = (key: Parameters<I18nService['t']>[0]) => this.i18n.t(key);
      this.calendarLabel = t('datepicker.calendar');
      this.openCalendarLabel = t('datepicker.open');
      this.closeCalendarLabel = t('datepicker.close');
      this.prevMonthLabel = t('datepicker.prevMonth');
      this.nextMonthLabel = t('datepicker.nextMonth');
      this.prevYearLabel = t('datepicker.prevYear');
      this.nextYearLabel = t('datepicker.nextYear');
      this.prevMultiYearLabel = t('datepicker.prevYears');
      this.nextMultiYearLabel = t('datepicker.nextYears');
      this.switchToMonthViewLabel = t('datepicker.monthView');
      this.switchToMultiYearViewLabel = t('datepicker.yearView');
      this.changes.next();
    });
  }
}

/** What a page with date fields provides (at the shell, so every page inside it has them). */
export const DATE_INPUT_PROVIDERS: Provider[] = [
  { provide: DateAdapter, useClass: AppDateAdapter },
  { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
  { provide: MatDatepickerIntl, useClass: I18nDatepickerIntl },
];
