import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, firstValueFrom, map, of } from 'rxjs';
import { CompanyContext, minPasswordLength } from '../../../core/auth';
import { I18nService, LANGS, TranslatePipe, langKey } from '../../../core/i18n';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../../shared/ui/unsaved-changes';
import { PeopleData, personName, type Person } from '../people/people.data';
import { AccountsData, type AccountWithPassword } from './accounts.data';
import { TemporaryPassword } from './temporary-password';

/**
 * Issues a sign-in account for a person of the roster. The person changes the initial password at
 * their first sign-in; a generated one is shown here once.
 */
@Component({
  selector: 'app-account-create-page',
  imports: [
    FieldErrorPipe,
    FormSummary,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TemporaryPassword,
    TranslatePipe,
  ],
  templateUrl: './account-create-page.html',
  styles: `
    .chosen {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .chosen-name {
      font: var(--mat-sys-title-medium);
    }
    .created-lead {
      margin: 0 0 16px;
      font: var(--mat-sys-title-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountCreatePage implements HasUnsavedChanges {
  private readonly accounts = inject(AccountsData);
  private readonly people = inject(PeopleData);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  /** `?personId=` when coming from a person's page. */
  readonly personId = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    personSearch: [''],
    personId: ['', [Validators.required]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    language: ['ja' as 'ja' | 'en'],
    passwordMode: ['generate' as 'generate' | 'set'],
    password: [{ value: '', disabled: true }, [Validators.required, minPasswordLength, Validators.maxLength(128)]],
  });
  protected readonly languages = LANGS;
  protected readonly langKey = langKey;
  protected readonly chosen = signal<Person | null>(null);
  protected readonly created = signal<AccountWithPassword | null>(null);
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly personErrors = { required: 'accounts.create.personRequired' } as const;
  protected readonly passwordErrors = {
    passwordTooShort: 'errors.field.PASSWORD_TOO_SHORT',
    maxlength: 'errors.field.PASSWORD_TOO_LONG',
  } as const;
  protected readonly personName = personName;

  private readonly searchText = toSignal(
    this.form.controls.personSearch.valueChanges.pipe(
      debounceTime(250),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  /** People of the company matching what was typed, for the picker. */
  protected readonly matches = rxResource({
    params: () => {
      const q = this.searchText();
      const companyId = this.context.companyId();
      return q && companyId && !this.chosen() ? { q, companyId } : undefined;
    },
    stream: ({ params }) => this.people.list({ ...params, active: true, limit: 10, sort: 'nameKana' }),
  });
  protected readonly options = computed(() => (this.matches.hasValue() ? (this.matches.value()?.items ?? []) : []));
  /** The person named in the link, when coming from their page. */
  private readonly linked = rxResource({
    params: () => this.personId(),
    stream: ({ params }) => (params ? this.people.get(params) : of(null)),
  });

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
    effect(() => {
      const person = this.linked.hasValue() ? this.linked.value() : null;
      untracked(() => {
        if (person && !this.chosen()) this.choose(person);
      });
    });
    this.form.controls.passwordMode.valueChanges.subscribe((mode) => {
      const password = this.form.controls.password;
      if (mode === 'set') password.enable();
      else password.disable();
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.created() && !this.saving();
  }

  protected onPicked(event: MatAutocompleteSelectedEvent): void {
    const person = this.options().find((p) => p.id === event.option.value);
    if (person) this.choose(person);
  }

  protected clearPerson(): void {
    this.chosen.set(null);
    this.form.patchValue({ personId: '', personSearch: '' });
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.fail(INVALID_FORM);
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    try {
      const account = await firstValueFrom(
        this.accounts.create({
          personId: v.personId,
          email: v.email.trim(),
          language: v.language,
          password: v.passwordMode === 'set' ? v.password : undefined,
        }),
      );
      this.form.markAsPristine();
      this.created.set(account);
    } catch (error) {
      this.fail(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  private choose(person: Person): void {
    this.chosen.set(person);
    this.form.patchValue({
      personId: person.id,
      personSearch: personName(person),
      email: this.form.controls.email.value || person.email || '',
    });
  }

  private fail(failure: FormFailure): void {
    this.failure.set(failure);
  }
}
