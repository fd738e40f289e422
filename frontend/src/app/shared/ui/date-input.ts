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

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** What a field holds while its text is not a date (the form control itself then holds null). */
const INVALID = 'invalid';

/**
 * The adapter every date field uses: its value is the API's calendar date, `YYYY-MM-DD` (or null),
 * so forms send and receive dates as they are, with no time zone in between. Typing, showing and the
 * calendar are AppDateAdapter's.
 */
@Injectable()
export class DateOnlyAdapter extends DateAdapter<string> {
  private readonly dates = new AppDateAdapter();

  constructor() {
    super();
    // The language switch changes the calendar's names: fields and calendars shown re-render.
    this.dates.localeChanges.subscribe(() => this._localeChanges.next());
  }

  private date(value: string): Date {
    return fromDateOnly(value) ?? this.dates.invalid();
  }

  private value(date: Date): string {
    return toDateOnly(date) ?? INVALID;
  }

  getYear(value: string): number {
    return this.dates.getYear(this.date(value));
  }
  getMonth(value: string): number {
    return this.dates.getMonth(this.date(value));
  }
  getDate(value: string): number {
    return this.dates.getDate(this.date(value));
  }
  getDayOfWeek(value: string): number {
    return this.dates.getDayOfWeek(this.date(value));
  }
  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
    return this.dates.getMonthNames(style);
  }
  getDateNames(): string[] {
    return this.dates.getDateNames();
  }
  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] {
    return this.dates.getDayOfWeekNames(style);
  }
  getYearName(value: string): string {
    return this.dates.getYearName(this.date(value));
  }
  getFirstDayOfWeek(): number {
    return this.dates.getFirstDayOfWeek();
  }
  getNumDaysInMonth(value: string): number {
    return this.dates.getNumDaysInMonth(this.date(value));
  }
  clone(value: string): string {
    return value;
  }
  createDate(year: number, month: number, date: number): string {
    return this.value(this.dates.createDate(year, month, date));
  }
  today(): string {
    return this.value(this.dates.today());
  }
  parse(text: unknown): string | null {
    const date = this.dates.parse(text);
    return date === null ? null : this.dates.isValid(date) ? this.value(date) : INVALID;
  }
  format(value: string, displayFormat: object): string {
    return this.dates.format(this.date(value), displayFormat);
  }
  addCalendarYears(value: string, years: number): string {
    return this.value(this.dates.addCalendarYears(this.date(value), years));
  }
  addCalendarMonths(value: string, months: number): string {
    return this.value(this.dates.addCalendarMonths(this.date(value), months));
  }
  addCalendarDays(value: string, days: number): string {
    return this.value(this.dates.addCalendarDays(this.date(value), days));
  }
  toIso8601(value: string): string {
    return value;
  }
  isDateInstance(value: unknown): boolean {
    return typeof value === 'string';
  }
  isValid(value: string): boolean {
    return DATE_ONLY.test(value) && toDateOnly(fromDateOnly(value)) === value;
  }
  invalid(): string {
    return INVALID;
  }
  /** What a form holds before anything is chosen (`''` or null) is an empty field, not an invalid one. */
  override deserialize(value: unknown): string | null {
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'string' && this.isValid(value) ? value : INVALID;
  }
  override setLocale(locale: unknown): void {
    this.dates.setLocale(locale);
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

/** What date fields need; provided for the whole app (app.config.ts). */
export const DATE_INPUT_PROVIDERS: Provider[] = [
  { provide: DateAdapter, useClass: DateOnlyAdapter },
  { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
  { provide: MatDatepickerIntl, useClass: I18nDatepickerIntl },
];
