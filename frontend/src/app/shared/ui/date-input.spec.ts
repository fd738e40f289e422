import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { I18nService } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS, fromDateOnly, toDateOnly } from './date-input';

describe('date input', () => {
  let adapter: DateAdapter<string>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [DATE_INPUT_PROVIDERS] });
    adapter = TestBed.inject(DateAdapter<string>);
  });

  it('converts between the API’s calendar dates and local dates', () => {
    const date = fromDateOnly('2026-06-10')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 5, 10]);
    expect(toDateOnly(date)).toBe('2026-06-10');
    expect(fromDateOnly(null)).toBeNull();
    expect(toDateOnly(null)).toBeNull();
  });

  it('holds the API’s calendar date and shows it as the app writes dates in each language', () => {
    expect(adapter.format('2026-06-10', MAT_NATIVE_DATE_FORMATS.display.dateInput)).toBe('2026/06/10');
    TestBed.inject(I18nService).use('en');
    TestBed.tick();
    expect(adapter.format('2026-06-10', MAT_NATIVE_DATE_FORMATS.display.dateInput)).toBe('2026-06-10');
    expect(adapter.getFirstDayOfWeek()).toBe(0);
  });

  it('reads what people type into the API’s form, and refuses dates that do not exist', () => {
    for (const text of ['2026/06/10', '2026-6-10', '2026.06.10', '20260610', '２０２６/０６/１０']) {
      expect(adapter.parse(text, null)).toBe('2026-06-10');
    }
    expect(adapter.isValid(adapter.parse('2026/02/30', null)!)).toBe(false);
    expect(adapter.isValid(adapter.parse('next tuesday', null)!)).toBe(false);
    expect(adapter.parse('', null)).toBeNull();
  });

  it('takes an empty form value as an empty field, and anything but a calendar date as invalid', () => {
    expect(adapter.deserialize('')).toBeNull();
    expect(adapter.deserialize(null)).toBeNull();
    expect(adapter.deserialize('2026-06-10')).toBe('2026-06-10');
    expect(adapter.isValid(adapter.deserialize('2026-13-01')!)).toBe(false);
    expect(adapter.isValid(adapter.deserialize(new Date())!)).toBe(false);
  });

  it('does the calendar’s arithmetic on calendar dates', () => {
    expect(adapter.createDate(2026, 5, 10)).toBe('2026-06-10');
    expect(adapter.getDayOfWeek('2026-06-10')).toBe(3);
    expect(adapter.getNumDaysInMonth('2028-02-01')).toBe(29);
    expect(adapter.addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(adapter.addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(adapter.addCalendarYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(adapter.compareDate('2026-06-10', '2026-06-11')).toBeLessThan(0);
    expect(adapter.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('tells open fields and calendars when the language changes', () => {
    const changes: number[] = [];
    adapter.localeChanges.subscribe(() => changes.push(1));
    TestBed.inject(I18nService).use('en');
    TestBed.tick();
    expect(changes.length).toBeGreaterThan(0);
    expect(adapter.getMonthNames('long')[0]).toBe('January');
  });
});
