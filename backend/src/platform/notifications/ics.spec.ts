import { buildCalendar, escapeText, foldLine } from './ics';

describe('calendar feed text (RFC 5545)', () => {
  const now = new Date('2026-06-01T03:04:05Z');

  it('writes all-day events with CRLF line ends', () => {
    const text = buildCalendar(
      'Mamori',
      [{ uid: 'd1@mamori', date: '2026-06-30', summary: '教育の受講', url: 'https://m.example/t/1' }],
      now,
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20260630\r\nDTEND;VALUE=DATE:20260701\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260601T030405Z\r\n');
    expect(text).toContain('\r\nSUMMARY:教育の受講\r\n');
    expect(text.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('ends a month and a year correctly', () => {
    expect(buildCalendar('x', [{ uid: 'u', date: '2026-12-31', summary: 's' }], now)).toContain(
      'DTEND;VALUE=DATE:20270101',
    );
  });

  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const line = `SUMMARY:${'個'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});
