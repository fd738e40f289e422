import { translate, type Lang } from './translate';

/** The time zone business dates are counted in (deadlines under the law run on Japan time). */
export const BUSINESS_TIME_ZONE = 'Asia/Tokyo';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function zonedParts(instant: Date, timeZone: string): CalendarDate & { hour: number; minute: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'],
    minute: parts['minute'],
  };
}

/**
 * The calendar date of `value` in `timeZone`. A plain `YYYY-MM-DD` string is already a calendar date
 * and is taken as it is; instants (Date, ISO timestamps) are placed in the time zone first.
 */
export function calendarDate(value: Date | string, timeZone = BUSINESS_TIME_ZONE): CalendarDate {
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value);
    if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  const { year, month, day } = zonedParts(instant, timeZone);
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function joinDate({ year, month, day }: CalendarDate, lang: Lang): string {
  const separator = lang === 'ja' ? '/' : '-';
  return [pad(year, 4), pad(month), pad(day)].join(separator);
}

/** `2026/06/10` in Japanese, `2026-06-10` in English (the date in Japan time). */
export function formatDate(value: Date | string, lang: Lang, timeZone = BUSINESS_TIME_ZONE): string {
  return joinDate(calendarDate(value, timeZone), lang);
}

/**
 * `2026/06/10 14:30` / `2026-06-10 14:30` in Japan time; in another time zone the zone is named
 * after the time so nobody mistakes it for Japan time.
 */
export function formatDateTime(value: Date | string, lang: Lang, timeZone = BUSINESS_TIME_ZONE): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  const parts = zonedParts(instant, timeZone);
  const text = `${joinDate(parts, lang)} ${pad(parts.hour)}:${pad(parts.minute)}`;
  return timeZone === BUSINESS_TIME_ZONE ? text : `${text} (${timeZone})`;
}

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/** Numbers with thousands separators: `12,345`. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** Yen amounts: `500円` in Japanese, `¥500` in English. */
export function formatYen(value: number, lang: Lang): string {
  const amount = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(value);
  return lang === 'ja' ? `${amount}円` : `¥${amount}`;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from today to `due`, both taken in Japan time (negative when overdue). */
export function daysUntil(due: Date | string, now: Date = new Date()): number {
  const toUtcDay = ({ year, month, day }: CalendarDate) => Date.UTC(year, month - 1, day);
  return Math.round((toUtcDay(calendarDate(due)) - toUtcDay(calendarDate(now))) / DAY_MS);
}

/** 「あと3日」 / "in 3 days", 「本日期限」 / "Due today", 「2日超過」 / "2 days overdue". */
export function relativeDeadline(due: Date | string, lang: Lang, now: Date = new Date()): string {
  const days = daysUntil(due, now);
  if (days === 0) return translate(lang, 'deadline.today');
  if (days === 1) return translate(lang, 'deadline.inOneDay');
  if (days > 1) return translate(lang, 'deadline.inDays', { count: formatNumber(days, lang) });
  if (days === -1) return translate(lang, 'deadline.overdueOneDay');
  return translate(lang, 'deadline.overdueDays', { count: formatNumber(-days, lang) });
}
