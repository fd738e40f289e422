import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService, LANG_STORAGE_KEY } from './i18n.service';
import type { TranslationKey } from './translate';

describe('I18nService', () => {
  let document: Document;

  beforeEach(() => {
    localStorage.clear();
    document = TestBed.inject(DOCUMENT);
    document.documentElement.lang = '';
  });

  it('starts in Japanese when nothing was chosen, and sets <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(i18n.t('home.status.ready')).toBe('稼働中');
  });

  it('switches language, updates <html lang> and remembers the choice', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.use('en');
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('home.status.ready')).toBe('Operational');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language chosen on an earlier visit', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(TestBed.inject(I18nService).lang()).toBe('ja');
  });

  it('still switches when storage refuses to save', () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const i18n = TestBed.inject(I18nService);
    i18n.use('en');
    expect(setItem).toHaveBeenCalled();
    expect(i18n.lang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('fills placeholders and leaves a missing one visible', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('deadline.inDays', { count: 3 })).toBe('あと3日');
    expect(i18n.t('deadline.inDays')).toBe('あと{count}日');
    expect(i18n.t('deadline.inDays', { other: 1 })).toBe('あと{count}日');
    i18n.use('en');
    expect(i18n.t('errors.requestId', { id: 'req-1' })).toBe('Reference: req-1');
  });

  it('returns the key itself for a key no dictionary has', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('no.such.key' as TranslationKey)).toBe('no.such.key');
  });

  it('writes a list the way the current language does', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.joinList(['井上 由美', '渡辺 学'])).toBe('井上 由美、渡辺 学');
    i18n.use('en');
    expect(i18n.joinList(['Yumi Inoue', 'Manabu Watanabe'])).toBe('Yumi Inoue, Manabu Watanabe');
    expect(i18n.joinList([])).toBe('');
  });

  it('writes an aside in brackets the way the current language does, and nothing for no text', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.paren('T00007')).toBe('（T00007）');
    i18n.use('en');
    expect(i18n.paren('T00007')).toBe(' (T00007)');
    expect(i18n.paren(0)).toBe(' (0)');
    expect(i18n.paren('')).toBe('');
    expect(i18n.paren(null)).toBe('');
  });

  it('writes a span of dates the way the current language does', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.range('2026/04/01', '2027/03/31')).toBe('2026/04/01 〜 2027/03/31');
    expect(i18n.range(null, '2027/03/31')).toBe('〜 2027/03/31');
    i18n.use('en');
    expect(i18n.range('2026-04-01', '2027-03-31')).toBe('2026-04-01 – 2027-03-31');
    expect(i18n.range('', '2027-03-31')).toBe('until 2027-03-31');
  });

  it('starts list items and separates facts on a line the way the current language does', () => {
    const i18n = TestBed.inject(I18nService);
    expect([i18n.bullet(), i18n.separator()]).toEqual(['・', '・']);
    i18n.use('en');
    expect([i18n.bullet(), i18n.separator()]).toEqual(['• ', ' · ']);
  });

  it('formats dates in the current language', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.formatDate('2026-06-10')).toBe('2026/06/10');
    i18n.use('en');
    expect(i18n.formatDate('2026-06-10')).toBe('2026-06-10');
  });
});
