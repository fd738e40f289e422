import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService, CompanyContext, ROLES, roleKey, type Role } from '../../../core/auth';
import { I18nService, TranslatePipe, langKey, type TranslationKey } from '../../../core/i18n';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { FormSummary, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { PeopleData, personName } from '../people/people.data';
import { ACCOUNT_STATUS_KEYS, AccountsData, accountStatus, type MembershipRecord } from './accounts.data';
import { TemporaryPassword } from './temporary-password';

/** The value of the scope select that stands for "the whole group" (a membership without a company). */
export const GROUP_SCOPE = 'group';

/** One account: who it is for, its state, and the roles it holds in which companies. */
@Component({
  selector: 'app-account-detail-page',
  imports: [
    FormSummary,
    LoadError,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatTableModule,
    ReactiveFormsModule,
    RouterLink,
    TemporaryPassword,
    TranslatePipe,
  ],
  templateUrl: './account-detail-page.html',
  styleUrl: './account-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountDetailPage {
  private readonly data = inject(AccountsData);
  private readonly people = inject(PeopleData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);

  readonly id = input.required<string>();

  protected readonly account = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.get(params),
  });
  protected readonly current = computed(() => (this.account.hasValue() ? this.account.value() : null));
  protected readonly person = rxResource({
    params: () => {
      const account = this.current();
      return account && this.auth.can({ resource: 'person', action: 'read' }, account.companyId)
        ? account.personId
        : undefined;
    },
    stream: ({ params }) => (params ? this.people.get(params) : of(null)),
  });
  protected readonly personLabel = computed(() => {
    const person = this.person.hasValue() ? this.person.value() : null;
    return person ? personName(person) : null;
  });
  protected readonly memberships = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.memberships({ accountId: params, limit: 200 }),
  });
  protected readonly membershipRows = computed(() => {
    const items = this.memberships.hasValue() ? this.memberships.value().items : [];
    return [...items].sort(
      (a, b) =>
        ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
        (a.companyId === null
          ? -1
          : b.companyId === null
            ? 1
            : this.companyName(a.companyId).localeCompare(this.companyName(b.companyId))),
    );
  });
  protected readonly status = computed(() => {
    const account = this.current();
    return account ? accountStatus(account) : null;
  });
  protected readonly canUpdate = computed(() => {
    const account = this.current();
    return !!account && this.auth.can({ resource: 'account', action: 'update' }, account.companyId);
  });
  protected readonly isSelf = computed(() => this.current()?.id === this.auth.me()?.account.id);
  /** Companies where the caller may give roles, plus the whole group for group-level administrators. */
  protected readonly scopes = computed(() => {
    const en = this.i18n.lang() === 'en';
    const list = this.context
      .companies()
      .filter((c) => this.auth.can({ resource: 'membership', action: 'create' }, c.id))
      .map((c) => ({ value: c.id, label: en ? c.nameEn : c.nameJa }));
    return this.auth.can({ resource: 'membership', action: 'create' }, null)
      ? [{ value: GROUP_SCOPE, label: this.i18n.t('userMenu.groupWide') }, ...list]
      : list;
  });
  protected readonly canAddMembership = computed(() => this.scopes().length > 0);
  protected readonly roles = ROLES;
  protected readonly roleKey = roleKey;
  protected readonly langKey = langKey;
  protected readonly statusKey = ACCOUNT_STATUS_KEYS;
  protected readonly columns = ['role', 'scope', 'actions'];
  protected readonly temporaryPassword = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly membershipFailure = signal<FormFailure | null>(null);

  protected readonly membershipForm = inject(NonNullableFormBuilder).group({
    role: ['' as Role | '', [Validators.required]],
    scope: ['', [Validators.required]],
  });

  protected companyName(companyId: string | null): string {
    if (companyId === null) return this.i18n.t('userMenu.groupWide');
    const company = this.context.companies().find((c) => c.id === companyId);
    if (!company) return companyId;
    return this.i18n.lang() === 'en' ? company.nameEn : company.nameJa;
  }

  protected canRemove(membership: MembershipRecord): boolean {
    return this.auth.can({ resource: 'membership', action: 'delete' }, membership.companyId);
  }

  protected dateTime(value: string | null): string {
    return value ? this.i18n.formatDateTime(value) : '';
  }

  protected async setDisabled(disabled: boolean): Promise<void> {
    const account = this.current();
    if (!account) return;
    if (disabled) {
      const confirmed = await confirmAction(this.dialog, {
        title: 'accounts.detail.disableTitle',
        body: 'accounts.detail.disableBody',
        confirm: 'accounts.detail.disable',
        params: { email: account.email },
        danger: true,
      });
      if (!confirmed) return;
    }
    await this.run(async () => {
      await firstValueFrom(this.data.update(account.id, account.version, { disabled }));
      this.notify(disabled ? 'accounts.detail.disabled' : 'accounts.detail.enabled');
      this.account.reload();
    });
  }

  protected async resetPassword(): Promise<void> {
    const account = this.current();
    if (!account) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'accounts.detail.resetTitle',
      body: 'accounts.detail.resetBody',
      confirm: 'accounts.detail.reset',
      params: { email: account.email },
    });
    if (!confirmed) return;
    await this.run(async () => {
      const result = await firstValueFrom(this.data.resetPassword(account.id, account.version));
      this.temporaryPassword.set(result.temporaryPassword ?? null);
      this.notify('accounts.detail.resetDone');
      this.account.reload();
    });
  }

  protected async addMembership(): Promise<void> {
    const account = this.current();
    if (!account) return;
    if (this.membershipForm.invalid) {
      this.membershipForm.markAllAsTouched();
      return;
    }
    const { role, scope } = this.membershipForm.getRawValue();
    if (!role) return;
    this.membershipFailure.set(null);
    await this.run(async () => {
      try {
        await firstValueFrom(
          this.data.addMembership({ accountId: account.id, role, companyId: scope === GROUP_SCOPE ? null : scope }),
        );
        this.membershipForm.reset({ role: '', scope: '' });
        this.notify('accounts.detail.membershipAdded');
        this.memberships.reload();
      } catch (error) {
        this.membershipFailure.set(formFailure(error, this.membershipForm));
      }
    });
  }

  protected async removeMembership(membership: MembershipRecord): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: 'accounts.detail.removeRoleTitle',
      body: 'accounts.detail.removeRoleBody',
      confirm: 'accounts.detail.removeRole',
      params: {
        role: this.i18n.t(roleKey(membership.role)),
        scope: this.companyName(membership.companyId),
      },
      danger: true,
    });
    if (!confirmed) return;
    await this.run(async () => {
      await firstValueFrom(this.data.removeMembership(membership.id, membership.version));
      this.notify('accounts.detail.membershipRemoved');
      this.memberships.reload();
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await action();
    } catch {
      // The snackbar has said what went wrong (e.g. your own account, or a stale version).
      this.account.reload();
    } finally {
      this.busy.set(false);
    }
  }

  private notify(key: TranslationKey): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('errors.dismiss'), { duration: 5000 });
  }
}
