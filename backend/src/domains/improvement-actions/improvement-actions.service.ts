import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { Action, scopeIncludes } from '../../platform/access/permissions';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { auditSnapshot } from '../organization/mappers';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { definedOnly, deleteVersioned, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { tokyoDate } from '../../platform/notifications/notification.rules';
import {
  decodeCursor,
  DEFAULT_LIMIT,
  encodeCursor,
  likeEscape,
  Page,
  SqlConditions,
} from '../../platform/pagination/pagination';
import {
  ActionStepDto,
  CreateImprovementActionDto,
  ImprovementActionDto,
  ImprovementActionQueryDto,
  UpdateImprovementActionDto,
} from './dto/improvement-action.dto';
import { ImprovementAction } from './improvement-action.entity';
import { improvementProblems } from './improvement-actions.errors';
import {
  ActionGrade,
  ActionKind,
  ActionStatus,
  allowedSteps,
  closingNeedsApproval,
  effectivenessProblem,
  implementationMissing,
  isOverdue,
  nextStatus,
  SourceType,
} from './improvement-actions.rules';

export const ACTION_DEADLINE_SOURCE = 'improvement.action';

/** What another domain passes to open an action from one of its records (audit finding, incident, decision). */
export interface ActionFromSource {
  companyId: string;
  sourceType: SourceType;
  sourceId: string | null;
  sourceLabel?: string | null;
  kind: ActionKind;
  grade: ActionGrade;
  title: string;
  description: string;
  ownerPersonId: string;
  dueOn: string;
  rootCause?: string | null;
  plan?: string | null;
}

const SELECT = `
  SELECT a.*, a.due_on::text AS due_on, a.implemented_on::text AS implemented_on,
         a.effectiveness_checked_on::text AS effectiveness_checked_on, a.closed_on::text AS closed_on,
         o.family_name || ' ' || o.given_name AS owner_name,
         v.family_name || ' ' || v.given_name AS verifier_name,
         ap.family_name || ' ' || ap.given_name AS approver_name
    FROM improvement_actions a
    JOIN people o ON o.id = a.owner_person_id
    LEFT JOIN people v ON v.id = a.verifier_person_id
    LEFT JOIN accounts acc ON acc.id = a.closing_approved_by_account_id
    LEFT JOIN people ap ON ap.id = acc.person_id`;

type Row = Record<string, unknown> & { id: string; company_id: string; status: ActionStatus; due_on: string };

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : d ? String(d) : null);

function toDto(r: Row, today: string): ImprovementActionDto {
  const status = r.status;
  return {
    id: r.id,
    companyId: r.company_id,
    title: r.title as string,
    description: r.description as string,
    kind: r.kind as ActionKind,
    grade: r.grade as ActionGrade,
    sourceType: r.source_type as string,
    sourceId: (r.source_id as string) ?? null,
    sourceLabel: (r.source_label as string) ?? null,
    rootCause: (r.root_cause as string) ?? null,
    plan: (r.plan as string) ?? null,
    owner: { id: r.owner_person_id as string, name: r.owner_name as string },
    dueOn: r.due_on,
    status,
    overdue: isOverdue({ status, dueOn: r.due_on }, today),
    allowedSteps: allowedSteps(status),
    needsClosingApproval: closingNeedsApproval(r.grade as ActionGrade),
    implementedOn: (r.implemented_on as string) ?? null,
    implementationNote: (r.implementation_note as string) ?? null,
    verifier: r.verifier_person_id ? { id: r.verifier_person_id as string, name: r.verifier_name as string } : null,
    effectivenessCheckedOn: (r.effectiveness_checked_on as string) ?? null,
    effectivenessResult: (r.effectiveness_result as 'effective' | 'not_effective') ?? null,
    effectivenessNote: (r.effectiveness_note as string) ?? null,
    closingApprovedByName: r.closing_approved_by_account_id ? ((r.approver_name as string) ?? '') : null,
    closingApprovedAt: iso(r.closing_approved_at),
    closedOn: (r.closed_on as string) ?? null,
    reopenCount: r.reopen_count as number,
    reopenReason: (r.reopen_reason as string) ?? null,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    version: r.version as number,
  };
}

