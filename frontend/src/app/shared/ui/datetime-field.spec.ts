import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { I18nService } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS } from './date-input';
import { DateTimeField, parseTime } from './datetime-field';

@Component({
  imports: [DateTimeField, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<form [formGroup]="form">
    <app-datetime-field formControlName="at" required label="覚知日時" testId="at" />
  </form>`,
})
class Host {
  readonly form = new FormGroup({
    at: new FormControl('2026-06-10T09:05', { nonNullable: true, validators: Validators.required }),
  });
}

describe('DateTimeField', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;
  const input = (part: 'date' | 'time') =>
    fixture.nativeElement.querySelector(`[data-testid="at-${part}"]`) as HTMLInputElement;
  const type = async (part: 'date' | 'time', text: string) => {
    input(part).value = text;
    input(part).dispatchEvent(new Event('input'));
    input(part).dispatchEvent(new Event('blur'));
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const errors = () =>
    [...fixture.nativeElement.querySelectorAll('mat-error')].map((e: Element) => e.textContent!.trim());

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [DATE_INPUT_PROVIDERS] });
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    fixture.detectChanges();
    await fixture.whenStable();
  });

  it('reads times on the 24-hour clock as people type them', () => {
    for (const [text, time] of [
      ['13:05', '13:05'],
      ['1305', '13:05'],
      ['9:05', '09:05'],
      ['905', '09:05'],
      ['１３：０５', '13:05'],
      [' 0:00 ', '00:00'],
    ]) {
      expect(parseTime(text)).toBe(time);
    }
    for (const text of ['24:00', '12:60', '1:5', 'noon', '', '12:05:30']) expect(parseTime(text)).toBeNull();
  });

  it('shows the form value as the app writes dates, with the time beside it', () => {
    expect(input('date').value).toBe('2026/06/10');
    expect(input('time').value).toBe('09:05');
    TestBed.inject(I18nService).use('en');
    TestBed.tick();
    fixture.detectChanges();
    expect(input('date').value).toBe('2026-06-10');
  });

  it('gives the form one value, YYYY-MM-DDTHH:mm, once both parts are filled in', async () => {
    await type('date', '2026/07/01');
    await type('time', '1730');
    expect(input('time').value).toBe('17:30');
    expect(host.form.value.at).toBe('2026-07-01T17:30');
    expect(host.form.valid).toBe(true);
  });

  it('leaves the form invalid with half a value or a time that is none, and says why', async () => {
    await type('time', '');
    expect(host.form.controls.at.value).toBe('');
    expect(host.form.valid).toBe(false);
    expect(errors()).toEqual(['必須項目です。入力してください。']);

    await type('time', '25:00');
    expect(host.form.valid).toBe(false);
    expect(errors()).toEqual(['時刻は24時間制で入力してください（例: 13:05）。']);

    await type('time', '08:15');
    expect(host.form.value.at).toBe('2026-06-10T08:15');
    expect(errors()).toEqual([]);
  });

  it('shows the errors of an untouched field once the form is submitted', async () => {
    host.form.setValue({ at: '' });
    fixture.detectChanges();
    expect(errors()).toEqual([]);
    host.form.markAllAsTouched();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(errors().length).toBe(2);

    // A reset (after saving, say) hides them again.
    host.form.reset();
    host.form.controls.at.setValue('');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(errors()).toEqual([]);
  });

  it('shows the server’s error for the field under the date', async () => {
    host.form.controls.at.setErrors({ server: { code: 'AWARE_AT_IN_FUTURE', message: 'in the future' } });
    host.form.controls.at.markAsTouched();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(errors().length).toBe(1);
  });
});
