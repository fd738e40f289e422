import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { FieldErrorPipe } from '../../../shared/ui/field-error';
import { FormSummary, INVALID_FORM, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../../shared/ui/unsaved-changes';
import { AccountsData } from '../accounts/accounts.data';
import { DepartmentsData, flattenTree } from '../departments/departments.data';
import {
  EMPLOYMENT_TYPES,
  PeopleData,
  employmentTypeKey,
  personName,
  type EmploymentType,
  type Person,
} from './people.data';

/** Katakana or hiragana, long vowel mark, middle dot and spaces (as the server accepts). */
export const KANA_PATTERN = /^[\p{Script=Katakana}\p{Script=Hiragana}ー・ｰﾞﾟ゛゜\s\u3000]+$/u;
export const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** One person of the roster: register, change, mark as left, or delete an entry made by mistake. */
@Component({
  selector: 'app-person-form-page',
  imports: [
    FieldErrorPipe,
    FormSummary,
    LoadError,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './person-form-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonFormPage implements HasUnsavedChanges {
  private readonly data = inject(PeopleData);
  private readonly departmentsData = inject(DepartmentsData);
  private readonly accountsData = inject(AccountsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  /** The person's id from the route; absent on `people/new`. */
  readonly id = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    employeeNumber: ['', [Validators.required, Validators.maxLength(50), Validators.pattern(CODE_PATTERN)]],
    familyName: ['', [Validators.required, Validators.maxLength(100)]],
    givenName: ['', [Validators.required, Validators.maxLength(100)]],
    familyNameKana: ['', [Validators.required, Validators.maxLength(100), Validators.pattern(KANA_PATTERN)]],
    givenNameKana: ['', [Validators.required, Validators.maxLength(100), Validators.pattern(KANA_PATTERN)]],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    departmentId: [''],
    employmentType: ['regular' as EmploymentType, [Validators.required]],
    hireDate: [null as string | null],
    leaveDate: [null as string | null],
    active: [true],
  });

  protected readonly person = rxResource({
    params: () => this.id(),
    stream: ({ params }) => (params ? this.data.get(params) : of(null)),
  });
  /** The person as last loaded or saved (their version is the one the next save is based on). */
  protected readonly current = signal<Person | null>(null);
  protected readonly isNew = computed(() => !this.id());
  protected readonly companyId = computed(() => this.current()?.companyId ?? this.context.companyId());
  protected readonly companyName = computed(() => {
    const company = this.context.companies().find((c) => c.id === this.companyId());
    return company ? (this.i18n.lang() === 'en' ? company.nameEn : company.nameJa) : '';
  });
  protected readonly canEdit = computed(() =>
    this.auth.can({ resource: 'person', action: this.isNew() ? 'create' : 'update' }, this.companyId() ?? undefined),
  );
  protected readonly canDelete = computed(
    () => !this.isNew() && this.auth.can({ resource: 'person', action: 'delete' }, this.companyId() ?? undefined),
  );
  protected readonly canCreateAccount = computed(() =>
    this.auth.can({ resource: 'account', action: 'create' }, this.companyId() ?? undefined),
  );
  protected readonly departments = rxResource({
    params: () => this.companyId(),
    stream: ({ params }) => (params ? this.departmentsData.tree(params) : of({ items: [], total: 0 })),
  });
  protected readonly departmentOptions = computed(() =>
    this.departments.hasValue() ? flattenTree(this.departments.value().items) : [],
  );
  /** The person's sign-in account, found by their e-mail address (accounts are listed by e-mail). */
  protected readonly account = rxResource({
    params: () => {
      const person = this.current();
      const canRead = this.auth.can({ resource: 'account', action: 'read' }, person?.companyId);
      return person?.email && canRead ? { person } : undefined;
    },
    stream: ({ params }) =>
      this.accountsData.list({ companyId: params.person.companyId, q: params.person.email ?? undefined, limit: 20 }),
  });
  protected readonly accountOfPerson = computed(() => {
    const person = this.current();
    return this.account.hasValue() && person
      ? (this.account.value()?.items.find((a) => a.personId === person.id) ?? null)
      : null;
  });

  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly typeKey = employmentTypeKey;
  protected readonly codeErrors = { pattern: 'people.form.codePattern' } as const;
  protected readonly kanaErrors = { pattern: 'people.form.kanaPattern' } as const;
  protected readonly saving = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly title = computed(() => {
    const person = this.current();
    return person ? personName(person) : '';
  });

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
    // The loaded (or reloaded) record replaces the form.
    effect(() => {
      const person = this.person.hasValue() ? this.person.value() : null;
      untracked(() => {
        if (person && person !== this.current()) {
          this.current.set(person);
          this.fill(person);
        }
      });
    });
    // A new person: the form is open only to those who may register people in the company.
    effect(() => {
      const open = this.canEdit();
      untracked(() => {
        if (!this.isNew()) return;
        if (open) this.form.enable();
        else this.form.disable();
      });
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.fail(INVALID_FORM);
      return;
    }
    const companyId = this.companyId();
    if (!companyId) return;
    const value = this.form.getRawValue();
    const body = {
      employeeNumber: value.employeeNumber.trim(),
      familyName: value.familyName.trim(),
      givenName: value.givenName.trim(),
      familyNameKana: value.familyNameKana.trim(),
      givenNameKana: value.givenNameKana.trim(),
      email: orNull(value.email),
      departmentId: value.departmentId || null,
      employmentType: value.employmentType,
      hireDate: value.hireDate || null,
      leaveDate: value.leaveDate || null,
      active: value.active,
    };
    this.saving.set(true);
    this.failure.set(null);
    try {
      const current = this.current();
      if (current) {
        const saved = await firstValueFrom(this.data.update(current.id, current.version, body));
        this.current.set(saved);
        this.fill(saved);
        this.notify('people.form.saved');
      } else {
        const created = await firstValueFrom(this.data.create({ ...body, companyId }));
        this.form.markAsPristine();
        this.notify('people.form.created');
        await this.router.navigate(['/admin/people', created.id], { replaceUrl: true });
      }
    } catch (error) {
      this.fail(formFailure(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }

  /** After a 409 STALE_VERSION: the other person's version replaces the form. */
  protected reload(): void {
    this.failure.set(null);
    this.form.markAsPristine();
    this.person.reload();
  }

  protected async remove(): Promise<void> {
    const current = this.current();
    if (!current) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'people.form.deleteTitle',
      body: 'people.form.deleteBody',
      confirm: 'common.delete',
      params: { name: personName(current) },
      danger: true,
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.data.remove(current.id, current.version));
      this.form.markAsPristine();
      this.notify('people.form.deleted');
      await this.router.navigate(['/admin/people']);
    } catch {
      // The snackbar has told the person why (e.g. the person still has an account).
    }
  }

  private fill(person: Person): void {
    this.form.reset({
      employeeNumber: person.employeeNumber,
      familyName: person.familyName,
      givenName: person.givenName,
      familyNameKana: person.familyNameKana,
      givenNameKana: person.givenNameKana,
      email: person.email ?? '',
      departmentId: person.departmentId ?? '',
      employmentType: person.employmentType,
      hireDate: person.hireDate ?? null,
      leaveDate: person.leaveDate ?? null,
      active: person.active,
    });
    if (this.canEdit()) this.form.enable();
    else this.form.disable();
  }

  private fail(failure: FormFailure): void {
    this.failure.set(failure);
  }

  private notify(key: 'people.form.saved' | 'people.form.created' | 'people.form.deleted'): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('errors.dismiss'), { duration: 5000 });
  }
}
