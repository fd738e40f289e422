import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { I18nService } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS, fromDateOnly, toDateOnly } from './date-input';

describe('date input', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [DATE_INPUT_PROVIDERS] });
  });

  it('converts between the API’s calendar dates and the picker’s local dates', () => {
    const date = fromDateOnly('2026-06-10')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 5, 10]);
    expect(toDateOnly(date)).toBe('2026-06-10');
    expect(fromDateOnly(null)).toBeNull();
    expect(toDateOnly(null)).toBeNull();
  });

  it('shows dates as the app writes them in each language', () => {
    const adapter = TestBed.inject(DateAdapter<Date>);
    const date = new Date(2026, 5, 10);
    expect(adapter.format(date, MAT_NATIVE_DATE_FORMATS.display.dateInput)).toBe('2026/06/10');
    TestBed.inject(I18nService).use('en');
    expect(adapter.format(date, MAT_NATIVE_DATE_FORMATS.display.dateInput)).toBe('2026-06-10');
    expect(adapter.getFirstDayOfWeek()).toBe(0);
  });

  it('reads what people type, and refuses dates that do not exist', () => {
    const adapter = TestBed.inject(DateAdapter<Date>);
    for (const text of ['2026/06/10', '2026-6-10', '2026.06.10', '20260610', '２０２６/０６/１０']) {
      expect(toDateOnly(adapter.parse(text, null))).toBe('2026-06-10');
    }
    expect(adapter.isValid(adapter.parse('2026/02/30', null)!)).toBe(false);
    expect(adapter.isValid(adapter.parse('next tuesday', null)!)).toBe(false);
    expect(adapter.parse('', null)).toBeNull();
  });
});
