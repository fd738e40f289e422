import { corporateNumberCheckDigit, isValidCorporateNumber, withCheckDigit } from './corporate-number.rules';

describe('corporate number (法人番号) check digit', () => {
  // Published numbers: 国税庁 (the National Tax Agency itself), トヨタ自動車株式会社, ソニーグループ株式会社.
  it.each(['7000012050002', '1180301018771', '5010401067252'])('accepts the published number %s', (number) => {
    expect(isValidCorporateNumber(number)).toBe(true);
  });

  it('computes 9 − (Σ digit × weight mod 9) with weights 1, 2 alternating from the right', () => {
    // 000012050002 from the right: 2·1 + 0·2 + 0·1 + 0·2 + 5·1 + 0·2 + 2·1 + 1·2 + 0… = 11; 9 − 11 mod 9 = 7
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
    expect(withCheckDigit('180301018771')).toBe('1180301018771');
  });

  it('gives 9 when the weighted sum is a multiple of 9 (check digits run 1–9)', () => {
    expect(corporateNumberCheckDigit('000000000000')).toBe(9);
  });

  it.each([
    ['wrong check digit', '2180301018771'],
    ['12 digits', '180301018771'],
    ['14 digits', '11803010187710'],
    ['letters', '118030101877A'],
    ['full-width digits', '１１８０３０１０１８７７１'],
    ['hyphens', '1-1803-0101-8771'],
  ])('refuses %s', (_label, number) => {
    expect(isValidCorporateNumber(number)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isValidCorporateNumber(1180301018771)).toBe(false);
    expect(isValidCorporateNumber(null)).toBe(false);
  });
});
