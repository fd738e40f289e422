import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  type DoCheck,
  Injector,
  type OnInit,
  booleanAttribute,
  forwardRef,
  inject,
  input,
} from '@angular/core';
import {
  type AbstractControl,
  type ControlValueAccessor,
  FormControl,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  NgControl,
  ReactiveFormsModule,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '../../core/i18n';
import { FieldErrorPipe } from './field-error';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** A time typed on the 24-hour clock as `HH:mm`: "13:05", "1305", "9:05" and full-width digits; else null. */
export function parseTime(text: string): string | null {
  const halfWidth = text
    .trim()
    .replace(/[０-９：]/g, (c) => (c === '：' ? ':' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  const match = /^(\d{1,2}):?(\d{2})$/.exec(halfWidth);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}

/**
 * A date and a time of day as one form value, `YYYY-MM-DDTHH:mm` (what a `datetime-local` input holds,
 * so forms keep their value as it was): the date in the app's date picker, the time typed on the 24-hour
 * clock. A native `datetime-local` input shows the browser's format instead (`11/29/2026, 12:50 PM` in an
 * American browser). Half a value (a date without its time, or the reverse) leaves the form invalid.
 * The date picker's adapter must be provided on the page's routes (DATE_INPUT_PROVIDERS).
 */
@Component({
  selector: 'app-datetime-field',
  imports: [
    FieldErrorPipe,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateTimeField), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DateTimeField), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="date">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [matDatepicker]="picker"
        [formControl]="date"
        [required]="required()"
        [errorStateMatcher]="dateErrors"
        [attr.data-testid]="testId() ? testId() + '-date' : null"
        (blur)="onTouched()"
      />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker (closed)="onTouched()" />
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ date.invalid ? (date | fieldError) : (outer | fieldError) }}</mat-error>
    </mat-form-field>
    <mat-form-field class="time">
      <mat-label>{{ 'datepicker.time' | t }}</mat-label>
      <input
        matInput
        [formControl]="time"
        [required]="required()"
        [errorStateMatcher]="timeErrors"
        [attr.aria-label]="'datepicker.timeOf' | t: { label: label() }"
        [attr.data-testid]="testId() ? testId() + '-time' : null"
        placeholder="13:05"
        inputmode="numeric"
        autocomplete="off"
        (blur)="normalizeTime(); onTouched()"
      />
      <mat-error>{{ time | fieldError: { time: 'errors.field.NOT_A_TIME' } }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 8px;
    }
    .date {
      flex: 3 1 10em;
      min-width: 0;
    }
    .time {
      flex: 2 1 6em;
      min-width: 0;
    }
  `,
})
export class DateTimeField implements ControlValueAccessor, Validator, OnInit, DoCheck {
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly required = input(false, { transform: booleanAttribute });
  /** `incident-aware-at` gives the two inputs `incident-aware-at-date` and `incident-aware-at-time`. */
  readonly testId = input<string>();

  /** Each part is required once the other is filled in. */
  protected readonly date: FormControl<string | null> = new FormControl<string | null>(
    null,
    // `time` is not there yet when the control first validates itself, in this line
    (c): ValidationErrors | null => (!c.value && this.time?.value ? { required: true } : null),
  );
  protected readonly time: FormControl<string> = new FormControl('', {
    nonNullable: true,
    validators: (c): ValidationErrors | null => {
      if (!c.value) return this.date.value ? { required: true } : null;
      return parseTime(c.value) ? null : { time: true };
    },
  });

  private readonly injector = inject(Injector);
  private readonly changes = inject(ChangeDetectorRef);
  private binding: NgControl | null = null;
  /** The form's control this field is bound to (once the directive set it up): its server errors show here. */
  protected get outer(): AbstractControl | null {
    return this.binding?.control ?? null;
  }

  private onChange: (value: string) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  protected readonly dateErrors: ErrorStateMatcher = {
    isErrorState: (control) =>
      !!(control?.invalid || this.outer?.hasError('server')) && !!(control?.touched || this.outer?.touched),
  };
  protected readonly timeErrors: ErrorStateMatcher = {
    isErrorState: (control) => !!control?.invalid && !!(control.touched || this.outer?.touched),
  };

  constructor() {
    for (const [part, other] of [
      [this.date, this.time],
      [this.time, this.date],
    ] as const) {
      part.valueChanges.subscribe(() => {
        other.updateValueAndValidity({ emitEvent: false });
        this.onChange(this.value());
      });
    }
  }

  ngOnInit(): void {
    // Asked for here, not injected: the directive binding the control injects this field as its value accessor.
    this.binding = this.injector.get(NgControl, null, { optional: true });
  }

  /**
   * The two parts are touched when the form's control is: a submit touches every control (their errors
   * then show), and a reset untouches them.
   */
  ngDoCheck(): void {
    const touched = !!this.outer?.touched;
    if (touched === this.date.touched) return;
    for (const part of [this.date, this.time]) {
      if (touched) part.markAsTouched();
      else part.markAsUntouched();
    }
    this.changes.markForCheck();
  }

  private value(): string {
    const time = parseTime(this.time.value);
    return this.date.valid && this.date.value && time ? `${this.date.value}T${time}` : '';
  }

  protected normalizeTime(): void {
    const time = parseTime(this.time.value);
    if (time && time !== this.time.value) this.time.setValue(time);
  }

  writeValue(value: string | null | undefined): void {
    const match = value ? DATE_TIME.exec(value) : null;
    this.date.setValue(match ? match[1] : null, { emitEvent: false });
    this.time.setValue(match ? match[2] : '', { emitEvent: false });
    this.date.updateValueAndValidity({ emitEvent: false });
    this.time.updateValueAndValidity({ emitEvent: false });
    this.changes.markForCheck();
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    for (const part of [this.date, this.time]) {
      if (disabled) part.disable({ emitEvent: false });
      else part.enable({ emitEvent: false });
    }
  }

  validate(): ValidationErrors | null {
    return this.date.invalid || this.time.invalid ? { datetime: true } : null;
  }
}
