import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { problems } from '../errors/problem';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { actorOf, AuthContext } from './auth-context';
import { authProblems } from './auth.errors';
import { Clock } from './clock';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { checkPassword } from './password-policy';
import { IDLE_TIMEOUT_MS, SessionService } from './sessions.service';
import { unlinkableDigest } from './tokens';

export const MAX_FAILED_ATTEMPTS = 10;
export const LOCK_MS = 15 * 60 * 1000;

interface LoginAccountRow {
  id: string;
  company_id: string;
  password_hash: string;
  disabled: boolean;
  failed_attempts: number;
  locked_until: Date | null;
}

/**
 * Sign-in, sign-out and password changes. Every sign-in attempt costs one argon2 verify, whether the
 * account exists, is locked, is disabled or not, and every refusal is the same 401.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async login(
    emailInput: string,
    password: string,
    ip: string,
    requestId: string,
  ): Promise<{ token: string; sessionId: string; accountId: string }> {
    const now = this.clock.now();
    const retryAfter = this.throttle.retryAfterMs(ip, now.getTime());
    if (retryAfter > 0) throw authProblems.tooManyAttempts(Math.ceil(retryAfter / 1000));

    const email = emailInput.trim().toLowerCase();
    const rows: LoginAccountRow[] = await this.dataSource.query(
      'SELECT id, company_id, password_hash, disabled, failed_attempts, locked_until FROM accounts WHERE email = $1',
      [email],
    );
    const account = rows[0];
    const actor = { accountId: null, requestId };

    if (!account) {
      await this.hasher.verifyDummy(password);
      this.throttle.recordFailure(ip, now.getTime());
      await this.audit.record({
        actor,
        companyId: null,
        action: 'auth.login_failed',
        entityType: 'account',
        details: { reason: 'unknown_email', emailHash: unlinkableDigest(email) },
      });
      throw authProblems.invalidCredentials();
    }

    const passwordOk = await this.hasher.verify(account.password_hash, password);
    const locked = account.locked_until !== null && account.locked_until.getTime() > now.getTime();
    if (!passwordOk || locked || account.disabled) {
      this.throttle.recordFailure(ip, now.getTime());
      const reason = account.disabled ? 'disabled' : locked ? 'locked' : 'wrong_password';
      await this.dataSource.transaction(async (manager) => {
        if (reason === 'wrong_password') {
          // Security counters are not user-edited data: they do not bump the row version.
          const [updated]: [{ failed_attempts: number }[], number] = await manager.query(
            'UPDATE accounts SET failed_attempts = failed_attempts + 1 WHERE id = $1 RETURNING failed_attempts',
            [account.id],
          );
          const failures = updated[0]?.failed_attempts ?? 0;
          await this.audit.append(manager, {
            actor,
            companyId: account.company_id,
            action: 'auth.login_failed',
            entityType: 'account',
            entityId: account.id,
            details: { reason, failedAttempts: failures },
          });
          if (failures >= MAX_FAILED_ATTEMPTS) {
            const lockedUntil = new Date(now.getTime() + LOCK_MS);
            await manager.query('UPDATE accounts SET failed_attempts = 0, locked_until = $2 WHERE id = $1', [
              account.id,
              lockedUntil,
            ]);
            await this.audit.append(manager, {
              actor,
              companyId: account.company_id,
              action: 'auth.locked_out',
              entityType: 'account',
              entityId: account.id,
              details: { lockedUntil, failedAttempts: failures },
            });
            await this.notifications.notify(manager, {
              type: 'account_locked',
              recipientAccountIds: await this.notifications.accountsWithRole(manager, 'admin', account.company_id),
              subject: `${account.id}:${lockedUntil.toISOString()}`,
              companyId: account.company_id,
              params: { until: lockedUntil.toISOString() },
              link: `/admin/accounts/${account.id}`,
            });
          }
        } else {
          await this.audit.append(manager, {
            actor,
            companyId: account.company_id,
            action: 'auth.login_failed',
            entityType: 'account',
            entityId: account.id,
            details: { reason },
          });
        }
      });
      throw authProblems.invalidCredentials();
    }

    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = $2 WHERE id = $1',
        [account.id, now],
      );
      await manager.query('DELETE FROM sessions WHERE account_id = $1 AND (expires_at <= $2 OR last_seen_at <= $3)', [
        account.id,
        now,
        new Date(now.getTime() - IDLE_TIMEOUT_MS),
      ]);
      const session = await this.sessions.open(manager, account.id);
      await this.audit.append(manager, {
        actor: { accountId: account.id, requestId },
        companyId: account.company_id,
        action: 'auth.login',
        entityType: 'account',
        entityId: account.id,
        details: { sessionId: session.id, method: 'password' },
      });
      return { token: session.token, sessionId: session.id, accountId: account.id };
    });
  }

  async logout(auth: AuthContext, everywhere: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const ended = everywhere
        ? await this.sessions.endAll(manager, auth.accountId)
        : (await this.sessions.end(manager, auth.sessionId), 1);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: auth.companyId,
        action: everywhere ? 'auth.logout_all' : 'auth.logout',
        entityType: 'account',
        entityId: auth.accountId,
        details: { sessionsEnded: ended },
      });
    });
  }

  /** Changes the caller's own password; the caller's other sessions end, this one stays. */
  async changePassword(auth: AuthContext, currentPassword: string, newPassword: string): Promise<void> {
    const [row]: { password_hash: string }[] = await this.dataSource.query(
      'SELECT password_hash FROM accounts WHERE id = $1',
      [auth.accountId],
    );
    if (!row || !(await this.hasher.verify(row.password_hash, currentPassword))) {
      throw problems.validation([
        {
          field: 'currentPassword',
          code: 'PASSWORD_INCORRECT',
          message: 'currentPassword is not the current password',
        },
      ]);
    }
    const errors = checkPassword(newPassword, { email: auth.email }, 'newPassword');
    if (!errors.length && (await this.hasher.verify(row.password_hash, newPassword))) {
      errors.push({
        field: 'newPassword',
        code: 'PASSWORD_UNCHANGED',
        message: 'newPassword must differ from the current password',
      });
    }
    if (errors.length) throw problems.validation(errors);
    const hash = await this.hasher.hash(newPassword);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE accounts SET password_hash = $2, must_change_password = false, password_changed_at = $3,
                updated_at = $3, updated_by = $1, version = version + 1 WHERE id = $1`,
        [auth.accountId, hash, now],
      );
      const ended = await this.sessions.endAll(manager, auth.accountId, auth.sessionId);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: auth.companyId,
        action: 'auth.password_changed',
        entityType: 'account',
        entityId: auth.accountId,
        changes: auth.mustChangePassword ? { mustChangePassword: { before: true, after: false } } : null,
        details: { otherSessionsEnded: ended },
      });
    });
  }
}
