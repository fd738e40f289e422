import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { scopeIncludes } from '../../platform/access/permissions';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { definedOnly, deleteVersioned, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { Company } from './company.entity';
import { Department } from './department.entity';
import { buildTree, wouldCreateCycle } from './department-tree.rules';
import { CreateDepartmentDto, DepartmentDto, DepartmentTreeDto, UpdateDepartmentDto } from './dto/department.dto';
import { auditSnapshot, toDepartmentDto } from './mappers';
import { organizationProblems, translateUniqueViolation } from './organization.errors';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The company must exist and be in the caller's scope for the action. */
  private async company(
    manager: EntityManager,
    auth: AuthContext,
    companyId: string,
    action: 'read' | 'create' | 'update' | 'delete',
  ) {
    if (!scopeIncludes(this.access.scope(auth, 'department', action), companyId)) throw problems.notFound();
    const company = await manager.findOneBy(Company, { id: companyId });
    if (!company) throw problems.notFound();
  }

  private async load(manager: EntityManager, companyId: string, id: string, lock = false): Promise<Department> {
    const department = await manager.findOne(Department, {
      where: { id, companyId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!department) throw problems.notFound();
    return department;
  }

  async tree(auth: AuthContext, companyId: string): Promise<DepartmentTreeDto> {
    await this.company(this.dataSource.manager, auth, companyId, 'read');
    const rows = await this.dataSource.manager.find(Department, { where: { companyId } });
    return { items: buildTree(rows.map(toDepartmentDto)), total: rows.length };
  }

  async get(auth: AuthContext, companyId: string, id: string): Promise<DepartmentDto> {
    await this.company(this.dataSource.manager, auth, companyId, 'read');
    return toDepartmentDto(await this.load(this.dataSource.manager, companyId, id));
  }

  private async checkParent(
    manager: EntityManager,
    companyId: string,
    id: string | null,
    parentId: string | null | undefined,
  ) {
    if (!parentId) return;
    const rows: { id: string; parent_id: string | null }[] = await manager.query(
      'SELECT id, parent_id FROM departments WHERE company_id = $1',
      [companyId],
    );
    const parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
    if (!parentOf.has(parentId)) throw organizationProblems.departmentParentInvalid();
    if (id && wouldCreateCycle(id, parentId, parentOf)) throw organizationProblems.departmentParentInvalid();
  }

  async create(auth: AuthContext, companyId: string, dto: CreateDepartmentDto): Promise<DepartmentDto> {
    const now = this.clock.now();
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.company(manager, auth, companyId, 'create');
        await this.checkParent(manager, companyId, null, dto.parentId);
        await manager.insert(Department, {
          id,
          companyId,
          parentId: dto.parentId ?? null,
          name: dto.name,
          code: dto.code,
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
        const created = toDepartmentDto(await this.load(manager, companyId, id));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId,
          action: 'department.created',
          entityType: 'department',
          entityId: id,
          changes: diffSnapshots(null, auditSnapshot(created)),
        });
        return created;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async update(
    auth: AuthContext,
    companyId: string,
    id: string,
    dto: UpdateDepartmentDto,
    version: number,
  ): Promise<DepartmentDto> {
    const { version: _ignored, ...patch } = dto;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.company(manager, auth, companyId, 'update');
        const before = await this.load(manager, companyId, id);
        if (before.version !== version) throw problems.staleVersion();
        await this.checkParent(manager, companyId, id, patch.parentId);
        await updateVersioned(manager, Department, id, version, definedOnly(patch), actorOf(auth), this.clock.now());
        const after = toDepartmentDto(await this.load(manager, companyId, id));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId,
          action: 'department.updated',
          entityType: 'department',
          entityId: id,
          changes: diffSnapshots(auditSnapshot(toDepartmentDto(before)), auditSnapshot(after)),
        });
        return after;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async remove(auth: AuthContext, companyId: string, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.company(manager, auth, companyId, 'delete');
      const before = await this.load(manager, companyId, id, true);
      if (before.version !== version) throw problems.staleVersion();
      const [{ used }] = await manager.query(
        'SELECT (EXISTS (SELECT 1 FROM departments WHERE parent_id = $1) OR EXISTS (SELECT 1 FROM people WHERE department_id = $1)) AS used',
        [id],
      );
      if (used) throw organizationProblems.departmentNotEmpty();
      await deleteVersioned(manager, Department, id, version);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId,
        action: 'department.deleted',
        entityType: 'department',
        entityId: id,
        changes: diffSnapshots(auditSnapshot(toDepartmentDto(before)), null),
      });
    });
  }
}
