import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../../core/i18n';
import { provideIcons } from '../../core/icons/icons';
import { NotFoundPage } from './not-found-page';

describe('NotFoundPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideIcons()] });
  });

  it('says the page does not exist and links home', async () => {
    const fixture = TestBed.createComponent(NotFoundPage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const section = el.querySelector('[data-testid="not-found"]')!;
    expect(section.querySelector('h1')?.textContent).toBe('ページが見つかりません');
    const home = el.querySelector<HTMLAnchorElement>('[data-testid="not-found-home"]')!;
    expect(home.getAttribute('href')).toBe('/');
    expect(home.textContent?.trim()).toBe('ホームへ戻る');

    TestBed.inject(I18nService).use('en');
    await fixture.whenStable();
    expect(section.querySelector('h1')?.textContent).toBe('Page not found');
    expect(home.textContent?.trim()).toBe('Back to Home');
  });
});
