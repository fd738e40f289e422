import { addDays, daysBetween, dedupeKey, reminderKind, tokyoDate, tokyoDateTime } from './notification.rules';

describe('notification rules', () => {
  it('counts dates in Asia/Tokyo', () => {
    expect(tokyoDate(new Date('2026-06-01T14:59:59Z'))).toBe('2026-06-01');
    expect(tokyoDate(new Date('2026-06-01T15:00:00Z'))).toBe('2026-06-02');
    expect(tokyoDateTime(new Date('2026-06-01T15:04:59Z'))).toBe('2026-06-02 00:04');
  });

  it('counts whole days and adds days across months', () => {
    expect(daysBetween('2026-05-30', '2026-06-02')).toBe(3);
    expect(daysBetween('2026-06-02', '2026-05-30')).toBe(-3);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it.each([
    ['2026-06-20', null],
    ['2026-06-08', 'due_soon'],
    ['2026-06-02', 'due_soon'],
    ['2026-06-01', 'due_today'],
    ['2026-05-31', 'overdue'],
  ])('a deadline on %s, seen on 2026-06-01 with 7 days ahead, calls for %s', (dueOn, kind) => {
    expect(reminderKind(dueOn, '2026-06-01', 7)).toBe(kind);
  });

  it('honours the configured days ahead', () => {
    expect(reminderKind('2026-06-04', '2026-06-01', 2)).toBeNull();
    expect(reminderKind('2026-06-03', '2026-06-01', 2)).toBe('due_soon');
  });

  it('makes one dedupe key per event, subject and recipient, bounded in length', () => {
    const a = dedupeKey('due_soon', 'deadline-1:2026-06-08', 'acc-1');
    expect(a).toBe('due_soon:deadline-1:2026-06-08:acc-1');
    expect(dedupeKey('due_soon', 'deadline-1:2026-06-08', 'acc-2')).not.toBe(a);
    expect(dedupeKey('overdue', 'deadline-1:2026-06-08', 'acc-1')).not.toBe(a);
    const long = dedupeKey('assigned', 'x'.repeat(400), 'acc-1');
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toBe(dedupeKey('assigned', 'x'.repeat(400), 'acc-1'));
  });
});
