/** When a job runs: every fixed interval, or once a day at a wall-clock time in Asia/Tokyo. */
export type Schedule = { everyMs: number } | { dailyAt: { hour: number; minute: number } };

/** Japan has no daylight saving time: Tokyo is always UTC+9. */
export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The first run after `from` (strictly later). */
export function nextRunAfter(schedule: Schedule, from: Date): Date {
  if ('everyMs' in schedule) return new Date(from.getTime() + schedule.everyMs);
  const { hour, minute } = schedule.dailyAt;
  const tokyo = from.getTime() + TOKYO_OFFSET_MS;
  const dayStart = Math.floor(tokyo / DAY_MS) * DAY_MS;
  let candidate = dayStart + (hour * 60 + minute) * 60 * 1000;
  if (candidate <= tokyo) candidate += DAY_MS;
  return new Date(candidate - TOKYO_OFFSET_MS);
}

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 60 * 60 * 1000;

/** Exponential backoff after the n-th consecutive failure (1-based): 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffMs(failures: number, baseMs = BACKOFF_BASE_MS, maxMs = BACKOFF_MAX_MS): number {
  if (failures < 1) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 30));
}

/** After a failure: retry after the backoff, but never later than the regular next run. */
export function retryAt(schedule: Schedule, now: Date, failures: number): Date {
  const retry = new Date(now.getTime() + backoffMs(failures));
  const regular = nextRunAfter(schedule, now);
  return retry < regular ? retry : regular;
}

/** A short English description for the admin API; the web app shows its own words. */
export function describeSchedule(schedule: Schedule): string {
  if ('everyMs' in schedule) return `every ${Math.round(schedule.everyMs / 1000)} s`;
  const { hour, minute } = schedule.dailyAt;
  return `daily at ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} Asia/Tokyo`;
}