/** The audit trail records what changed in the register, without the derived fields. */
function snapshot(dto: ImprovementActionDto): Record<string, unknown> {
  const { overdue: _o, allowedSteps: _s, needsClosingApproval: _n, owner, verifier, ...rest } = dto;
  return auditSnapshot({ ...rest, ownerPersonId: owner.id, verifierPersonId: verifier?.id ?? null });
}

/** The list filters, shared with the dashboard's counts so a figure and its list can never disagree. */
export function actionConditions(
  c: SqlConditions,
  query: Pick<
    ImprovementActionQueryDto,
    | 'companyId'
    | 'status'
    | 'open'
    | 'overdue'
    | 'grade'
    | 'kind'
    | 'sourceType'
    | 'sourceId'
    | 'ownerPersonId'
    | 'createdFrom'
    | 'closedFrom'
    | 'q'
  >,
  today: string,
  alias = 'a',
): SqlConditions {
  const col = (name: string) => `${alias}.${name}`;
  if (query.companyId) c.add(`${col('company_id')} = ${c.p(query.companyId)}`);
  if (query.status) c.add(`${col('status')} = ${c.p(query.status)}`);
  if (query.open === true) c.add(`${col('status')} <> 'closed'`);
  if (query.open === false) c.add(`${col('status')} = 'closed'`);
  if (query.overdue === true) c.add(`${col('status')} <> 'closed' AND ${col('due_on')} < ${c.p(today)}::date`);
  if (query.overdue === false) c.add(`NOT (${col('status')} <> 'closed' AND ${col('due_on')} < ${c.p(today)}::date)`);
  if (query.grade) c.add(`${col('grade')} = ${c.p(query.grade)}`);
  if (query.kind) c.add(`${col('kind')} = ${c.p(query.kind)}`);
  if (query.sourceType) c.add(`${col('source_type')} = ${c.p(query.sourceType)}`);
  if (query.sourceId) c.add(`${col('source_id')} = ${c.p(query.sourceId)}`);
  if (query.ownerPersonId) c.add(`${col('owner_person_id')} = ${c.p(query.ownerPersonId)}`);
  if (query.createdFrom)
    c.add(`(${col('created_at')} AT TIME ZONE 'Asia/Tokyo')::date >= ${c.p(query.createdFrom)}::date`);
  if (query.closedFrom) c.add(`${col('closed_on')} >= ${c.p(query.closedFrom)}::date`);
  for (const word of (query.q ?? '').normalize('NFKC').split(/\s+/).filter(Boolean).slice(0, 5)) {
    c.add(`(${col('title')} || ' ' || ${col('description')}) ILIKE ${c.p(`%${likeEscape(word)}%`)}`);
  }
  return c;
}

/**
 * The improvement action register (A.3.8 / 10.1) and the hub other domains feed through
 * `createFromSource`: audit findings, incident recurrence prevention, subcontractor audits, review decisions.
 */
