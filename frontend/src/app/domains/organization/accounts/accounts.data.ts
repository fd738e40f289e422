import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../../core/api';

export type Account = components['schemas']['AccountDto'];
export type AccountWithPassword = components['schemas']['AccountWithPasswordDto'];
export type AccountPage = components['schemas']['AccountPageDto'];
export type CreateAccount = components['schemas']['CreateAccountDto'];
export type UpdateAccount = components['schemas']['UpdateAccountDto'];
export type AccountListQuery = NonNullable<paths['/api/v1/accounts']['get']['parameters']['query']>;
export type MembershipRecord = components['schemas']['MembershipDto'];
export type CreateMembership = components['schemas']['CreateMembershipDto'];
export type MembershipListQuery = NonNullable<paths['/api/v1/memberships']['get']['parameters']['query']>;

/** Where an account stands, for a status chip. */
export type AccountStatus = 'active' | 'disabled' | 'locked' | 'mustChange';

/** The dictionary key of each status's name. */
export const ACCOUNT_STATUS_KEYS = {
  active: 'accounts.status.active',
  disabled: 'accounts.status.disabled',
  locked: 'accounts.status.locked',
  mustChange: 'accounts.status.mustChange',
} as const satisfies Record<AccountStatus, string>;

export function accountStatus(account: Account): AccountStatus {
  if (account.disabled) return 'disabled';
  if (account.locked) return 'locked';
  if (account.mustChangePassword) return 'mustChange';
  return 'active';
}

/** Sign-in accounts (`/api/v1/accounts`) and the roles they hold (`/api/v1/memberships`). */
@Injectable({ providedIn: 'root' })
export class AccountsData {
  private readonly api = inject(ApiClient);

  list(query: AccountListQuery): Observable<AccountPage> {
    return this.api.get('/api/v1/accounts', { query, silent: true });
  }

  get(id: string): Observable<Account> {
    return this.api.get('/api/v1/accounts/{id}', { path: { id }, silent: true });
  }

  create(body: CreateAccount): Observable<AccountWithPassword> {
    return this.api.post('/api/v1/accounts', { body, silent: true });
  }

  update(id: string, version: number, body: UpdateAccount): Observable<Account> {
    return this.api.patch('/api/v1/accounts/{id}', { path: { id }, body, ifMatch: version });
  }

  resetPassword(id: string, version: number): Observable<AccountWithPassword> {
    return this.api.post('/api/v1/accounts/{id}/reset-password', { path: { id }, body: {}, ifMatch: version });
  }

  memberships(query: MembershipListQuery): Observable<components['schemas']['MembershipPageDto']> {
    return this.api.get('/api/v1/memberships', { query, silent: true });
  }

  addMembership(body: CreateMembership): Observable<MembershipRecord> {
    return this.api.post('/api/v1/memberships', { body, silent: true });
  }

  removeMembership(id: string, version: number): Observable<void> {
    return this.api.delete('/api/v1/memberships/{id}', { path: { id }, ifMatch: version });
  }
}
