import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { PasswordHasher } from '../../platform/auth/password-hasher';
import { checkPassword } from '../../platform/auth/password-policy';
import { SessionService } from '../../platform/auth/sessions.service';
import { definedOnly, deleteVersioned, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, likeEscape, Page } from '../../platform/pagination/pagination';
import { Account } from './account.entity';
import {
  AccountDto,
  AccountQueryDto,
  AccountWithPasswordDto,
  CreateAccountDto,
  ResetPasswordDto,
  UpdateAccountDto,
} from './dto/account.dto';
import { auditSnapshot, toAccountDto } from './mappers';
import { Membership } from './membership.entity';
import { organizationProblems, translateUniqueViolation } from './organization.errors';
import { Person } from './person.entity';
import { findScoped } from './scoped';

/** A temporary password: 20 characters from an alphabet without look-alikes (about 110 bits). */
export function generateTemporaryPassword(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, query: AccountQueryDto): Promise<Page<AccountDto>> {
    const scope = this.access.scope(auth, 'account', 'read');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource.getRepository(Account).createQueryBuilder('a');
    if (!scope.all)
      qb.andWhere(scope.companyIds.length ? 'a.company_id IN (:...ids)' : 'false', { ids: scope.companyIds });
    if (query.companyId) qb.andWhere('a.company_id = :companyId', { companyId: query.companyId });
    if (query.disabled !== undefined) qb.andWhere('a.disabled = :disabled', { disabled: query.disabled });
    if (query.q) qb.andWhere('a.email LIKE :q', { q: `%${likeEscape(query.q.toLowerCase())}%` });
    const total = await qb.getCount();
    if (query.cursor) {
      const [email, id] = decodeCursor(query.cursor, 2);
      qb.andWhere('(a.email, a.id) > (:email, :id)', { email, id });
    } else if (query.offset) qb.skip(query.offset);
    const rows = await qb
      .orderBy('a.email', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(limit + 1)
      .getMany();
    const now = this.clock.now();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((a) => toAccountDto(a, now)),
      total,
      nextCursor: rows.length > limit && last ? encodeCursor([last.email, last.id]) : null,
    };
  }

  async get(auth: AuthContext, id: string): Promise<AccountDto> {
    const account = await findScoped(this.dataSource.manager, Account, id, this.access.scope(auth, 'account', 'read'));
    if (!account) throw problems.notFound();
    return toAccountDto(account, this.clock.now());
  }

  private async passwordFor(
    given: string | undefined,
    email: string,
    field = 'password',
  ): Promise<{ hash: string; generated?: string }> {
    if (given !== undefined) {
      const errors = checkPassword(given, { email }, field);
      if (errors.length) throw problems.validation(errors);
      return { hash: await this.hasher.hash(given) };
    }
    const generated = generateTemporaryPassword();
    return { hash: await this.hasher.hash(generated), generated };
  }

  /** A new account must change its password at first sign-in. */
  async create(auth: AuthContext, dto: CreateAccountDto): Promise<AccountWithPasswordDto> {
    const person = await this.dataSource.manager.findOneBy(Person, { id: dto.personId });
    if (!person) throw problems.notFound();
    await this.access.assert(auth, 'account', 'create', person.companyId, { entityId: person.id });
    const email = dto.email.toLowerCase();
    const password = await this.passwordFor(dto.password, email);
    const now = this.clock.now();
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(Account, { email })) throw organizationProblems.accountEmailTaken();
        if (await manager.existsBy(Account, { personId: person.id })) throw organizationProblems.accountPersonTaken();
        await manager.insert(Account, {
          id,
          companyId: person.companyId,
          personId: person.id,
          email,
          passwordHash: password.hash,
          disabled: false,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
          lastSignInAt: null,
          passwordChangedAt: now,
          language: dto.language ?? 'ja',
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
        const created = toAccountDto(await manager.findOneByOrFail(Account, { id }), now);
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: person.companyId,
          action: 'account.created',
          entityType: 'account',
          entityId: id,
          changes: diffSnapshots(null, auditSnapshot(created)),
          details: { passwordGenerated: password.generated !== undefined },
        });
        return password.generated ? { ...created, temporaryPassword: password.generated } : created;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /** Disabling ends every session of the account. */
  async update(auth: AuthContext, id: string, dto: UpdateAccountDto, version: number): Promise<AccountDto> {
    const patch = definedOnly({ email: dto.email?.toLowerCase(), language: dto.language, disabled: dto.disabled });
    if (id === auth.accountId && patch.disabled === true) throw organizationProblems.accountSelfChange();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await findScoped(manager, Account, id, this.access.scope(auth, 'account', 'update'));
        if (!before) throw problems.notFound();
        if (before.version !== version) throw problems.staleVersion();
        if (patch.email && patch.email !== before.email && (await manager.existsBy(Account, { email: patch.email }))) {
          throw organizationProblems.accountEmailTaken();
        }
        const now = this.clock.now();
        await updateVersioned(manager, Account, id, version, patch, actorOf(auth), now);
        const ended = !before.disabled && patch.disabled ? await this.sessions.endAll(manager, id) : 0;
        const after = toAccountDto(await manager.findOneByOrFail(Account, { id }), now);
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: before.companyId,
          action: 'account.updated',
          entityType: 'account',
          entityId: id,
          changes: diffSnapshots(auditSnapshot(toAccountDto(before, now)), auditSnapshot(after)),
          details: ended ? { sessionsEnded: ended } : null,
        });
        return after;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /** Administrator reset: a temporary password, change forced at next sign-in, lock-out cleared, sessions ended. */
  async resetPassword(
    auth: AuthContext,
    id: string,
    dto: ResetPasswordDto,
    version: number,
  ): Promise<AccountWithPasswordDto> {
    const existing = await findScoped(
      this.dataSource.manager,
      Account,
      id,
      this.access.scope(auth, 'account', 'update'),
    );
    if (!existing) throw problems.notFound();
    const password = await this.passwordFor(dto.password, existing.email);
    return this.dataSource.transaction(async (manager) => {
      const before = await findScoped(manager, Account, id, this.access.scope(auth, 'account', 'update'));
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      const now = this.clock.now();
      await updateVersioned(
        manager,
        Account,
        id,
        version,
        {
          passwordHash: password.hash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: now,
        },
        actorOf(auth),
        now,
      );
      const ended = await this.sessions.endAll(manager, id);
      const after = toAccountDto(await manager.findOneByOrFail(Account, { id }), now);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'account.password_reset',
        entityType: 'account',
        entityId: id,
        changes: diffSnapshots(auditSnapshot(toAccountDto(before, now)), auditSnapshot(after)),
        details: { sessionsEnded: ended, passwordGenerated: password.generated !== undefined },
      });
      return password.generated ? { ...after, temporaryPassword: password.generated } : after;
    });
  }

  /** Deletes the account with its memberships and sessions. */
  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    if (id === auth.accountId) throw organizationProblems.accountSelfChange();
    await this.dataSource.transaction(async (manager) => {
      const before = await findScoped(
        manager,
        Account,
        id,
        this.access.scope(auth, 'account', 'delete'),
        'companyId',
        true,
      );
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      const now = this.clock.now();
      for (const m of await manager.findBy(Membership, { accountId: id })) {
        await manager.delete(Membership, { id: m.id });
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: m.companyId,
          action: 'membership.deleted',
          entityType: 'membership',
          entityId: m.id,
          changes: diffSnapshots({ accountId: m.accountId, companyId: m.companyId, role: m.role }, null),
          details: { reason: 'account_deleted' },
        });
      }
      await this.sessions.endAll(manager, id);
      await deleteVersioned(manager, Account, id, version);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'account.deleted',
        entityType: 'account',
        entityId: id,
        changes: diffSnapshots(auditSnapshot(toAccountDto(before, now)), null),
      });
    });
  }
}
