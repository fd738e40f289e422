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
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { AuthService, SIGN_IN_PATH, minPasswordLength, passwordLength, safeReturnUrl } from '../../core/auth';
import {
  ApiProblem,
  applyFieldErrors,
  fieldErrorKey,
  problemMessageKey,
  serverErrorKey,
  type FieldError,
} from '../../core/errors';
import { I18nService, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { AuthFrame } from '../../core/shell/auth-frame';
import { FORM_FIELD_DEFAULTS } from '../../shared/ui/form-field-defaults';

/** A failed save: what to say at the top, and the server's errors no field shows. */
interface Failure {
  readonly messageKey: TranslationKey;
  readonly others: readonly FieldError[];
}

/**
 * Changing the own password, from the user menu or forced after an administrator's reset (then the
 * page is the only way on, besides signing out).
 */
@Component({
  selector: 'app-change-password-page',
  imports: [
    AuthFrame,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  providers: [FORM_FIELD_DEFAULTS],
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);

  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required, Validators.maxLength(1024)]],
    newPassword: ['', [Validators.required, minPasswordLength, Validators.maxLength(128)]],
    confirmPassword: ['', [Validators.required]],
  });
  protected readonly forced = this.auth.mustChangePassword;
  protected readonly busy = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly newLength = toSignal(
    this.form.controls.newPassword.valueChanges.pipe(map((value) => passwordLength(value))),
    { initialValue: 0 },
  );
  protected readonly back = computed(() => safeReturnUrl(this.returnUrl()));
  protected readonly serverErrorKey = serverErrorKey;
  protected readonly fieldErrorKey = fieldErrorKey;

  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  constructor() {
    // The confirmation is checked again whenever the new password changes.
    this.form.controls.newPassword.valueChanges.subscribe(() =>
      this.form.controls.confirmPassword.updateValueAndValidity({ emitEvent: false }),
    );
    this.form.controls.confirmPassword.addValidators((control) =>
      control.value && control.value !== this.form.controls.newPassword.value ? { mismatch: true } : null,
    );
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.failure.set({ messageKey: 'errors.formSummary', others: [] });
      this.focusSummary();
      return;
    }
    this.busy.set(true);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await this.auth.changePassword(currentPassword, newPassword);
      this.form.reset();
      this.snackBar.open(this.i18n.t('auth.password.changed'), this.i18n.t('errors.dismiss'), { duration: 8000 });
      await this.router.navigateByUrl(this.back());
    } catch (error) {
      const problem = error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' });
      const others = applyFieldErrors(this.form, problem.errors);
      this.failure.set({
        messageKey: problem.code === 'VALIDATION_FAILED' ? 'errors.formSummary' : problemMessageKey(problem),
        others,
      });
      this.focusSummary();
    } finally {
      this.busy.set(false);
    }
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut(false).catch(() => undefined);
    await this.router.navigate([SIGN_IN_PATH], { queryParams: { reason: 'signedOut' } });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.nativeElement.focus(), { injector: this.injector });
  }
}
