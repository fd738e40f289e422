import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { AuthService, CHANGE_PASSWORD_PATH, safeReturnUrl } from '../../core/auth';
import { ApiProblem, applyFieldErrors, problemMessageKey, serverErrorKey } from '../../core/errors';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { AuthFrame } from '../../core/shell/auth-frame';
import { FORM_FIELD_DEFAULTS } from '../../shared/ui/form-field-defaults';

/** Why the person landed here, from `?reason=` (set by sign-out and by the session layer). */
const NOTICES: Readonly<Record<string, TranslationKey>> = {
  expired: 'auth.signIn.notice.expired',
  signedOut: 'auth.signIn.notice.signedOut',
  signedOutEverywhere: 'auth.signIn.notice.signedOutEverywhere',
  unavailable: 'auth.signIn.notice.unavailable',
  passwordChanged: 'auth.signIn.notice.passwordChanged',
};

/**
 * Field errors show once a field was left or a sign-in was tried with it empty, not merely because the
 * form was submitted: after a wrong password the emptied password field is not an error.
 */
const TOUCHED_ERRORS: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null) => !!control && control.invalid && control.touched,
};

interface Failure {
  readonly messageKey: TranslationKey;
  /** The lock-out rule, shown with a wrong e-mail or password (whether or not the account exists). */
  readonly lockHint: boolean;
  readonly requestId?: string;
}

/** E-mail and password. One message for every failed sign-in, so nobody learns which accounts exist. */
@Component({
  selector: 'app-sign-in-page',
  imports: [
    AuthFrame,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [FORM_FIELD_DEFAULTS, { provide: ErrorStateMatcher, useValue: TOUCHED_ERRORS }],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required, Validators.maxLength(1024)]],
  });
  protected readonly busy = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly notice = computed(() => {
    const reason = this.reason();
    return !this.failure() && reason && Object.hasOwn(NOTICES, reason) ? NOTICES[reason] : null;
  });
  protected readonly serverErrorKey = serverErrorKey;

  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      (this.form.controls.email.invalid ? this.emailInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    const { email, password } = this.form.getRawValue();
    try {
      const me = await this.auth.signIn(email.trim(), password);
      const target = safeReturnUrl(this.returnUrl());
      if (me.account.mustChangePassword) {
        await this.router.navigate([CHANGE_PASSWORD_PATH], {
          queryParams: target === '/' ? {} : { returnUrl: target },
        });
      } else {
        await this.router.navigateByUrl(target);
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private fail(error: unknown): void {
    const problem = error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' });
    if (problem.code === 'VALIDATION_FAILED') applyFieldErrors(this.form, problem.errors);
    const invalid = problem.code === 'INVALID_CREDENTIALS';
    this.failure.set({
      messageKey: invalid ? 'auth.signIn.invalid' : problemMessageKey(problem),
      lockHint: invalid,
      requestId: invalid ? undefined : problem.requestId,
    });
    if (invalid) this.form.controls.password.reset('');
    // Move to the message so screen readers read it and the person sees it on a small screen.
    afterNextRender(() => this.errorBox()?.nativeElement.focus(), { injector: this.injector });
  }

  protected togglePassword(): void {
    this.showPassword.update((shown) => !shown);
  }
}
