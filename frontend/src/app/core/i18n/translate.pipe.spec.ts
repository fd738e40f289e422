import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'home.heading' | t }}</h1>
    <p>{{ 'deadline.overdueDays' | t: { count: 2 } }}</p>`,
})
class Host {}

describe('TranslatePipe', () => {
  beforeEach(() => localStorage.clear());

  it('renders the current language and follows a switch', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h1')?.textContent).toBe('ホーム');
    expect(el.querySelector('p')?.textContent).toBe('2日超過');

    TestBed.inject(I18nService).use('en');
    await fixture.whenStable();
    expect(el.querySelector('h1')?.textContent).toBe('Home');
    expect(el.querySelector('p')?.textContent).toBe('2 days overdue');
  });

  it('returns the same text for the same inputs without translating again', () => {
    const pipe = TestBed.runInInjectionContext(() => new TranslatePipe());
    const i18n = TestBed.inject(I18nService);
    const t = jest.spyOn(i18n, 't');
    const params = { count: 3 };
    expect(pipe.transform('deadline.inDays', params)).toBe('あと3日');
    expect(pipe.transform('deadline.inDays', params)).toBe('あと3日');
    expect(t).toHaveBeenCalledTimes(1);
    i18n.use('en');
    expect(pipe.transform('deadline.inDays', params)).toBe('in 3 days');
  });
});
