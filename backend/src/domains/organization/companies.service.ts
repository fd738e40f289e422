import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { definedOnly, deleteVersioned, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, likeEscape, Page } from '../../platform/pagination/pagination';
import { Company } from './company.entity';
import { CompanyDto, CompanyQueryDto, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';
import { auditSnapshot, toCompanyDto } from './mappers';
import { Membership } from './membership.entity';
import { organizationProblems, translateUniqueViolation } from './organization.errors';
import { findScoped } from './scoped';

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, query: CompanyQueryDto): Promise<Page<CompanyDto>> {
    const scope = this.access.scope(auth, 'company', 'read');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource.getRepository(Company).createQueryBuilder('c');
    if (!scope.all) qb.andWhere(scope.companyIds.length ? 'c.id IN (:...ids)' : 'false', { ids: scope.companyIds });
    if (query.q) {
      qb.andWhere('(c.name_ja ILIKE :q OR c.name_en ILIKE :q OR c.corporate_number LIKE :q)', {
        q: `%${likeEscape(query.q.normalize('NFKC'))}%`,
      });
    }
    const total = await qb.getCount();
    if (query.cursor) {
      const [name, id] = decodeCursor(query.cursor, 2);
      qb.andWhere('(c.name_ja, c.id) > (:name, :id)', { name, id });
    } else if (query.offset) qb.skip(query.offset);
    const rows = await qb
      .orderBy('c.nameJa', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toCompanyDto),
      total,
      nextCursor: rows.length > limit && last ? encodeCursor([last.nameJa, last.id]) : null,
    };
  }

  async get(auth: AuthContext, id: string): Promise<CompanyDto> {
    const company = await findScoped(
      this.dataSource.manager,
      Company,
      id,
      this.access.scope(auth, 'company', 'read'),
      'id',
    );
    if (!company) throw problems.notFound();
    return toCompanyDto(company);
  }

  async create(auth: AuthContext, dto: CreateCompanyDto): Promise<CompanyDto> {
    const now = this.clock.now();
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.insert(Company, {
          ...definedOnly(dto),
          id,
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
        const created = toCompanyDto(await manager.findOneByOrFail(Company, { id }));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: id,
          action: 'company.created',
          entityType: 'company',
          entityId: id,
          changes: diffSnapshots(null, auditSnapshot(created)),
        });
        return created;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async update(auth: AuthContext, id: string, dto: UpdateCompanyDto, version: number): Promise<CompanyDto> {
    const { version: _ignored, ...patch } = dto;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await findScoped(manager, Company, id, this.access.scope(auth, 'company', 'update'), 'id');
        if (!before) throw problems.notFound();
        if (before.version !== version) throw problems.staleVersion();
        await updateVersioned(manager, Company, id, version, definedOnly(patch), actorOf(auth), this.clock.now());
        const after = toCompanyDto(await manager.findOneByOrFail(Company, { id }));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: id,
          action: 'company.updated',
          entityType: 'company',
          entityId: id,
          changes: diffSnapshots(auditSnapshot(toCompanyDto(before)), auditSnapshot(after)),
        });
        return after;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /** Only an empty company can go; its memberships go with it. */
  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await findScoped(manager, Company, id, this.access.scope(auth, 'company', 'delete'), 'id', true);
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      const [{ used }] = await manager.query(
        `SELECT (EXISTS (SELECT 1 FROM departments WHERE company_id = $1)
              OR EXISTS (SELECT 1 FROM people WHERE company_id = $1)
              OR EXISTS (SELECT 1 FROM accounts WHERE company_id = $1)) AS used`,
        [id],
      );
      if (used) throw organizationProblems.companyNotEmpty();
      const memberships = await manager.findBy(Membership, { companyId: id });
      for (const m of memberships) {
        await manager.delete(Membership, { id: m.id });
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: id,
          action: 'membership.deleted',
          entityType: 'membership',
          entityId: m.id,
          changes: diffSnapshots({ accountId: m.accountId, companyId: m.companyId, role: m.role }, null),
        });
      }
      await deleteVersioned(manager, Company, id, version);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: id,
        action: 'company.deleted',
        entityType: 'company',
        entityId: id,
        changes: diffSnapshots(auditSnapshot(toCompanyDto(before)), null),
      });
    });
  }
}
