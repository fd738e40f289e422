import { backoffMs, describeSchedule, nextRunAfter, retryAt } from './schedule';

describe('job schedules', () => {
  it('runs interval jobs one interval later', () => {
    const from = new Date('2026-06-01T00:00:00Z');
    expect(nextRunAfter({ everyMs: 60_000 }, from).toISOString()).toBe('2026-06-01T00:01:00.000Z');
  });

  it('runs daily jobs at the Tokyo wall-clock time, the same day when still ahead', () => {
    // 06:00 in Tokyo is 21:00 UTC the day before.
    const from = new Date('2026-05-31T20:00:00Z'); // 05:00 JST on 1 June
    expect(nextRunAfter({ dailyAt: { hour: 8, minute: 0 } }, from).toISOString()).toBe('2026-05-31T23:00:00.000Z');
  });

  it('moves daily jobs to the next day once the time has passed, and never returns `from` itself', () => {
    const at = new Date('2026-05-31T23:00:00Z'); // exactly 08:00 JST
    expect(nextRunAfter({ dailyAt: { hour: 8, minute: 0 } }, at).toISOString()).toBe('2026-06-01T23:00:00.000Z');
    const late = new Date('2026-06-01T14:59:00Z'); // 23:59 JST
    expect(nextRunAfter({ dailyAt: { hour: 0, minute: 30 } }, late).toISOString()).toBe('2026-06-01T15:30:00.000Z');
  });

  it('backs off exponentially and caps the wait', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([0, 30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(50)).toBe(60 * 60 * 1000);
  });

  it('retries after the backoff but not after the regular next run', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(retryAt({ everyMs: 3_600_000 }, now, 1).toISOString()).toBe('2026-06-01T00:00:30.000Z');
    expect(retryAt({ everyMs: 60_000 }, now, 5).toISOString()).toBe('2026-06-01T00:01:00.000Z');
  });

  it('describes schedules', () => {
    expect(describeSchedule({ everyMs: 30_000 })).toBe('every 30 s');
    expect(describeSchedule({ dailyAt: { hour: 8, minute: 5 } })).toBe('daily at 08:05 Asia/Tokyo');
  });
});
