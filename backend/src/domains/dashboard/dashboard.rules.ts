/**
 * PrivacyMark renewal (the reference's §1.2, renewal cycle): the mark runs two years and the renewal
 * application is made 8 to 4 months before it expires. Pure functions on `YYYY-MM-DD` dates (Asia/Tokyo).
 */

export const RENEWAL_WINDOW_OPENS_MONTHS = 8;
export const RENEWAL_WINDOW_CLOSES_MONTHS = 4;

export type PrivacyMarkState = 'none' | 'valid' | 'renewal_window' | 'late' | 'expired';
export const PRIVACY_MARK_STATES: readonly PrivacyMarkState[] = ['none', 'valid', 'renewal_window', 'late', 'expired'];

/** A `YYYY-MM…` date's month as a count of months from year 0, and back to `YYYY-MM`. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const yearMonth = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The same day `months` earlier; the month's last day when that day does not exist (e.g. 31 → 30). */
export function monthsBefore(date: string, months: number): string {
  const index = monthIndex(date) - months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${yearMonth(index)}-${String(Math.min(Number(date.slice(8, 10)), last)).padStart(2, '0')}`;
}

export function renewalWindow(expiresOn: string): { opensOn: string; closesOn: string } {
  return {
    opensOn: monthsBefore(expiresOn, RENEWAL_WINDOW_OPENS_MONTHS),
    closesOn: monthsBefore(expiresOn, RENEWAL_WINDOW_CLOSES_MONTHS),
  };
}

/**
 * Where a company stands: `valid` before the window, `renewal_window` while the application is due,
 * `late` after the window until expiry, `expired` after the expiry date, `none` without a mark.
 */
export function privacyMarkState(expiresOn: string | null, today: string): PrivacyMarkState {
  if (!expiresOn) return 'none';
  if (today > expiresOn) return 'expired';
  const { opensOn, closesOn } = renewalWindow(expiresOn);
  if (today < opensOn) return 'valid';
  if (today <= closesOn) return 'renewal_window';
  return 'late';
}

/** The `count` months up to and including the month of `today` (`YYYY-MM`, oldest first): a trend's axis. */
export function lastMonths(today: string, count = 12): string[] {
  const first = monthIndex(today) - (count - 1);
  return Array.from({ length: count }, (_, i) => yearMonth(first + i));
}

/**
 * The bounds of `months` (from lastMonths) and of the month after them, as Tokyo midnights (for
 * timestamptz columns) and as dates (for date columns): thresholds for SQL `width_bucket`, so a trend
 * query compares each row with constants instead of converting its time zone and formatting it.
 * Bucket i (1…n) is months[i - 1].
 */
export function monthBounds(months: readonly string[]): { instants: string[]; dates: string[] } {
  const next = yearMonth(monthIndex(months[months.length - 1]) + 1);
  const dates = [...months, next].map((month) => `${month}-01`);
  return { instants: dates.map((d) => `${d}T00:00:00+09:00`), dates };
}