@Injectable()
export class ImprovementActionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.deadlines.declareSource({ type: ACTION_DEADLINE_SOURCE, notifyOnAssign: true });
  }

  private today(): string {
    return tokyoDate(this.clock.now());
  }

  async list(auth: AuthContext, query: ImprovementActionQueryDto): Promise<Page<ImprovementActionDto>> {
    const scope = this.access.scope(auth, 'improvement_action', 'read');
    const today = this.today();
    const limit = query.limit ?? DEFAULT_LIMIT;
    const c = new SqlConditions();
    if (!scope.all) c.add(`a.company_id = ANY(${c.p(scope.companyIds)}::uuid[])`);
    actionConditions(c, query, today);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM improvement_actions a ${c.where()}`,
      c.params,
    );
    let offset = query.offset ?? 0;
    if (query.cursor) {
      const [dueOn, id] = decodeCursor(query.cursor, 2);
      c.add(`(a.due_on, a.id) > (${c.p(dueOn)}::date, ${c.p(id)}::uuid)`);
      offset = 0;
    }
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} ${c.where()} ORDER BY a.due_on, a.id LIMIT ${c.p(limit + 1)} OFFSET ${c.p(offset)}`,
      c.params,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((r) => toDto(r, today)),
      total,
      nextCursor: rows.length > limit && last ? encodeCursor([last.due_on, last.id]) : null,
    };
  }

  /** One row by id, unscoped: only after the caller's scope was checked on it. */
  private async row(manager: EntityManager, id: string): Promise<Row> {
    const rows: Row[] = await manager.query(`${SELECT} WHERE a.id = $1`, [id]);
    if (!rows[0]) throw problems.notFound();
    return rows[0];
  }

  private async load(
    manager: EntityManager,
    auth: AuthContext,
    id: string,
    action: Action,
    lock = false,
  ): Promise<Row> {
    const scope = this.access.scope(auth, 'improvement_action', action);
    if (lock) {
      await manager.query('SELECT 1 FROM improvement_actions WHERE id = $1 FOR UPDATE', [id]);
    }
    const rows: Row[] = await manager.query(`${SELECT} WHERE a.id = $1`, [id]);
    const row = rows[0];
    if (!row || (!scope.all && !scope.companyIds.includes(row.company_id))) throw problems.notFound();
    return row;
  }

  async get(auth: AuthContext, id: string): Promise<ImprovementActionDto> {
    return toDto(await this.load(this.dataSource.manager, auth, id, 'read'), this.today());
  }

  private async checkPerson(manager: EntityManager, companyId: string, personId: string, field: string): Promise<void> {
    const rows = await manager.query('SELECT 1 FROM people WHERE id = $1 AND company_id = $2 AND active', [
      personId,
      companyId,
    ]);
    if (!rows.length) throw improvementProblems.personNotInCompany(field);
  }

  private async ownerDeadline(manager: EntityManager, dto: ImprovementActionDto): Promise<void> {
    const accounts: { id: string }[] = await manager.query(
      'SELECT id FROM accounts WHERE person_id = $1 AND NOT disabled',
      [dto.owner.id],
    );
    await this.deadlines.remove(manager, ACTION_DEADLINE_SOURCE, dto.id);
    if (dto.status === 'closed') return;
    for (const account of accounts) {
      await this.deadlines.upsert(manager, {
        sourceType: ACTION_DEADLINE_SOURCE,
        sourceId: dto.id,
        companyId: dto.companyId,
        assigneeAccountId: account.id,
        titleJa: `改善処置: ${dto.title}`,
        titleEn: `Improvement action: ${dto.title}`,
        dueOn: dto.dueOn,
        link: `/improvement-actions/${dto.id}`,
      });
    }
  }

  async create(auth: AuthContext, dto: CreateImprovementActionDto): Promise<ImprovementActionDto> {
    if (!scopeIncludes(this.access.scope(auth, 'improvement_action', 'create'), dto.companyId))
      throw problems.notFound();
    return this.dataSource.transaction((manager) =>
      this.createFromSource(manager, auth, {
        companyId: dto.companyId,
        sourceType: dto.sourceType ?? 'manual',
        sourceId: dto.sourceId ?? null,
        sourceLabel: dto.sourceLabel ?? null,
        kind: dto.kind,
        grade: dto.grade,
        title: dto.title,
        description: dto.description,
        ownerPersonId: dto.ownerPersonId,
        dueOn: dto.dueOn,
        rootCause: dto.rootCause ?? null,
        plan: dto.plan ?? null,
      }),
    );
  }

  /**
   * Opens an action inside the caller's transaction: for other domains (audit findings, incident
   * recurrence prevention, subcontractor audits, review decisions). The caller has checked its own
   * permission on the source record; the owner must be an active person of the company. Audited.
   */
  async createFromSource(
    manager: EntityManager,
    auth: AuthContext,
    input: ActionFromSource,
  ): Promise<ImprovementActionDto> {
    const company = await manager.query('SELECT 1 FROM companies WHERE id = $1', [input.companyId]);
    if (!company.length) throw problems.notFound();
    await this.checkPerson(manager, input.companyId, input.ownerPersonId, 'ownerPersonId');
    const now = this.clock.now();
    const id = randomUUID();
    await manager.insert(ImprovementAction, {
      id,
      companyId: input.companyId,
      title: input.title,
      description: input.description,
      kind: input.kind,
      grade: input.grade,
      sourceType: input.sourceType,
      sourceId: input.sourceId,
      sourceLabel: input.sourceLabel ?? null,
      rootCause: input.rootCause ?? null,
      plan: input.plan ?? null,
      ownerPersonId: input.ownerPersonId,
      dueOn: input.dueOn,
      status: 'open',
      reopenCount: 0,
      createdAt: now,
      updatedAt: now,
      createdBy: auth.accountId,
      updatedBy: auth.accountId,
      version: 1,
    });
    const created = toDto(await this.row(manager, id), this.today());
    await this.audit.append(manager, {
      actor: actorOf(auth),
      companyId: input.companyId,
      action: 'improvement_action.created',
      entityType: 'improvement_action',
      entityId: id,
      changes: diffSnapshots(null, snapshot(created)),
    });
    await this.ownerDeadline(manager, created);
    return created;
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateImprovementActionDto,
    version: number,
  ): Promise<ImprovementActionDto> {
    const { version: _ignored, ...patch } = dto;
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      if (before.status === 'closed') throw improvementProblems.transitionRefused('closed', 'edit');
      if (patch.ownerPersonId) await this.checkPerson(manager, before.company_id, patch.ownerPersonId, 'ownerPersonId');
      if (patch.ownerPersonId && patch.ownerPersonId === before.verifier_person_id)
        throw improvementProblems.verifierIsOwner();
      await updateVersioned(
        manager,
        ImprovementAction,
        id,
        version,
        definedOnly(patch),
        actorOf(auth),
        this.clock.now(),
      );
      return this.afterWrite(manager, auth, before, 'improvement_action.updated');
    });
  }

  private async afterWrite(
    manager: EntityManager,
    auth: AuthContext,
    before: Row,
    action: string,
    details?: Record<string, unknown>,
  ): Promise<ImprovementActionDto> {
    const today = this.today();
    const after = toDto(await this.row(manager, before.id), today);
    await this.audit.append(manager, {
      actor: actorOf(auth),
      companyId: before.company_id,
      action,
      entityType: 'improvement_action',
      entityId: before.id,
      changes: diffSnapshots(snapshot(toDto(before, today)), snapshot(after)),
      details: details ?? null,
    });
    await this.ownerDeadline(manager, after);
    return after;
  }

  private isExecutive(auth: AuthContext, companyId: string): boolean {
    return auth.memberships.some((m) => m.role === 'executive' && (m.companyId === null || m.companyId === companyId));
  }

  /** One step of the life cycle (start, implement, verify, close, reopen), checked by the rules. */
  async step(auth: AuthContext, id: string, dto: ActionStepDto, version: number): Promise<ImprovementActionDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      const to = nextStatus(before.status, dto.step);
      if (!to) throw improvementProblems.transitionRefused(before.status, dto.step);
      const today = this.today();
      const patch: Record<string, unknown> = { status: to };
      const grade = before.grade as ActionGrade;
      switch (dto.step) {
        case 'implement': {
          const missing = implementationMissing({
            grade,
            rootCause: before.root_cause as string | null,
            plan: before.plan as string | null,
          });
          if (missing.length) throw improvementProblems.implementationIncomplete(missing);
          patch.implementedOn = dto.on ?? today;
          patch.implementationNote = dto.note ?? null;
          break;
        }
        case 'verify_effective':
        case 'verify_not_effective': {
          if (!dto.verifierPersonId) {
            throw problems.validation([
              { field: 'verifierPersonId', code: 'REQUIRED', message: 'verifierPersonId is required' },
            ]);
          }
          const checkedOn = dto.on ?? today;
          const problem = effectivenessProblem({
            ownerPersonId: before.owner_person_id as string,
            verifierPersonId: dto.verifierPersonId,
            checkedOn,
            implementedOn: before.implemented_on as string | null,
          });
          if (problem === 'VERIFIER_IS_OWNER') throw improvementProblems.verifierIsOwner();
          if (problem === 'CHECK_BEFORE_IMPLEMENTATION') throw improvementProblems.checkBeforeImplementation();
          await this.checkPerson(manager, before.company_id, dto.verifierPersonId, 'verifierPersonId');
          patch.verifierPersonId = dto.verifierPersonId;
          patch.effectivenessCheckedOn = checkedOn;
          patch.effectivenessResult = dto.step === 'verify_effective' ? 'effective' : 'not_effective';
          patch.effectivenessNote = dto.note ?? null;
          if (dto.step === 'verify_not_effective') patch.reopenCount = (before.reopen_count as number) + 1;
          break;
        }
        case 'close': {
          if (closingNeedsApproval(grade) && !before.closing_approved_by_account_id) {
            if (!this.isExecutive(auth, before.company_id)) throw improvementProblems.closingNeedsApproval();
            patch.closingApprovedByAccountId = auth.accountId;
            patch.closingApprovedAt = this.clock.now();
          }
          patch.closedOn = dto.on ?? today;
          break;
        }
        case 'reopen': {
          if (!dto.note?.trim()) {
            throw problems.validation([{ field: 'note', code: 'REQUIRED', message: 'note (the reason) is required' }]);
          }
          patch.reopenReason = dto.note;
          patch.reopenCount = (before.reopen_count as number) + 1;
          patch.closedOn = null;
          patch.closingApprovedByAccountId = null;
          patch.closingApprovedAt = null;
          patch.effectivenessResult = null;
          break;
        }
        case 'start':
          break;
      }
      await updateVersioned(manager, ImprovementAction, id, version, patch, actorOf(auth), this.clock.now());
      await this.deadlinesAfterStep(manager, id, to);
      return this.afterWrite(manager, auth, before, `improvement_action.${dto.step}`, { from: before.status, to });
    });
  }

  private async deadlinesAfterStep(manager: EntityManager, id: string, to: ActionStatus) {
    if (to === 'closed') await this.deadlines.complete(manager, ACTION_DEADLINE_SOURCE, id);
  }

  /** An executive approves closing a major nonconformity (before or instead of closing it themselves). */
  async approveClosing(auth: AuthContext, id: string, version: number): Promise<ImprovementActionDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      if (!this.isExecutive(auth, before.company_id)) throw improvementProblems.approvalExecutiveOnly();
      if (before.status === 'closed') throw improvementProblems.transitionRefused(before.status, 'approve_closing');
      await updateVersioned(
        manager,
        ImprovementAction,
        id,
        version,
        { closingApprovedByAccountId: auth.accountId, closingApprovedAt: this.clock.now() },
        actorOf(auth),
        this.clock.now(),
      );
      return this.afterWrite(manager, auth, before, 'improvement_action.closing_approved');
    });
  }

  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'delete', true);
      if (before.version !== version) throw problems.staleVersion();
      if (before.status !== 'open' || before.source_type !== 'manual') throw improvementProblems.notDeletable();
      await deleteVersioned(manager, ImprovementAction, id, version);
      await this.deadlines.remove(manager, ACTION_DEADLINE_SOURCE, id);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.company_id,
        action: 'improvement_action.deleted',
        entityType: 'improvement_action',
        entityId: id,
        changes: diffSnapshots(snapshot(toDto(before, this.today())), null),
      });
    });
  }
}
