import { daysUntil, formatDate, formatDateTime, formatNumber, formatYen, relativeDeadline } from './format';

describe('formatting', () => {
  it('writes dates as 2026/06/10 in Japanese and 2026-06-10 in English', () => {
    expect(formatDate('2026-06-10', 'ja')).toBe('2026/06/10');
    expect(formatDate('2026-06-10', 'en')).toBe('2026-06-10');
  });

  it('places instants on the Japanese calendar', () => {
    // 15:30 UTC on 9 June is 00:30 on 10 June in Tokyo.
    expect(formatDate(new Date('2026-06-09T15:30:00Z'), 'ja')).toBe('2026/06/10');
    expect(formatDate('2026-06-09T14:59:00Z', 'en')).toBe('2026-06-09');
  });

  it('writes date-times in Japan time and names any other time zone', () => {
    expect(formatDateTime('2026-06-10T05:07:00Z', 'ja')).toBe('2026/06/10 14:07');
    expect(formatDateTime('2026-06-10T05:07:00Z', 'en', 'Europe/London')).toBe('2026-06-10 06:07 (Europe/London)');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('not a date', 'ja')).toThrow(RangeError);
  });

  it('groups thousands and writes yen the way each language does', () => {
    expect(formatNumber(1234567, 'ja')).toBe('1,234,567');
    expect(formatYen(500, 'ja')).toBe('500円');
    expect(formatYen(12000, 'en')).toBe('¥12,000');
  });

  describe('deadlines', () => {
    // 09:00 on 10 June 2026 in Tokyo.
    const now = new Date('2026-06-10T00:00:00Z');

    it('counts whole days in Japan time', () => {
      expect(daysUntil('2026-06-13', now)).toBe(3);
      expect(daysUntil('2026-06-08', now)).toBe(-2);
      // Late evening UTC on 9 June is already 10 June in Tokyo.
      expect(daysUntil('2026-06-10', new Date('2026-06-09T20:00:00Z'))).toBe(0);
    });

    it.each([
      ['2026-06-13', 'あと3日', 'in 3 days'],
      ['2026-06-11', 'あと1日', 'in 1 day'],
      ['2026-06-10', '本日期限', 'Due today'],
      ['2026-06-09', '1日超過', '1 day overdue'],
      ['2026-06-08', '2日超過', '2 days overdue'],
    ])('labels %s as 「%s」 / "%s"', (due, ja, en) => {
      expect(relativeDeadline(due, 'ja', now)).toBe(ja);
      expect(relativeDeadline(due, 'en', now)).toBe(en);
    });
  });
});
