import { ImprovementActionsService } from '../improvement-actions/improvement-actions.service';
import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { can } from '../../platform/access/permissions';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { AttachmentsService } from '../../platform/attachments/attachments.service';
import { AuditService } from '../../platform/audit/audit.service';
import { companyNames } from '../../platform/export/company-names';
import { ExportFormat, named, tableFile, yesNo } from '../../platform/export/table-export';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext, SYSTEM_ACTOR } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { definedOnly, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { DEFAULT_LIMIT, likeEscape, Page, SqlConditions } from '../../platform/pagination/pagination';
import { findScoped } from '../organization/scoped';
import {
  CreateIncidentDto,
  CreateNoticeDto,
  CreateTimelineNoteDto,
  IncidentDto,
  IncidentExportDto,
  IncidentReportDto,
  IncidentsQueryDto,
  IncidentNoticeDto,
  ReportIncidentDto,
  SaveReportDto,
  SubmitReportDto,
  TimelineEntryDto,
  UpdateIncidentDto,
} from './dto/incident.dto';
import { Incident, IncidentEventRow, IncidentNotice, IncidentReport } from './incident.entity';
import { incidentProblems } from './incident.errors';
import {
  canTransition,
  CLOCK_KINDS,
  ClockKind,
  ClockProgress,
  clockChanges,
  computeClocks,
  IncidentClock,
  IncidentStatus,
  missingChecklistItems,
  noticeTemplate,
  personsNotifiedAt,
  prefillReport,
  REPORT_BODIES,
  REPORT_STAGES,
  ReportBody,
  ReportItems,
  ReportStage,
  reportClock,
  requiredClocks,
  tokyoDate,
} from './incident.rules';
import {
  CLOCK_LABELS_JA,
  CLOCK_STATUS_LABELS_JA,
  INCIDENT_CAUSE_LABELS_JA,
  INCIDENT_EVENT_LABELS_JA,
  INCIDENT_MEDIUM_LABELS_JA,
  INCIDENT_STATUS_LABELS_JA,
  INCIDENT_TYPE_LABELS_JA,
} from './incident.labels';
import {
  clockFacts,
  incidentAuditSnapshot,
  toIncidentDto,
  toNoticeDto,
  toReportDto,
  toTimelineDto,
} from './incidents.mapper';

/** Clocks with a date become platform deadlines (reminders due soon, today, overdue). */
export const DEADLINE_CLOCKS: readonly ClockKind[] = CLOCK_KINDS.filter((k) => k !== 'notify_persons');
export const deadlineSourceType = (kind: ClockKind) => `incidents.${kind}`;
export const ATTACHMENT_OWNER = 'incident';

/**
 * The deadline types of the report clocks as an SQL list: an exact match that uses the deadlines' unique
 * (source_type, source_id, …) index, where a LIKE 'incidents.%' could not.
 */
/** The job that hands open incidents' running clocks to the current officers. */
export const CLOCK_RECIPIENTS_JOB = 'incidents.clock_recipients';

const INCIDENT_DEADLINE_TYPES_SQL = `(${DEADLINE_CLOCKS.map((k) => `'${deadlineSourceType(k)}'`).join(', ')})`;

/**
 * Per incident with a report clock still running (PPC preliminary and final, JIPDEC preliminary and
 * final, as the platform deadlines `incidents.*` hold them): the nearest due date (`next_due`), as a
 * table to join on `source_id`. The one definition of an incident's running clocks: the overdue filter,
 * the nearest-clock sort and the dashboard all read it (a clock is overdue ⇔ next_due < today).
 */
export const INCIDENT_OPEN_CLOCKS_SQL = `(SELECT d.source_id, min(d.due_on) AS next_due FROM deadlines d
   WHERE d.source_type IN ${INCIDENT_DEADLINE_TYPES_SQL} AND d.completed_at IS NULL GROUP BY d.source_id)`;

/** What a reporter without the incident register's read right sees of their incident's timeline. */
const REPORTER_TIMELINE_KINDS: ReadonlySet<string> = new Set(['created', 'status_changed']);

/** An open incident whose legal clock is past due on `today` (SQL date). */
export const incidentClockOverdueSql = (today: string, alias = 'incidents') =>
  `(${alias}.status <> 'closed' AND ${alias}.id IN (SELECT oc.source_id FROM ${INCIDENT_OPEN_CLOCKS_SQL} oc WHERE oc.next_due < ${today}))`;

const CLOCK_TITLES: Record<ClockKind, { ja: string; en: string }> = {
  ppc_preliminary: { ja: CLOCK_LABELS_JA.ppc_preliminary, en: 'PPC preliminary report' },
  ppc_final: { ja: CLOCK_LABELS_JA.ppc_final, en: 'PPC final report' },
  notify_persons: { ja: CLOCK_LABELS_JA.notify_persons, en: 'Notice to the persons' },
  jipdec_preliminary: { ja: CLOCK_LABELS_JA.jipdec_preliminary, en: 'JIPDEC preliminary report' },
  jipdec_final: { ja: CLOCK_LABELS_JA.jipdec_final, en: 'JIPDEC final report' },
};

const dateOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

interface Loaded {
  incident: Incident;
  reports: IncidentReport[];
  notices: IncidentNotice[];
}

/**
 * Incidents and leak response (JIS Q 15001 A.3.3.7; APPI Art. 26): the register, reportability and the
 * report clocks, report drafts and frozen submissions, notices to persons, the timeline and closing.
 * Every write is one transaction with its audit events; every change the clocks depend on recomputes them,
 * audits the change and keeps the platform deadlines (reminders) in step.
 */
@Injectable()
export class IncidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
    private readonly attachmentsService: AttachmentsService,
    private readonly improvementActions: ImprovementActionsService,
  ) {}

  private today(): string {
    return tokyoDate(this.clock.now());
  }

  private canManage(auth: AuthContext, companyId: string): boolean {
    return can(auth.memberships, 'incident', 'update', companyId);
  }

  private progress(incident: Incident, reports: IncidentReport[], notices: IncidentNotice[]): ClockProgress {
    const progress: ClockProgress = {};
    for (const r of reports) if (r.submittedAt) progress[reportClock(r.body, r.stage)] = r.submittedAt;
    progress.notify_persons = personsNotifiedAt(incident.personCount, notices);
    return progress;
  }

  private clocksOf(l: Loaded): IncidentClock[] {
    return computeClocks(clockFacts(l.incident), this.progress(l.incident, l.reports, l.notices), this.today());
  }

  private async names(manager: EntityManager, accountIds: (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(accountIds.filter((i): i is string => !!i))];
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(
      `SELECT a.id, p.family_name || ' ' || p.given_name AS name FROM accounts a JOIN people p ON p.id = a.person_id
       WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async children(manager: EntityManager, ids: string[]) {
    if (!ids.length) return { reports: [] as IncidentReport[], notices: [] as IncidentNotice[] };
    const [reports, notices] = await Promise.all([
      manager.findBy(IncidentReport, { incidentId: In(ids) }),
      manager.find(IncidentNotice, { where: { incidentId: In(ids) }, order: { notifiedAt: 'ASC' } }),
    ]);
    return { reports, notices };
  }

  private async dto(manager: EntityManager, auth: AuthContext, l: Loaded): Promise<IncidentDto> {
    const names = await this.names(manager, [l.incident.reporterAccountId]);
    return toIncidentDto(
      l.incident,
      this.clocksOf(l),
      l.notices.length,
      this.canManage(auth, l.incident.companyId),
      names.get(l.incident.reporterAccountId) ?? null,
    );
  }

  /**
   * Loads an incident the caller may see: any of the company's incidents with `incident:read`, otherwise
   * only the ones they reported (`incident_report:read`). Anything else is 404.
   */
  private async loadReadable(manager: EntityManager, auth: AuthContext, id: string): Promise<Loaded> {
    const incident = await manager.findOneBy(Incident, { id });
    if (!incident) throw problems.notFound();
    const full = can(auth.memberships, 'incident', 'read', incident.companyId);
    const own =
      incident.reporterAccountId === auth.accountId &&
      can(auth.memberships, 'incident_report', 'read', incident.companyId);
    if (!full && !own) throw problems.notFound();
    return { incident, ...(await this.children(manager, [id])) };
  }

  /** Loads and locks an incident the caller may manage. */
  private async loadManaged(manager: EntityManager, auth: AuthContext, id: string): Promise<Loaded> {
    const incident = await findScoped(
      manager,
      Incident,
      id,
      this.access.scope(auth, 'incident', 'update'),
      'companyId',
      true,
    );
    if (!incident) throw problems.notFound();
    return { incident, ...(await this.children(manager, [id])) };
  }

  private async event(
    manager: EntityManager,
    incident: Incident,
    actorAccountId: string | null,
    kind: string,
    details: Record<string, unknown> = {},
    at?: Date,
  ): Promise<void> {
    const now = this.clock.now();
    await manager.insert(IncidentEventRow, {
      id: randomUUID(),
      companyId: incident.companyId,
      incidentId: incident.id,
      at: at ?? now,
      actorAccountId,
      kind,
      details: details as never,
      createdAt: now,
    });
  }

  /** The accounts the clocks' reminders go to: the company's PMS managers and executives (group ones too). */
  private async reminderRecipients(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT a.id FROM memberships m JOIN accounts a ON a.id = m.account_id
       WHERE m.role IN ('pms_manager', 'executive') AND (m.company_id = $1 OR m.company_id IS NULL) AND NOT a.disabled
       ORDER BY a.id`,
      [companyId],
    );
    return rows.map((r) => r.id);
  }

  /** Keeps the platform deadlines equal to the clocks: open ones upserted, done ones completed, others removed. */
  private async syncDeadlines(manager: EntityManager, incident: Incident, clocks: IncidentClock[]): Promise<void> {
    const recipients = await this.reminderRecipients(manager, incident.companyId);
    for (const kind of DEADLINE_CLOCKS) {
      const type = deadlineSourceType(kind);
      const c = clocks.find((x) => x.kind === kind);
      if (!c || !c.dueDate) {
        await this.deadlines.remove(manager, type, incident.id);
      } else if (c.status === 'done' || incident.status === 'closed') {
        await this.deadlines.complete(manager, type, incident.id);
      } else {
        await this.deadlines.keepAssignees(manager, type, incident.id, recipients);
        for (const accountId of recipients) {
          await this.deadlines.upsert(manager, {
            sourceType: type,
            sourceId: incident.id,
            companyId: incident.companyId,
            assigneeAccountId: accountId,
            titleJa: `${CLOCK_TITLES[kind].ja}: ${incident.title}`.slice(0, 200),
            titleEn: `${CLOCK_TITLES[kind].en}: ${incident.title}`.slice(0, 200),
            dueOn: c.dueDate,
            link: `/incidents/${incident.id}`,
          });
        }
      }
    }
  }

  /**
   * The job behind `incidents.clock_recipients`: the running clocks of every open incident go to the
   * company's current PMS managers and executives. Someone appointed since the incident's last change
   * gets them; someone who left the role, or whose account was disabled, no longer does. Audited per
   * incident that changed.
   */
  async syncClockRecipients(): Promise<{ incidents: number; changed: number }> {
    const open: { id: string }[] = await this.dataSource.query(
      `SELECT i.id FROM incidents i WHERE i.status <> 'closed' AND EXISTS (
         SELECT 1 FROM deadlines d WHERE d.source_id = i.id AND d.source_type IN ${INCIDENT_DEADLINE_TYPES_SQL}
            AND d.completed_at IS NULL) ORDER BY i.id`,
    );
    let changed = 0;
    for (const { id } of open) {
      const moved = await this.dataSource.transaction(async (manager) => {
        const incident = await manager.findOne(Incident, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!incident || incident.status === 'closed') return false;
        const recipients = (await this.reminderRecipients(manager, incident.companyId)).sort();
        const current: { assignee_account_id: string }[] = await manager.query(
          `SELECT DISTINCT assignee_account_id FROM deadlines
            WHERE source_id = $1 AND source_type IN ${INCIDENT_DEADLINE_TYPES_SQL} AND completed_at IS NULL`,
          [id],
        );
        const had = current.map((r) => r.assignee_account_id).sort();
        if (had.length === recipients.length && had.every((a, i) => a === recipients[i])) return false;
        const l = { incident, ...(await this.children(manager, [id])) };
        await this.syncDeadlines(manager, incident, this.clocksOf(l));
        await this.audit.append(manager, {
          actor: SYSTEM_ACTOR,
          companyId: incident.companyId,
          action: 'incident.clock_recipients_changed',
          entityType: 'incident',
          entityId: id,
          details: {
            added: recipients.filter((a) => !had.includes(a)),
            removed: had.filter((a) => !recipients.includes(a)),
          },
        });
        return true;
      });
      if (moved) changed++;
    }
    return { incidents: open.length, changed };
  }

  /** After a change: if the clocks moved, audit it and note it on the timeline; then sync the deadlines. */
  private async afterChange(
    manager: EntityManager,
    auth: AuthContext | null,
    before: IncidentClock[] | null,
    after: Loaded,
  ): Promise<IncidentClock[]> {
    const clocks = this.clocksOf(after);
    const changes = clockChanges(before ?? [], clocks);
    if (Object.keys(changes).length) {
      await this.audit.append(manager, {
        actor: auth ? actorOf(auth) : { accountId: null, requestId: null },
        companyId: after.incident.companyId,
        action: before ? 'incident.clocks_recomputed' : 'incident.clocks_started',
        entityType: 'incident',
        entityId: after.incident.id,
        changes,
      });
      const dates = (c: IncidentClock | undefined) => (c ? { targetDate: c.targetDate, dueDate: c.dueDate } : null);
      const moved = Object.keys(changes).map((kind) => ({
        kind,
        before: dates((before ?? []).find((c) => c.kind === kind)),
        after: dates(clocks.find((c) => c.kind === kind)),
      }));
      await this.event(
        manager,
        after.incident,
        auth?.accountId ?? null,
        before ? 'clocks_recomputed' : 'clocks_started',
        { changes, clocks: moved },
      );
    }
    await this.syncDeadlines(manager, after.incident, clocks);
    return clocks;
  }

  private checkDates(occurredAt: Date | null, awareAt: Date, discoveredAt: Date | null): void {
    const errors = [];
    if (occurredAt && discoveredAt && discoveredAt < occurredAt)
      errors.push({
        field: 'discoveredAt',
        code: 'BEFORE_OCCURRED_AT',
        message: 'discoveredAt must not be before occurredAt',
      });
    if (occurredAt && awareAt < occurredAt)
      errors.push({ field: 'awareAt', code: 'BEFORE_OCCURRED_AT', message: 'awareAt must not be before occurredAt' });
    if (errors.length) throw problems.validation(errors);
  }

  async list(auth: AuthContext, query: IncidentsQueryDto, maxLimit?: number): Promise<Page<IncidentDto>> {
    const full = this.access.scope(auth, 'incident', 'read');
    const own = this.access.scope(auth, 'incident_report', 'read');
    const limit = maxLimit ?? query.limit ?? DEFAULT_LIMIT;
    const c = new SqlConditions();
    if (!full.all) {
      const parts = [];
      if (full.companyIds.length) parts.push(`company_id = ANY(${c.p(full.companyIds)}::uuid[])`);
      const ownIds = own.all ? null : own.companyIds;
      if (ownIds === null) parts.push(`reporter_account_id = ${c.p(auth.accountId)}`);
      else if (ownIds.length)
        parts.push(`(company_id = ANY(${c.p(ownIds)}::uuid[]) AND reporter_account_id = ${c.p(auth.accountId)})`);
      c.add(parts.length ? parts.join(' OR ') : 'false');
    }
    if (query.companyId) c.add(`company_id = ${c.p(query.companyId)}`);
    if (query.status) c.add(`status = ${c.p(query.status)}`);
    if (query.open) c.add(`status <> 'closed'`);
    if (query.clockOverdue) c.add(incidentClockOverdueSql(`(now() AT TIME ZONE 'Asia/Tokyo')::date`));
    for (const word of (query.q ?? '').normalize('NFKC').split(/\s+/).filter(Boolean).slice(0, 5)) {
      const like = c.p(`%${likeEscape(word)}%`);
      c.add(`(title ILIKE ${like} OR summary ILIKE ${like})`);
    }
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM incidents ${c.where()}`,
      c.params,
    );
    const sort = query.sort ?? '-awareAt';
    const column = sort.replace(/^-/, '') === 'updatedAt' ? 'updated_at' : 'aware_at';
    const dir = sort.startsWith('-') ? 'DESC' : 'ASC';
    // nextClock: the incident whose legal clock falls due first comes first; those without a running clock last.
    const byClock = sort === 'nextClock';
    const clocks = byClock ? `LEFT JOIN ${INCIDENT_OPEN_CLOCKS_SQL} oc ON oc.source_id = incidents.id` : '';
    const order = byClock ? 'oc.next_due ASC NULLS LAST, aware_at ASC, id ASC' : `${column} ${dir}, id ${dir}`;
    const offset = query.offset ?? 0;
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT incidents.id FROM incidents ${clocks} ${c.where()} ORDER BY ${order} LIMIT ${c.p(limit)} OFFSET ${c.p(offset)}`,
      c.params,
    );
    const manager = this.dataSource.manager;
    const rows = ids.length ? await manager.findBy(Incident, { id: In(ids.map((r) => r.id)) }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const { reports, notices } = await this.children(
      manager,
      rows.map((r) => r.id),
    );
    const names = await this.names(
      manager,
      rows.map((r) => r.reporterAccountId),
    );
    const items = ids
      .map((r) => byId.get(r.id))
      .filter((i): i is Incident => !!i)
      .map((incident) => {
        const l = {
          incident,
          reports: reports.filter((r) => r.incidentId === incident.id),
          notices: notices.filter((n) => n.incidentId === incident.id),
        };
        return toIncidentDto(
          incident,
          this.clocksOf(l),
          l.notices.length,
          this.canManage(auth, incident.companyId),
          names.get(incident.reporterAccountId) ?? null,
        );
      });
    return { items, total, nextCursor: null };
  }

  async get(auth: AuthContext, id: string): Promise<IncidentDto> {
    const manager = this.dataSource.manager;
    return this.dto(manager, auth, await this.loadReadable(manager, auth, id));
  }

  /** The short form anyone may use: what happened and when they learned of it. The officer triages. */
  async report(auth: AuthContext, dto: ReportIncidentDto): Promise<IncidentDto> {
    return this.insert(auth, {
      companyId: dto.companyId,
      title: dto.title,
      summary: dto.summary,
      occurredAt: dto.occurredAt ?? null,
      awareAt: dto.awareAt,
      personCount: dto.personCount ?? 0,
      personCountEstimated: true,
      medium: dto.medium ?? null,
    } as CreateIncidentDto);
  }

  async create(auth: AuthContext, dto: CreateIncidentDto): Promise<IncidentDto> {
    return this.insert(auth, dto);
  }

  private async insert(auth: AuthContext, dto: CreateIncidentDto): Promise<IncidentDto> {
    const occurredAt = dateOrNull(dto.occurredAt) ?? null;
    const awareAt = new Date(dto.awareAt);
    const discoveredAt = dateOrNull(dto.discoveredAt) ?? null;
    this.checkDates(occurredAt, awareAt, discoveredAt);
    const now = this.clock.now();
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const [company] = await manager.query('SELECT 1 FROM companies WHERE id = $1', [dto.companyId]);
      if (!company) throw problems.notFound();
      await manager.insert(Incident, {
        id,
        companyId: dto.companyId,
        title: dto.title,
        summary: dto.summary,
        occurredAt,
        awareAt,
        discoveredAt,
        personCount: dto.personCount ?? 0,
        personCountEstimated: dto.personCountEstimated ?? false,
        sensitiveData: dto.sensitiveData ?? false,
        financialDamageRisk: dto.financialDamageRisk ?? false,
        improperIntent: dto.improperIntent ?? false,
        highLevelEncryption: dto.highLevelEncryption ?? false,
        myNumberCount: dto.myNumberCount ?? null,
        dataItems: dto.dataItems ?? null,
        eventType: dto.eventType ?? null,
        incidentType: dto.incidentType ?? null,
        cause: dto.cause ?? null,
        medium: dto.medium ?? null,
        subcontractorId: dto.subcontractorId ?? null,
        reporterAccountId: auth.accountId,
        severity: dto.severity ?? null,
        status: 'reported',
        secondaryHarm: dto.secondaryHarm ?? null,
        publicationDecision: dto.publicationDecision ?? null,
        publicationNote: dto.publicationNote ?? null,
        causeAnalysis: dto.causeAnalysis ?? null,
        recurrencePrevention: dto.recurrencePrevention ?? null,
        improvementActionId: dto.improvementActionId ?? null,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const incident = await manager.findOneByOrFail(Incident, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: dto.companyId,
        action: 'incident.created',
        entityType: 'incident',
        entityId: id,
        changes: diffSnapshots(null, incidentAuditSnapshot(incident)),
      });
      await this.event(manager, incident, auth.accountId, 'created', { title: incident.title });
      const loaded = { incident, reports: [], notices: [] };
      await this.afterChange(manager, auth, null, loaded);
      return this.dto(manager, auth, loaded);
    });
  }

  async update(auth: AuthContext, id: string, dto: UpdateIncidentDto, version: number): Promise<IncidentDto> {
    const { version: _ignored, createImprovementAction, ...rest } = dto;
    const patch = definedOnly({
      ...rest,
      occurredAt: dateOrNull(rest.occurredAt),
      awareAt: rest.awareAt === undefined ? undefined : new Date(rest.awareAt),
      discoveredAt: dateOrNull(rest.discoveredAt),
    });
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadManaged(manager, auth, id);
      if (before.incident.version !== version) throw problems.staleVersion();
      if (before.incident.status === 'closed') throw incidentProblems.closed();
      const merged = { ...before.incident, ...patch } as Incident;
      this.checkDates(merged.occurredAt, merged.awareAt, merged.discoveredAt);
      const clocksBefore = this.clocksOf(before);
      if (createImprovementAction) {
        if (!merged.recurrencePrevention?.trim())
          throw problems.validation([
            {
              field: 'recurrencePrevention',
              code: 'required',
              message: 'Record the recurrence prevention before opening an improvement action from it.',
            },
          ]);
        if (merged.improvementActionId)
          throw problems.validation([
            {
              field: 'createImprovementAction',
              code: 'already_linked',
              message: 'An improvement action is already linked to this incident.',
            },
          ]);
        const action = await this.improvementActions.createFromSource(manager, auth, {
          companyId: merged.companyId,
          sourceType: 'incident',
          sourceId: id,
          sourceLabel: merged.title.slice(0, 200),
          kind: 'corrective',
          grade: createImprovementAction.grade ?? 'minor_nonconformity',
          title: (createImprovementAction.title ?? `再発防止: ${merged.title}`).slice(0, 200),
          description: merged.recurrencePrevention,
          ownerPersonId: createImprovementAction.ownerPersonId,
          dueOn: createImprovementAction.dueOn,
          rootCause: merged.causeAnalysis ?? null,
          plan: merged.recurrencePrevention,
        });
        patch.improvementActionId = action.id;
      }
      await updateVersioned(manager, Incident, id, version, patch, actorOf(auth), this.clock.now());
      const incident = await manager.findOneByOrFail(Incident, { id });
      const changes = diffSnapshots(incidentAuditSnapshot(before.incident), incidentAuditSnapshot(incident));
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: incident.companyId,
        action: 'incident.updated',
        entityType: 'incident',
        entityId: id,
        changes,
      });
      await this.event(manager, incident, auth.accountId, 'updated', { fields: Object.keys(changes) });
      const after = { ...before, incident };
      await this.afterChange(manager, auth, clocksBefore, after);
      return this.dto(manager, auth, after);
    });
  }

  async transition(auth: AuthContext, id: string, status: IncidentStatus, version: number): Promise<IncidentDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.loadManaged(manager, auth, id);
      if (before.incident.version !== version) throw problems.staleVersion();
      const from = before.incident.status;
      if (!canTransition(from, status)) throw incidentProblems.invalidTransition(from, status);
      const clocks = this.clocksOf(before);
      if (status === 'closed') {
        const missing = missingChecklistItems({
          noticeCount: before.notices.length,
          publicationDecision: before.incident.publicationDecision,
          causeAnalysis: before.incident.causeAnalysis,
          recurrencePrevention: before.incident.recurrencePrevention,
          clocks,
        });
        if (missing.length) throw incidentProblems.closeChecklistIncomplete(missing);
      }
      const now = this.clock.now();
      await updateVersioned(
        manager,
        Incident,
        id,
        version,
        { status, closedAt: status === 'closed' ? now : null },
        actorOf(auth),
        now,
      );
      const incident = await manager.findOneByOrFail(Incident, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: incident.companyId,
        action: status === 'closed' ? 'incident.closed' : 'incident.status_changed',
        entityType: 'incident',
        entityId: id,
        changes: diffSnapshots(incidentAuditSnapshot(before.incident), incidentAuditSnapshot(incident)),
      });
      await this.event(manager, incident, auth.accountId, 'status_changed', { from, to: status });
      const after = { ...before, incident };
      await this.syncDeadlines(manager, incident, this.clocksOf(after));
      return this.dto(manager, auth, after);
    });
  }

  // Reports ---------------------------------------------------------------------------------------

  private prefill(l: Loaded): ReportItems {
    const i = l.incident;
    return prefillReport({
      summary: i.summary,
      dataItems: i.dataItems,
      personCount: i.personCount,
      personCountEstimated: i.personCountEstimated,
      causeAnalysis: i.causeAnalysis,
      secondaryHarm: i.secondaryHarm,
      publicationDecision: i.publicationDecision,
      publicationNote: i.publicationNote,
      recurrencePrevention: i.recurrencePrevention,
      noticeCount: l.notices.length,
      notifiedPersons: l.notices.reduce((sum, n) => sum + n.personCount, 0),
      occurredAt: i.occurredAt,
      awareAt: i.awareAt,
      discoveredAt: i.discoveredAt,
    });
  }

  private async reportDtos(manager: EntityManager, l: Loaded): Promise<IncidentReportDto[]> {
    const required = new Set(requiredClocks(clockFacts(l.incident)));
    const names = await this.names(
      manager,
      l.reports.map((r) => r.submittedBy),
    );
    const prefill = this.prefill(l);
    const out: IncidentReportDto[] = [];
    for (const body of REPORT_BODIES)
      for (const stage of REPORT_STAGES) {
        const row = l.reports.find((r) => r.body === body && r.stage === stage) ?? null;
        out.push(toReportDto(body, stage, row, required.has(reportClock(body, stage)), prefill, names));
      }
    return out;
  }

  async reports(auth: AuthContext, id: string): Promise<IncidentReportDto[]> {
    const manager = this.dataSource.manager;
    const l = await this.loadReadable(manager, auth, id);
    if (!can(auth.memberships, 'incident', 'read', l.incident.companyId)) throw problems.notFound();
    return this.reportDtos(manager, l);
  }

  async saveReport(
    auth: AuthContext,
    id: string,
    body: ReportBody,
    stage: ReportStage,
    dto: SaveReportDto,
    version: number,
  ): Promise<IncidentReportDto> {
    return this.dataSource.transaction(async (manager) => {
      const l = await this.loadManaged(manager, auth, id);
      if (l.incident.status === 'closed') throw incidentProblems.closed();
      const row = l.reports.find((r) => r.body === body && r.stage === stage);
      if (row?.submittedAt) throw incidentProblems.reportSubmitted();
      if ((row?.version ?? 0) !== version) throw problems.staleVersion();
      const now = this.clock.now();
      const content = { ...dto.content };
      let reportId: string;
      if (row) {
        reportId = row.id;
        await updateVersioned(manager, IncidentReport, row.id, version, { content }, actorOf(auth), now);
      } else {
        reportId = randomUUID();
        await manager.insert(IncidentReport, {
          id: reportId,
          companyId: l.incident.companyId,
          incidentId: id,
          body,
          stage,
          content,
          submittedAt: null,
          submittedBy: null,
          snapshot: null,
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
      }
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: l.incident.companyId,
        action: 'incident_report.saved',
        entityType: 'incident_report',
        entityId: reportId,
        changes: diffSnapshots(row ? { content: row.content } : null, { content }),
        details: { incidentId: id, body, stage },
      });
      await this.event(manager, l.incident, auth.accountId, 'report_saved', { body, stage });
      const saved = await manager.findOneByOrFail(IncidentReport, { id: reportId });
      const reports = [...l.reports.filter((r) => r.id !== reportId), saved];
      const dtos = await this.reportDtos(manager, { ...l, reports });
      return dtos.find((d) => d.body === body && d.stage === stage)!;
    });
  }

  /** Marks a report submitted: the content, the record's facts and the clocks are frozen in a snapshot. */
  async submitReport(
    auth: AuthContext,
    id: string,
    body: ReportBody,
    stage: ReportStage,
    dto: SubmitReportDto,
    version: number,
  ): Promise<IncidentReportDto> {
    return this.dataSource.transaction(async (manager) => {
      const l = await this.loadManaged(manager, auth, id);
      if (l.incident.status === 'closed') throw incidentProblems.closed();
      const row = l.reports.find((r) => r.body === body && r.stage === stage);
      if (row?.submittedAt) throw incidentProblems.reportSubmitted();
      if ((row?.version ?? 0) !== version) throw problems.staleVersion();
      const clocksBefore = this.clocksOf(l);
      const now = this.clock.now();
      const submittedAt = dto.submittedAt ? new Date(dto.submittedAt) : now;
      const content = row?.content ?? this.prefill(l);
      const snapshot = {
        submittedAt: submittedAt.toISOString(),
        submittedBy: auth.accountId,
        content,
        facts: { ...incidentAuditSnapshot(l.incident), clocks: clocksBefore },
      };
      let reportId: string;
      if (row) {
        reportId = row.id;
        await updateVersioned(
          manager,
          IncidentReport,
          row.id,
          version,
          { submittedAt, submittedBy: auth.accountId, snapshot },
          actorOf(auth),
          now,
        );
      } else {
        reportId = randomUUID();
        await manager.insert(IncidentReport, {
          id: reportId,
          companyId: l.incident.companyId,
          incidentId: id,
          body,
          stage,
          content,
          submittedAt,
          submittedBy: auth.accountId,
          snapshot,
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
      }
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: l.incident.companyId,
        action: 'incident_report.submitted',
        entityType: 'incident_report',
        entityId: reportId,
        details: { incidentId: id, body, stage, submittedAt: submittedAt.toISOString() },
      });
      await this.event(manager, l.incident, auth.accountId, 'report_submitted', { body, stage }, submittedAt);
      const saved = await manager.findOneByOrFail(IncidentReport, { id: reportId });
      const after = { ...l, reports: [...l.reports.filter((r) => r.id !== reportId), saved] };
      await this.syncDeadlines(manager, l.incident, this.clocksOf(after));
      const dtos = await this.reportDtos(manager, after);
      return dtos.find((d) => d.body === body && d.stage === stage)!;
    });
  }

  // Notices -----------------------------------------------------------------------------------------

  async notices(auth: AuthContext, id: string): Promise<IncidentNoticeDto[]> {
    const manager = this.dataSource.manager;
    const l = await this.loadReadable(manager, auth, id);
    if (!can(auth.memberships, 'incident', 'read', l.incident.companyId)) throw problems.notFound();
    return l.notices.map(toNoticeDto);
  }

  async noticeTemplate(auth: AuthContext, id: string): Promise<string> {
    const manager = this.dataSource.manager;
    const l = await this.loadReadable(manager, auth, id);
    if (!can(auth.memberships, 'incident', 'read', l.incident.companyId)) throw problems.notFound();
    const [company]: { name_ja: string; contact: string | null }[] = await manager.query(
      `SELECT name_ja, concat_ws(' ', contact_desk_name, contact_phone, contact_hours, contact_email) AS contact
       FROM companies WHERE id = $1`,
      [l.incident.companyId],
    );
    const draft =
      l.reports.find((r) => r.body === 'ppc' && r.stage === 'final') ??
      l.reports.find((r) => r.body === 'ppc' && r.stage === 'preliminary');
    return noticeTemplate(company.name_ja, draft?.content ?? this.prefill(l), company.contact || null);
  }

  async addNotice(auth: AuthContext, id: string, dto: CreateNoticeDto): Promise<IncidentNoticeDto> {
    return this.dataSource.transaction(async (manager) => {
      const l = await this.loadManaged(manager, auth, id);
      if (l.incident.status === 'closed') throw incidentProblems.closed();
      const clocksBefore = this.clocksOf(l);
      const now = this.clock.now();
      const noticeId = randomUUID();
      await manager.insert(IncidentNotice, {
        id: noticeId,
        companyId: l.incident.companyId,
        incidentId: id,
        method: dto.method,
        notifiedAt: new Date(dto.notifiedAt),
        personCount: dto.personCount,
        noticeText: dto.noticeText,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const notice = await manager.findOneByOrFail(IncidentNotice, { id: noticeId });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: l.incident.companyId,
        action: 'incident_notice.created',
        entityType: 'incident_notice',
        entityId: noticeId,
        changes: diffSnapshots(null, {
          method: notice.method,
          notifiedAt: notice.notifiedAt,
          personCount: notice.personCount,
        }),
        details: { incidentId: id },
      });
      await this.event(
        manager,
        l.incident,
        auth.accountId,
        'notice_recorded',
        { method: notice.method, personCount: notice.personCount },
        notice.notifiedAt,
      );
      const after = { ...l, notices: [...l.notices, notice] };
      const clocksAfter = this.clocksOf(after);
      const done = clocksAfter.find((c) => c.kind === 'notify_persons');
      if (done?.status === 'done' && clocksBefore.find((c) => c.kind === 'notify_persons')?.status !== 'done') {
        await this.event(manager, l.incident, auth.accountId, 'persons_notified', {}, done.doneAt ?? now);
      }
      return toNoticeDto(notice);
    });
  }

  // Timeline ----------------------------------------------------------------------------------------

  private async timelineOf(manager: EntityManager, incidentId: string): Promise<TimelineEntryDto[]> {
    const rows = await manager.find(IncidentEventRow, {
      where: { incidentId },
      order: { at: 'ASC', createdAt: 'ASC' },
    });
    const names = await this.names(
      manager,
      rows.map((r) => r.actorAccountId),
    );
    return rows.map((r) => toTimelineDto(r, names));
  }

  /**
   * The timeline. Someone who sees the incident only as its reporter sees when it was recorded, how its
   * status moved and what they did themselves: not the officers' notes, reports, notices or triage.
   */
  async timeline(auth: AuthContext, id: string): Promise<TimelineEntryDto[]> {
    const manager = this.dataSource.manager;
    const { incident } = await this.loadReadable(manager, auth, id);
    const entries = await this.timelineOf(manager, id);
    if (can(auth.memberships, 'incident', 'read', incident.companyId)) return entries;
    return entries.filter((e) => REPORTER_TIMELINE_KINDS.has(e.kind) || e.actorAccountId === auth.accountId);
  }

  async addNote(auth: AuthContext, id: string, dto: CreateTimelineNoteDto): Promise<TimelineEntryDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const l = await this.loadManaged(manager, auth, id);
      await this.event(manager, l.incident, auth.accountId, 'note', { text: dto.text }, new Date(dto.at));
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: l.incident.companyId,
        action: 'incident.note_added',
        entityType: 'incident',
        entityId: id,
        details: { at: dto.at },
      });
      return this.timelineOf(manager, id);
    });
  }

  // Export ------------------------------------------------------------------------------------------

  async export(auth: AuthContext, id: string): Promise<IncidentExportDto> {
    const manager = this.dataSource.manager;
    const l = await this.loadReadable(manager, auth, id);
    if (!can(auth.memberships, 'incident', 'read', l.incident.companyId)) throw problems.notFound();
    return {
      incident: await this.dto(manager, auth, l),
      reports: await this.reportDtos(manager, l),
      notices: l.notices.map(toNoticeDto),
      timeline: await this.timelineOf(manager, id),
      exportedAt: this.clock.now().toISOString(),
    };
  }

  // Evidence ----------------------------------------------------------------------------------------

  async attachments(auth: AuthContext, id: string): Promise<AttachmentDto[]> {
    const manager = this.dataSource.manager;
    const l = await this.loadReadable(manager, auth, id);
    if (!can(auth.memberships, 'incident', 'read', l.incident.companyId)) throw problems.notFound();
    return this.attachmentsService.list(manager, ATTACHMENT_OWNER, id);
  }

  async attach(auth: AuthContext, id: string, fileName: string | undefined, body: Buffer): Promise<AttachmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const l = await this.loadManaged(manager, auth, id);
      if (l.incident.status === 'closed') throw incidentProblems.closed();
      const stored = await this.attachmentsService.store(manager, auth, {
        companyId: l.incident.companyId,
        ownerType: ATTACHMENT_OWNER,
        ownerId: id,
        fileName,
        body,
      });
      await this.event(manager, l.incident, auth.accountId, 'attachment_added', { fileName: stored.fileName });
      return stored;
    });
  }

  async download(auth: AuthContext, id: string, attachmentId: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    const l = await this.loadReadable(manager, auth, id);
    if (!can(auth.memberships, 'incident', 'read', l.incident.companyId)) throw problems.notFound();
    return this.attachmentsService.file(await this.attachmentsService.get(manager, ATTACHMENT_OWNER, id, attachmentId));
  }

  /** The register as a table file, with the list's filters (up to 10,000 rows). */
  async exportTable(auth: AuthContext, query: IncidentsQueryDto, format: ExportFormat): Promise<StreamableFile> {
    const page = await this.list(auth, { ...query, limit: undefined, offset: 0 }, 10_000);
    const date = (iso: string | null) => (iso ? tokyoDate(new Date(iso)) : '');
    const clock = (i: IncidentDto, kind: ClockKind) => i.deadlines.find((c) => c.kind === kind)?.dueDate ?? '';
    const companies = await companyNames(
      this.dataSource,
      page.items.map((i) => i.companyId),
    );
    return tableFile({
      fileName: `incidents-${this.today()}`,
      format,
      sheetName: 'incidents',
      rows: page.items,
      columns: [
        { header: '会社 / Company', value: (i) => companies.get(i.companyId) ?? '' },
        { header: '件名 / Title', value: (i) => i.title },
        { header: '状況 / Status', value: (i) => named(INCIDENT_STATUS_LABELS_JA, i.status) },
        { header: '発生日 / Occurred', value: (i) => date(i.occurredAt) },
        { header: '覚知日 / Aware', value: (i) => date(i.awareAt) },
        { header: '発覚日 / Discovered', value: (i) => date(i.discoveredAt) },
        { header: '本人の数 / Persons', value: (i) => i.personCount },
        { header: '委員会報告対象 / PPC report', value: (i) => yesNo(i.ppcReportable) },
        {
          header: 'JIPDEC速報対象 / JIPDEC preliminary report',
          value: (i) => yesNo(i.jipdecPreliminaryRequired),
        },
        { header: '委員会速報期限 / PPC preliminary due', value: (i) => clock(i, 'ppc_preliminary') },
        { header: '委員会確報期限 / PPC final due', value: (i) => clock(i, 'ppc_final') },
        { header: 'JIPDEC速報期限 / JIPDEC preliminary due', value: (i) => clock(i, 'jipdec_preliminary') },
        { header: 'JIPDEC確報期限 / JIPDEC final due', value: (i) => clock(i, 'jipdec_final') },
        { header: '直近の期限 / Nearest deadline', value: (i) => named(CLOCK_LABELS_JA, i.nearestClock?.kind) },
        {
          header: '直近の期限の状況 / Nearest deadline status',
          value: (i) => named(CLOCK_STATUS_LABELS_JA, i.nearestClock?.status),
        },
        { header: '事象 / Event', value: (i) => named(INCIDENT_EVENT_LABELS_JA, i.eventType) },
        { header: '種別 / Type', value: (i) => named(INCIDENT_TYPE_LABELS_JA, i.incidentType) },
        { header: '原因 / Cause', value: (i) => named(INCIDENT_CAUSE_LABELS_JA, i.cause) },
        { header: '媒体 / Medium', value: (i) => named(INCIDENT_MEDIUM_LABELS_JA, i.medium) },
      ],
    });
  }

  /** Used by the demo seed: brings the deadlines of every incident of a company in line with its clocks. */
  async resyncCompany(manager: EntityManager, companyId: string): Promise<void> {
    const incidents = await manager.findBy(Incident, { companyId });
    const { reports, notices } = await this.children(
      manager,
      incidents.map((i) => i.id),
    );
    for (const incident of incidents) {
      const l = {
        incident,
        reports: reports.filter((r) => r.incidentId === incident.id),
        notices: notices.filter((n) => n.incidentId === incident.id),
      };
      await this.syncDeadlines(manager, incident, this.clocksOf(l));
    }
  }
}
