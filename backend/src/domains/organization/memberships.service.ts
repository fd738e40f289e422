import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { scopeIncludes } from '../../platform/access/permissions';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { deleteVersioned, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, Page } from '../../platform/pagination/pagination';
import { Account } from './account.entity';
import { CreateMembershipDto, MembershipDto, MembershipQueryDto, UpdateMembershipDto } from './dto/membership.dto';
import { auditSnapshot, toMembershipDto } from './mappers';
import { Membership } from './membership.entity';
import { organizationProblems, translateUniqueViolation } from './organization.errors';

@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Group memberships (null company) are visible only with a group-wide scope. */
  async list(auth: AuthContext, query: MembershipQueryDto): Promise<Page<MembershipDto>> {
    const scope = this.access.scope(auth, 'membership', 'read');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource.getRepository(Membership).createQueryBuilder('m');
    if (!scope.all)
      qb.andWhere(scope.companyIds.length ? 'm.company_id IN (:...ids)' : 'false', { ids: scope.companyIds });
    if (query.accountId) qb.andWhere('m.account_id = :accountId', { accountId: query.accountId });
    if (query.companyId) qb.andWhere('m.company_id = :companyId', { companyId: query.companyId });
    if (query.role) qb.andWhere('m.role = :role', { role: query.role });
    const total = await qb.getCount();
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      qb.andWhere('(m.created_at, m.id) > (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    } else if (query.offset) qb.skip(query.offset);
    const rows = await qb
      .orderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toMembershipDto),
      total,
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  private async loadScoped(auth: AuthContext, id: string, action: 'read' | 'update' | 'delete'): Promise<Membership> {
    const membership = await this.dataSource.manager.findOneBy(Membership, { id });
    if (!membership || !scopeIncludes(this.access.scope(auth, 'membership', action), membership.companyId))
      throw problems.notFound();
    return membership;
  }

  async get(auth: AuthContext, id: string): Promise<MembershipDto> {
    return toMembershipDto(await this.loadScoped(auth, id, 'read'));
  }

  async create(auth: AuthContext, dto: CreateMembershipDto): Promise<MembershipDto> {
    await this.access.assert(auth, 'membership', 'create', dto.companyId);
    const account = await this.dataSource.manager.findOneBy(Account, { id: dto.accountId });
    // The account must be visible to the caller, or its id could be probed.
    if (!account || !scopeIncludes(this.access.scope(auth, 'account', 'read'), account.companyId))
      throw problems.notFound();
    const now = this.clock.now();
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const exists = await manager.query(
          'SELECT 1 FROM memberships WHERE account_id = $1 AND company_id IS NOT DISTINCT FROM $2 AND role = $3',
          [dto.accountId, dto.companyId, dto.role],
        );
        if (exists.length) throw organizationProblems.membershipExists();
        await manager.insert(Membership, {
          id,
          accountId: dto.accountId,
          companyId: dto.companyId,
          role: dto.role,
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
        const created = toMembershipDto(await manager.findOneByOrFail(Membership, { id }));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: dto.companyId,
          action: 'membership.created',
          entityType: 'membership',
          entityId: id,
          changes: diffSnapshots(null, auditSnapshot(created)),
        });
        return created;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async update(auth: AuthContext, id: string, dto: UpdateMembershipDto, version: number): Promise<MembershipDto> {
    const existing = await this.loadScoped(auth, id, 'update');
    if (existing.accountId === auth.accountId) throw organizationProblems.accountSelfChange();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await manager.findOneByOrFail(Membership, { id });
        if (before.version !== version) throw problems.staleVersion();
        await updateVersioned(manager, Membership, id, version, { role: dto.role }, actorOf(auth), this.clock.now());
        const after = toMembershipDto(await manager.findOneByOrFail(Membership, { id }));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: before.companyId,
          action: 'membership.updated',
          entityType: 'membership',
          entityId: id,
          changes: diffSnapshots(auditSnapshot(toMembershipDto(before)), auditSnapshot(after)),
        });
        return after;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    const existing = await this.loadScoped(auth, id, 'delete');
    if (existing.accountId === auth.accountId) throw organizationProblems.accountSelfChange();
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Membership, { id });
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      await deleteVersioned(manager, Membership, id, version);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'membership.deleted',
        entityType: 'membership',
        entityId: id,
        changes: diffSnapshots(auditSnapshot(toMembershipDto(before)), null),
      });
    });
  }
}
