import { lastMonths, monthBounds, monthsBefore, privacyMarkState, renewalWindow } from './dashboard.rules';

describe('PrivacyMark renewal window', () => {
  it('opens 8 months and closes 4 months before expiry', () => {
    expect(renewalWindow('2027-03-31')).toEqual({ opensOn: '2026-07-31', closesOn: '2026-11-30' });
    expect(renewalWindow('2026-12-15')).toEqual({ opensOn: '2026-04-15', closesOn: '2026-08-15' });
  });
  it('clamps to the last day of a shorter month, across years and leap years', () => {
    expect(monthsBefore('2026-10-31', 8)).toBe('2026-02-28');
    expect(monthsBefore('2028-10-31', 8)).toBe('2028-02-29');
    expect(monthsBefore('2027-01-15', 4)).toBe('2026-09-15');
  });
  it('states each phase, boundaries included', () => {
    const e = '2027-03-31';
    expect(privacyMarkState(null, '2026-06-01')).toBe('none');
    expect(privacyMarkState(e, '2026-07-30')).toBe('valid');
    expect(privacyMarkState(e, '2026-07-31')).toBe('renewal_window');
    expect(privacyMarkState(e, '2026-11-30')).toBe('renewal_window');
    expect(privacyMarkState(e, '2026-12-01')).toBe('late');
    expect(privacyMarkState(e, '2027-03-31')).toBe('late');
    expect(privacyMarkState(e, '2027-04-01')).toBe('expired');
  });
});

describe('trend axis', () => {
  it('lists the twelve months up to the current one, oldest first, across a year change', () => {
    expect(lastMonths('2026-11-28')).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(lastMonths('2027-01-01', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});

describe('trend month bounds', () => {
  it('gives each month its Tokyo midnight and date, and closes the last month', () => {
    expect(monthBounds(['2026-11', '2026-12'])).toEqual({
      instants: ['2026-11-01T00:00:00+09:00', '2026-12-01T00:00:00+09:00', '2027-01-01T00:00:00+09:00'],
      dates: ['2026-11-01', '2026-12-01', '2027-01-01'],
    });
  });
});
