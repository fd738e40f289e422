import { monthsBefore, privacyMarkState, renewalWindow } from './dashboard.rules';

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
