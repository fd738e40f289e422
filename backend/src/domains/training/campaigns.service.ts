import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { roleAllows, Scope, scopeIncludes } from '../../platform/access/permissions';
import { AuditService } from '../../platform/audit/audit.service';
import { actorOf, AuthContext, SYSTEM_ACTOR } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { addDays, tokyoDate } from '../../platform/notifications/notification.rules';
import { NotificationsService } from '../../platform/notifications/notifications.service';
import { DEFAULT_LIMIT, Page, SqlConditions } from '../../platform/pagination/pagination';
import { compareJapanese } from '../../platform/text/japanese-order';
import { addPeopleSearch } from '../organization/people.service';
import { findScoped } from '../organization/scoped';
import { TrainingCampaign } from './campaign.entity';
import { TrainingCourse } from './course.entity';
import { TrainingCourseVersion } from './course-version.entity';
import {
  AssignmentListQueryDto,
  TrainingAttendeeDto,
  CampaignCountsDto,
  CampaignDto,
  CampaignListQueryDto,
  CoverageQueryDto,
  CoverageRowDto,
  CreateCampaignDto,
  MakeUpDto,
  ProgressDto,
  ProgressGroupDto,
  SummaryDto,
  SyncResultDto,
  UpdateCampaignDto,
} from './dto/campaign.dto';
import { toCampaignDto } from './mappers';
import { trainingProblems } from './training.errors';
import {
  assignmentState,
  AssignmentStatus,
  completionRate,
  coverageSince,
  makeUpRefusal,
  windowErrors,
  windowOpen,
} from './training.rules';

export const ASSIGNMENT_SOURCE = 'training.assignment';
export const DEPARTMENT_SOURCE = 'training.department';
/** Campaigns up to this size send their `assigned` notifications at once; larger ones through the job. */
const INLINE_NOTICES = 200;
const NOTICE_BATCH = 500;
const NEW_HIRE_DAYS = 30;

/** Who sees what of a campaign: everything, or (department managers) their own department and below. */
interface View {
  scope: Scope;
  departmentIds: string[] | null;
}

interface GroupView {
  scope: Scope;
  wideCompanyIds: string[] | null;
  departmentIds: string[];
}

interface CountRow {
  company_id: string;
  department_id: string | null;
  employment_type: string;
  total: number;
  passed: number;
  open: number;
  overdue: number;
  withdrawn: number;
}

const ZERO: CampaignCountsDto = { total: 0, passed: 0, open: 0, overdue: 0, withdrawn: 0, rate: 0 };

function sum(rows: CountRow[]): CampaignCountsDto {
  const t = { total: 0, passed: 0, open: 0, overdue: 0, withdrawn: 0 };
  for (const r of rows) {
    t.total += r.total;
    t.passed += r.passed;
    t.open += r.open;
    t.overdue += r.overdue;
    t.withdrawn += r.withdrawn;
  }
  return { ...t, rate: completionRate(t.passed, t.total) };
}

/** The five counters of training_progress_counts rows, summed (`today` is the parameter of the day). */
const countSums = (today: string, alias = '') => `
  coalesce(sum(${alias}n) FILTER (WHERE ${alias}status <> 'withdrawn'), 0)::int AS total,
  coalesce(sum(${alias}n) FILTER (WHERE ${alias}status = 'passed'), 0)::int AS passed,
  coalesce(sum(${alias}n) FILTER (WHERE ${alias}status = 'assigned' AND ${alias}due_on >= ${today}::date), 0)::int AS open,
  coalesce(sum(${alias}n) FILTER (WHERE ${alias}status = 'assigned' AND ${alias}due_on < ${today}::date), 0)::int AS overdue,
  coalesce(sum(${alias}n) FILTER (WHERE ${alias}status = 'withdrawn'), 0)::int AS withdrawn`;

/** A row of the progress query: one grouping set (`grouping` says which) with its key, label and sums. */
interface ProgressRow extends CountRow {
  grouping: number;
  label: string | null;
}
/** GROUPING(company_id, department_id, employment_type) of each grouping set of the progress query. */
const BY = { all: 7, company: 3, department: 5, employmentType: 6 } as const;

function progressGroups(rows: ProgressRow[], grouping: number, key: (r: ProgressRow) => string | null) {
  return rows
    .filter((r) => r.grouping === grouping)
    .map((r): ProgressGroupDto => {
      const k = key(r);
      return {
        key: k,
        label: grouping === BY.employmentType ? k : r.label,
        total: r.total,
        passed: r.passed,
        open: r.open,
        overdue: r.overdue,
        rate: completionRate(r.passed, r.total),
      };
    })
    .sort((a, b) => compareJapanese(a.label ?? '', b.label ?? '') || (a.key ?? '').localeCompare(b.key ?? ''));
}

/**
 * Campaigns: the audience is assigned with one INSERT … SELECT (a whole group at once), deadlines follow
 * with one more statement; new hires and leavers are kept in step by the roster job; progress reads one
 * grouped query over the assignments.
 */
@Injectable()
export class CampaignsService {
  private readonly logger = new Logger('Training');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationsService,
  ) {}

  today(): string {
    return tokyoDate(this.clock.now());
  }

  async load(manager: EntityManager, auth: AuthContext, id: string, action: 'read' | 'update', lock = false) {
    const campaign = await findScoped(
      manager,
      TrainingCampaign,
      id,
      this.access.scope(auth, 'training_campaign', action),
      'companyId',
      lock,
    );
    if (!campaign) throw problems.notFound();
    return campaign;
  }

  /** Department managers (without a wider role there) see their own department and the ones below it. */
  async view(auth: AuthContext, companyId: string): Promise<View> {
    const scope = this.access.scope(auth, 'training_campaign', 'read');
    const roles = auth.memberships.filter((m) => m.companyId === null || m.companyId === companyId).map((m) => m.role);
    const wide = roles.some((r) => r !== 'dept_manager' && roleAllows(r, 'training_campaign', 'read'));
    if (wide) return { scope, departmentIds: null };
    return { scope, departmentIds: await this.ownDepartments(auth) };
  }

  /**
   * The same across every company in scope: the companies where a role wider than department manager
   * reads training (null: all of them, through a group-level role), and the caller's own departments.
   */
  private async groupView(auth: AuthContext): Promise<GroupView> {
    const scope = this.access.scope(auth, 'training_campaign', 'read');
    const wide = auth.memberships.filter(
      (m) => m.role !== 'dept_manager' && roleAllows(m.role, 'training_campaign', 'read'),
    );
    if (wide.some((m) => m.companyId === null)) return { scope, wideCompanyIds: null, departmentIds: [] };
    const departmentIds = auth.memberships.some((m) => m.role === 'dept_manager')
      ? await this.ownDepartments(auth)
      : [];
    return { scope, wideCompanyIds: wide.map((m) => m.companyId as string), departmentIds };
  }

  private coverageScope(c: SqlConditions, view: GroupView) {
    if (!view.scope.all) c.add(`p.company_id = ANY(${c.p(view.scope.companyIds)}::uuid[])`);
    if (view.wideCompanyIds)
      c.add(
        `(p.company_id = ANY(${c.p(view.wideCompanyIds)}::uuid[]) OR p.department_id = ANY(${c.p(view.departmentIds)}::uuid[]))`,
      );
  }

  /** The caller's department and the ones below it. */
  private async ownDepartments(auth: AuthContext): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE sub AS (
         SELECT d.id FROM departments d JOIN people p ON p.department_id = d.id WHERE p.id = $1
         UNION SELECT c.id FROM departments c JOIN sub ON c.parent_id = sub.id)
       SELECT id FROM sub`,
      [auth.personId],
    );
    return rows.map((r) => r.id);
  }

  private viewConditions(c: SqlConditions, view: View, alias = '') {
    if (!view.scope.all) c.add(`${alias}company_id = ANY(${c.p(view.scope.companyIds)}::uuid[])`);
    if (view.departmentIds) c.add(`${alias}department_id = ANY(${c.p(view.departmentIds)}::uuid[])`);
  }

  /**
   * Counts of regular assignments by company, department and employment type, from the counters the
   * database keeps per status and due date (training_progress_counts, kept by triggers): a few hundred
   * rows whatever the size of the campaign.
   */
  private async countRows(campaignId: string, view: View | null, today: string): Promise<CountRow[]> {
    const c = new SqlConditions();
    c.add(`campaign_id = ${c.p(campaignId)}`);
    if (view) this.viewConditions(c, view);
    const t = c.p(today);
    return this.dataSource.query(
      `SELECT company_id, department_id, employment_type, ${countSums(t)}
       FROM training_progress_counts ${c.where()}
       GROUP BY company_id, department_id, employment_type
       HAVING sum(n) > 0`,
      c.params,
    );
  }

  private async dto(manager: EntityManager, campaign: TrainingCampaign, counts?: CampaignCountsDto) {
    const course = await manager.findOneByOrFail(TrainingCourse, { id: campaign.courseId });
    return toCampaignDto(campaign, course, counts ?? sum(await this.countRows(campaign.id, null, this.today())));
  }

  async list(auth: AuthContext, query: CampaignListQueryDto): Promise<Page<CampaignDto>> {
    const scope = this.access.scope(auth, 'training_campaign', 'read');
    const c = new SqlConditions();
    if (!scope.all) c.add(`k.company_id = ANY(${c.p(scope.companyIds)}::uuid[])`);
    if (query.companyId) c.add(`k.company_id = ${c.p(query.companyId)}`);
    if (query.status) c.add(`k.status = ${c.p(query.status)}`);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM training_campaigns k ${c.where()}`,
      c.params,
    );
    const limit = query.limit ?? DEFAULT_LIMIT;
    const today = c.p(this.today());
    const rows: (Record<string, unknown> & { id: string })[] = await this.dataSource.query(
      `SELECT k.id, k.company_id, k.title_ja, k.title_en, k.course_id, k.audience, to_char(k.window_start, 'YYYY-MM-DD') AS window_start,
              to_char(k.window_end, 'YYYY-MM-DD') AS window_end, to_char(k.due_on, 'YYYY-MM-DD') AS due_on, k.reminders, k.status,
              k.created_at, k.updated_at, k.version, c.title_ja AS course_title_ja, c.title_en AS course_title_en,
              s.total, s.passed, s.open, s.overdue, s.withdrawn
       FROM training_campaigns k JOIN training_courses c ON c.id = k.course_id
       LEFT JOIN LATERAL (
         SELECT ${countSums(today)}
         FROM training_progress_counts p WHERE p.campaign_id = k.id) s ON true
       ${c.where()} ORDER BY k.due_on DESC, k.id LIMIT ${c.p(limit)} OFFSET ${c.p(query.offset ?? 0)}`,
      c.params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        companyId: r.company_id as string,
        titleJa: r.title_ja as string,
        titleEn: r.title_en as string,
        courseId: r.course_id as string,
        courseTitleJa: r.course_title_ja as string,
        courseTitleEn: r.course_title_en as string,
        audience: r.audience as CampaignDto['audience'],
        windowStart: r.window_start as string,
        windowEnd: r.window_end as string,
        dueOn: r.due_on as string,
        reminders: r.reminders as boolean,
        status: r.status as CampaignDto['status'],
        counts: {
          total: r.total as number,
          passed: r.passed as number,
          open: r.open as number,
          overdue: r.overdue as number,
          withdrawn: r.withdrawn as number,
          rate: completionRate(r.passed as number, r.total as number),
        },
        createdAt: (r.created_at as Date).toISOString(),
        updatedAt: (r.updated_at as Date).toISOString(),
        version: r.version as number,
      })),
      total,
      nextCursor: null,
    };
  }

  async get(auth: AuthContext, id: string): Promise<CampaignDto> {
    const campaign = await this.load(this.dataSource.manager, auth, id, 'read');
    return this.dto(this.dataSource.manager, campaign);
  }

  /** The audience's companies and departments must be where the caller may run training. */
  private async checkAudience(manager: EntityManager, auth: AuthContext, dto: CreateCampaignDto) {
    const scope = this.access.scope(auth, 'training_campaign', 'create');
    if (!dto.audience.companyIds.every((id) => scopeIncludes(scope, id))) throw trainingProblems.audienceOutOfScope();
    if (dto.audience.departmentIds.length) {
      const [{ n }] = await manager.query(
        'SELECT count(*)::int AS n FROM departments WHERE id = ANY($1::uuid[]) AND company_id = ANY($2::uuid[])',
        [[...new Set(dto.audience.departmentIds)], dto.audience.companyIds],
      );
      if (n !== new Set(dto.audience.departmentIds).size) throw trainingProblems.audienceOutOfScope();
    }
  }

  async create(auth: AuthContext, dto: CreateCampaignDto): Promise<CampaignDto> {
    if (!scopeIncludes(this.access.scope(auth, 'training_campaign', 'create'), dto.companyId))
      throw problems.notFound();
    const errors = windowErrors(dto);
    if (errors.length) throw problems.validation(errors);
    const now = this.clock.now();
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.findOneBy(TrainingCourse, { id: dto.courseId, companyId: dto.companyId });
      if (!course)
        throw problems.validation([
          { field: 'courseId', code: 'NOT_FOUND', message: 'no such course in this company' },
        ]);
      if (!course.currentVersionId) throw trainingProblems.courseNotPublished();
      await this.checkAudience(manager, auth, dto);
      const audience = {
        companyIds: [...new Set(dto.audience.companyIds)],
        departmentIds: [...new Set(dto.audience.departmentIds)],
        employmentTypes: [...new Set(dto.audience.employmentTypes)],
      };
      await manager.insert(TrainingCampaign, {
        id,
        companyId: dto.companyId,
        titleJa: dto.titleJa,
        titleEn: dto.titleEn,
        courseId: dto.courseId,
        audience,
        windowStart: dto.windowStart,
        windowEnd: dto.windowEnd,
        dueOn: dto.dueOn,
        reminders: dto.reminders ?? true,
        status: 'open',
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      // The whole audience in one statement: officers, contract, part-time and dispatched staff included.
      await manager.query(
        `INSERT INTO training_assignments (id, company_id, campaign_id, person_id, department_id, employment_type, kind, status,
                                           due_on, attempts, created_at, updated_at, created_by, updated_by, version)
         SELECT gen_random_uuid(), p.company_id, $1, p.id, p.department_id, p.employment_type, 'regular', 'assigned',
                $2::date, 0, $3, $3, $4, $4, 1
         FROM people p
         WHERE p.active AND p.company_id = ANY($5::uuid[])
           AND (cardinality($6::uuid[]) = 0 OR p.department_id = ANY($6::uuid[]))
           AND (cardinality($7::text[]) = 0 OR p.employment_type = ANY($7::text[]))`,
        [id, dto.dueOn, now, auth.accountId, audience.companyIds, audience.departmentIds, audience.employmentTypes],
      );
      const [{ n }] = await manager.query(
        'SELECT count(*)::int AS n FROM training_assignments WHERE campaign_id = $1',
        [id],
      );
      const campaign = await manager.findOneByOrFail(TrainingCampaign, { id });
      if (campaign.reminders) await this.declareDeadlines(manager, campaign, null);
      if (n <= INLINE_NOTICES) await this.sendNotices(manager, id);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: dto.companyId,
        action: 'training_campaign.created',
        entityType: 'training_campaign',
        entityId: id,
        details: {
          titleJa: dto.titleJa,
          courseId: dto.courseId,
          courseVersionId: course.currentVersionId,
          audience,
          windowStart: dto.windowStart,
          windowEnd: dto.windowEnd,
          dueOn: dto.dueOn,
          assigned: n,
        },
      });
      return this.dto(manager, campaign, { ...ZERO, total: n, open: n, rate: 0 });
    });
  }

  /**
   * Deadlines of the campaign's open assignments for their people (with an account), and one per campaign
   * for each department manager whose department has open assignments. `onlyIds`: just these assignments.
   */
  private async declareDeadlines(manager: EntityManager, campaign: TrainingCampaign, onlyIds: string[] | null) {
    const link = '/training/my/';
    await this.deadlines.upsertSelect(
      manager,
      ASSIGNMENT_SOURCE,
      `SELECT a.company_id, a.id AS source_id, acc.id AS assignee_account_id, $2::text AS title_ja, $3::text AS title_en,
              a.due_on, $4 || a.id::text AS link
       FROM training_assignments a JOIN accounts acc ON acc.person_id = a.person_id AND NOT acc.disabled
       WHERE a.campaign_id = $1 AND a.status = 'assigned' AND ($5::uuid[] IS NULL OR a.id = ANY($5::uuid[]))`,
      [campaign.id, campaign.titleJa, campaign.titleEn, link, onlyIds],
    );
    await this.deadlines.upsertSelect(
      manager,
      DEPARTMENT_SOURCE,
      `SELECT DISTINCT ON (acc.id) mp.company_id, $1::uuid AS source_id, acc.id AS assignee_account_id,
              '部署の教育: ' || $2::text AS title_ja, 'Department training: ' || $3::text AS title_en, $4::date AS due_on,
              '/training/campaigns/' || $1::text AS link
       FROM accounts acc JOIN people mp ON mp.id = acc.person_id
       JOIN memberships m ON m.account_id = acc.id AND m.role = 'dept_manager' AND (m.company_id IS NULL OR m.company_id = mp.company_id)
       WHERE NOT acc.disabled AND mp.department_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM training_assignments t WHERE t.campaign_id = $1 AND t.department_id = mp.department_id AND t.status = 'assigned')`,
      [campaign.id, campaign.titleJa, campaign.titleEn, campaign.dueOn],
    );
  }

  /** `assigned` notifications for assignments that have not had one. Returns how many were handled. */
  async sendNotices(manager: EntityManager, campaignId: string | null, limit = NOTICE_BATCH): Promise<number> {
    // People without an account have no one to tell: one statement, however many they are.
    await manager.query(
      `UPDATE training_assignments a SET notice_sent_at = $2
       WHERE a.notice_sent_at IS NULL AND a.status = 'assigned' AND ($1::uuid IS NULL OR a.campaign_id = $1)
         AND NOT EXISTS (SELECT 1 FROM accounts acc WHERE acc.person_id = a.person_id AND NOT acc.disabled)`,
      [campaignId, this.clock.now()],
    );
    const rows: {
      id: string;
      account_id: string | null;
      company_id: string;
      title_ja: string;
      title_en: string;
      due_on: string;
    }[] = await manager.query(
      `SELECT a.id, acc.id AS account_id, a.company_id, k.title_ja, k.title_en, to_char(a.due_on, 'YYYY-MM-DD') AS due_on
         FROM training_assignments a JOIN training_campaigns k ON k.id = a.campaign_id
         LEFT JOIN accounts acc ON acc.person_id = a.person_id AND NOT acc.disabled
         WHERE a.notice_sent_at IS NULL AND a.status = 'assigned' AND ($1::uuid IS NULL OR a.campaign_id = $1)
         ORDER BY a.created_at, a.id LIMIT $2 FOR UPDATE OF a SKIP LOCKED`,
      [campaignId, limit],
    );
    for (const r of rows) {
      if (!r.account_id) continue;
      await this.notifications.notify(manager, {
        type: 'assigned',
        recipientAccountIds: [r.account_id],
        subject: r.id,
        companyId: r.company_id,
        params: { titleJa: r.title_ja, titleEn: r.title_en, dueOn: r.due_on, sourceType: ASSIGNMENT_SOURCE },
        link: `/training/my/${r.id}`,
      });
    }
    if (rows.length)
      await manager.query('UPDATE training_assignments SET notice_sent_at = $2 WHERE id = ANY($1::uuid[])', [
        rows.map((r) => r.id),
        this.clock.now(),
      ]);
    return rows.length;
  }

  /** The notices job: works through what large campaigns left, a batch per transaction. */
  async sendPendingNotices(): Promise<{ sent: number }> {
    let sent = 0;
    for (let i = 0; i < 40; i++) {
      const n = await this.dataSource.transaction((m) => this.sendNotices(m, null));
      sent += n;
      if (n < NOTICE_BATCH) break;
    }
    return { sent };
  }

  async update(auth: AuthContext, id: string, dto: UpdateCampaignDto, version: number): Promise<CampaignDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      const next = {
        windowStart: before.windowStart,
        windowEnd: dto.windowEnd ?? before.windowEnd,
        dueOn: dto.dueOn ?? before.dueOn,
      };
      const errors = windowErrors(next);
      if (errors.length) throw problems.validation(errors);
      const patch: Partial<TrainingCampaign> = {};
      for (const key of ['titleJa', 'titleEn', 'dueOn', 'windowEnd', 'reminders', 'status'] as const) {
        if (dto[key] !== undefined && dto[key] !== before[key]) (patch as Record<string, unknown>)[key] = dto[key];
      }
      await updateVersioned(manager, TrainingCampaign, id, version, patch, actorOf(auth), this.clock.now());
      if (patch.dueOn) {
        // A moved due date moves the open regular assignments that had the old one.
        await manager.query(
          `UPDATE training_assignments SET due_on = $3::date, updated_at = $4, version = version + 1
           WHERE campaign_id = $1 AND kind = 'regular' AND status = 'assigned' AND due_on = $2::date`,
          [id, before.dueOn, patch.dueOn, this.clock.now()],
        );
      }
      const after = await manager.findOneByOrFail(TrainingCampaign, { id });
      if (after.status === 'closed' || !after.reminders) {
        await manager.query(
          `DELETE FROM deadlines WHERE (source_type = $1 AND source_id IN (SELECT id FROM training_assignments WHERE campaign_id = $3))
             OR (source_type = $2 AND source_id = $3)`,
          [ASSIGNMENT_SOURCE, DEPARTMENT_SOURCE, id],
        );
      } else if (patch.dueOn || patch.titleJa || patch.titleEn || patch.reminders || patch.status) {
        await this.declareDeadlines(manager, after, null);
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const [k, v] of Object.entries(patch)) changes[k] = { from: before[k as keyof TrainingCampaign], to: v };
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'training_campaign.updated',
        entityType: 'training_campaign',
        entityId: id,
        details: { changes },
      });
      return this.dto(manager, after);
    });
  }

  /**
   * `knownCompanyId`: the campaign's company as the route's guard read it, with the permission to read
   * the campaign there already checked (RecordCompany()); without it, it is read and checked here.
   */
  async progress(auth: AuthContext, id: string, knownCompanyId?: string): Promise<ProgressDto> {
    const companyId = knownCompanyId ?? (await this.access.companyOf('training_campaigns', id));
    if (!companyId || !scopeIncludes(this.access.scope(auth, 'training_campaign', 'read'), companyId)) {
      throw problems.notFound();
    }
    const view = await this.view(auth, companyId);
    // One statement: PostgreSQL sums the counters per company, department and employment type and for
    // the whole campaign (grouping sets), with the names joined in; the API only sorts the groups.
    const c = new SqlConditions();
    c.add(`p.campaign_id = ${c.p(id)}`);
    this.viewConditions(c, view, 'p.');
    const rows: ProgressRow[] = await this.dataSource.query(
      `SELECT GROUPING(p.company_id, p.department_id, p.employment_type)::int AS grouping,
              p.company_id, p.department_id, p.employment_type, coalesce(co.name_ja, d.name) AS label,
              ${countSums(c.p(this.today()), 'p.')}
       FROM training_progress_counts p
       LEFT JOIN companies co ON co.id = p.company_id
       LEFT JOIN departments d ON d.id = p.department_id
       ${c.where()}
       GROUP BY GROUPING SETS ((), (p.company_id, co.name_ja), (p.department_id, d.name), (p.employment_type))
       HAVING sum(p.n) > 0`,
      c.params,
    );
    return {
      campaignId: id,
      departmentOnly: view.departmentIds !== null,
      overall: sum(rows.filter((r) => r.grouping === BY.all)),
      byCompany: progressGroups(rows, BY.company, (r) => r.company_id),
      byDepartment: progressGroups(rows, BY.department, (r) => r.department_id),
      byEmploymentType: progressGroups(rows, BY.employmentType, (r) => r.employment_type),
    };
  }

  private attendeeQuery(id: string, view: View, query: Partial<AssignmentListQueryDto>, today: string) {
    const c = new SqlConditions();
    c.add(`a.campaign_id = ${c.p(id)}`);
    this.viewConditions(c, view, 'a.');
    const t = query.state === 'open' || query.state === 'overdue' ? c.p(today) : '';
    if (query.state === 'passed') c.add(`a.status = 'passed'`);
    if (query.state === 'withdrawn') c.add(`a.status = 'withdrawn'`);
    if (query.state === 'open') c.add(`a.status = 'assigned' AND a.due_on >= ${t}::date`);
    if (query.state === 'overdue') c.add(`a.status = 'assigned' AND a.due_on < ${t}::date`);
    if (query.companyId) c.add(`a.company_id = ${c.p(query.companyId)}`);
    if (query.departmentId) c.add(`a.department_id = ${c.p(query.departmentId)}`);
    if (query.employmentType) c.add(`a.employment_type = ${c.p(query.employmentType)}`);
    return c;
  }

  async attendees(
    auth: AuthContext,
    id: string,
    query: Partial<AssignmentListQueryDto>,
    all = false,
  ): Promise<Page<TrainingAttendeeDto>> {
    const campaign = await this.load(this.dataSource.manager, auth, id, 'read');
    const view = await this.view(auth, campaign.companyId);
    const today = this.today();
    const c = this.attendeeQuery(id, view, query, today);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM training_assignments a ${c.where()}`,
      c.params,
    );
    const page = all ? '' : `LIMIT ${c.p(query.limit ?? DEFAULT_LIMIT)} OFFSET ${c.p(query.offset ?? 0)}`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.id, a.person_id, a.company_id, co.name_ja AS company_name, p.employee_number, p.family_name, p.given_name,
              a.department_id, d.name AS department_name, a.employment_type, a.kind, a.status, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
              a.attempts, a.best_score, a.passed_at,
              (SELECT t.id FROM training_attempts t WHERE t.assignment_id = a.id AND t.passed LIMIT 1) AS attestation_id
       FROM training_assignments a JOIN people p ON p.id = a.person_id JOIN companies co ON co.id = a.company_id
       LEFT JOIN departments d ON d.id = a.department_id
       ${c.where()} ORDER BY co.name_ja, d.name NULLS LAST, p.employee_number, a.kind, a.id ${page}`,
      c.params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id as string,
        personId: r.person_id as string,
        companyId: r.company_id as string,
        companyName: r.company_name as string,
        employeeNumber: r.employee_number as string,
        familyName: r.family_name as string,
        givenName: r.given_name as string,
        departmentId: r.department_id as string | null,
        departmentName: r.department_name as string | null,
        employmentType: r.employment_type as string,
        kind: r.kind as TrainingAttendeeDto['kind'],
        state: assignmentState(r.status as AssignmentStatus, r.due_on as string, today),
        dueOn: r.due_on as string,
        attempts: r.attempts as number,
        bestScore: r.best_score as number | null,
        passedAt: r.passed_at ? (r.passed_at as Date).toISOString() : null,
        attestationId: r.attestation_id as string | null,
      })),
      total,
      nextCursor: null,
    };
  }

  async summary(auth: AuthContext, id: string): Promise<SummaryDto> {
    const campaign = await this.load(this.dataSource.manager, auth, id, 'read');
    const [course, progress, company] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(TrainingCourse, { id: campaign.courseId }),
      this.progress(auth, id),
      this.dataSource.query('SELECT name_ja, name_en FROM companies WHERE id = $1', [campaign.companyId]),
    ]);
    const version = course.currentVersionId
      ? await this.dataSource.manager.findOneBy(TrainingCourseVersion, { id: course.currentVersionId })
      : null;
    const [{ average, makeups }] = await this.dataSource.query(
      `SELECT coalesce(round(avg(t.score)), 0)::int AS average,
              (SELECT count(*)::int FROM training_assignments WHERE campaign_id = $1 AND kind = 'makeup') AS makeups
       FROM training_attempts t JOIN training_assignments a ON a.id = t.assignment_id
       WHERE a.campaign_id = $1 AND t.passed`,
      [id],
    );
    return {
      campaign: await this.dto(this.dataSource.manager, campaign),
      companyNameJa: company[0].name_ja,
      companyNameEn: company[0].name_en,
      topics: version?.content.topics ?? course.topics,
      courseVersionNo: version?.versionNo ?? 0,
      passMark: version?.content.passMark ?? course.passMark,
      questionCount: (version?.content.questions ?? course.questions).length,
      progress,
      averageScore: average,
      makeUps: makeups,
      generatedAt: this.clock.now().toISOString(),
    };
  }

  /** 補講: a new assignment, with its own due date, for people who missed the campaign's. */
  async makeUp(auth: AuthContext, id: string, dto: MakeUpDto): Promise<{ created: number }> {
    const today = this.today();
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.load(manager, auth, id, 'update', true);
      const personIds = [...new Set(dto.personIds)];
      const rows: { person_id: string; kind: 'regular' | 'makeup'; status: AssignmentStatus; due_on: string }[] =
        await manager.query(
          `SELECT person_id, kind, status, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM training_assignments
           WHERE campaign_id = $1 AND person_id = ANY($2::uuid[])`,
          [id, personIds],
        );
      const errors = personIds.flatMap((personId, i) => {
        const states = rows
          .filter((r) => r.person_id === personId)
          .map((r) => ({ kind: r.kind, state: assignmentState(r.status, r.due_on, today) }));
        const refusal = makeUpRefusal(states, dto.dueOn, today);
        return refusal
          ? [{ field: refusal === 'DUE_IN_PAST' ? 'dueOn' : `personIds.${i}`, code: refusal, message: refusal }]
          : [];
      });
      if (errors.length) throw problems.validation(errors.slice(0, 50));
      const created: { id: string }[] = await manager.query(
        `INSERT INTO training_assignments (id, company_id, campaign_id, person_id, department_id, employment_type, kind, status,
                                           due_on, attempts, created_at, updated_at, created_by, updated_by, version)
         SELECT gen_random_uuid(), p.company_id, $1, p.id, p.department_id, p.employment_type, 'makeup', 'assigned', $2::date, 0, $3, $3, $4, $4, 1
         FROM people p WHERE p.id = ANY($5::uuid[]) RETURNING id`,
        [id, dto.dueOn, this.clock.now(), auth.accountId, personIds],
      );
      if (campaign.reminders)
        await this.declareDeadlines(
          manager,
          campaign,
          created.map((r) => r.id),
        );
      await this.sendNotices(manager, id);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: campaign.companyId,
        action: 'training_campaign.makeup_assigned',
        entityType: 'training_campaign',
        entityId: id,
        details: { personIds, dueOn: dto.dueOn, assignmentIds: created.map((r) => r.id) },
      });
      return { created: created.length };
    });
  }

  /**
   * Keeps a campaign in step with the roster: people who joined the audience while the window is open
   * are assigned; leavers' open assignments are withdrawn. Set-based, safe to repeat.
   */
  async syncOne(manager: EntityManager, campaign: TrainingCampaign, actor = SYSTEM_ACTOR): Promise<SyncResultDto> {
    const today = this.today();
    const now = this.clock.now();
    const [withdrawn]: [{ id: string }[], number] = await manager.query(
      `UPDATE training_assignments t SET status = 'withdrawn', withdrawn_at = $2, updated_at = $2, version = t.version + 1
       FROM people p WHERE p.id = t.person_id AND t.campaign_id = $1 AND t.status = 'assigned' AND NOT p.active
       RETURNING t.id`,
      [campaign.id, now],
    );
    if (withdrawn.length)
      await manager.query('DELETE FROM deadlines WHERE source_type = $1 AND source_id = ANY($2::uuid[])', [
        ASSIGNMENT_SOURCE,
        withdrawn.map((w) => w.id),
      ]);
    let assigned: { id: string }[] = [];
    if (campaign.status === 'open' && windowOpen(campaign, today)) {
      const late = addDays(today, NEW_HIRE_DAYS);
      const dueOn = campaign.dueOn >= today ? campaign.dueOn : late > campaign.windowEnd ? campaign.windowEnd : late;
      const a = campaign.audience;
      assigned = await manager.query(
        `INSERT INTO training_assignments (id, company_id, campaign_id, person_id, department_id, employment_type, kind, status,
                                           due_on, attempts, created_at, updated_at, created_by, updated_by, version)
         SELECT gen_random_uuid(), p.company_id, $1, p.id, p.department_id, p.employment_type, 'regular', 'assigned', $2::date, 0, $3, $3, $4, $4, 1
         FROM people p
         WHERE p.active AND p.company_id = ANY($5::uuid[])
           AND (cardinality($6::uuid[]) = 0 OR p.department_id = ANY($6::uuid[]))
           AND (cardinality($7::text[]) = 0 OR p.employment_type = ANY($7::text[]))
           AND NOT EXISTS (SELECT 1 FROM training_assignments x WHERE x.campaign_id = $1 AND x.person_id = p.id AND x.kind = 'regular')
         RETURNING id`,
        [campaign.id, dueOn, now, actor.accountId, a.companyIds, a.departmentIds, a.employmentTypes],
      );
      if (assigned.length && campaign.reminders)
        await this.declareDeadlines(
          manager,
          campaign,
          assigned.map((r) => r.id),
        );
    }
    if (assigned.length || withdrawn.length) {
      await this.audit.append(manager, {
        actor,
        companyId: campaign.companyId,
        action: 'training_campaign.roster_synced',
        entityType: 'training_campaign',
        entityId: campaign.id,
        details: { assigned: assigned.map((r) => r.id), withdrawn: withdrawn.map((r) => r.id) },
      });
    }
    return { assigned: assigned.length, withdrawn: withdrawn.length };
  }

  async sync(auth: AuthContext, id: string): Promise<SyncResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.load(manager, auth, id, 'update', true);
      const result = await this.syncOne(manager, campaign, actorOf(auth));
      await this.sendNotices(manager, id);
      return result;
    });
  }

  /** The roster job: every open campaign, one transaction each. */
  async syncAll(): Promise<{ campaigns: number; assigned: number; withdrawn: number }> {
    const ids: { id: string }[] = await this.dataSource.query(
      "SELECT id FROM training_campaigns WHERE status = 'open' ORDER BY id",
    );
    let assigned = 0;
    let withdrawn = 0;
    for (const { id } of ids) {
      const r = await this.dataSource.transaction(async (manager) => {
        const campaign = await manager.findOne(TrainingCampaign, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        return campaign ? this.syncOne(manager, campaign) : { assigned: 0, withdrawn: 0 };
      });
      assigned += r.assigned;
      withdrawn += r.withdrawn;
    }
    if (assigned || withdrawn) this.logger.log(`roster sync: ${assigned} assigned, ${withdrawn} withdrawn`);
    return { campaigns: ids.length, assigned, withdrawn };
  }

  /**
   * R-ED-01: active people with no annual course passed in the last 365 days, of the company or, without
   * one, of every company the caller reads training in (department managers: their departments), narrowed
   * by the search words and employment type. `all`: every row, for the export (no more than the roster).
   */
  async coverage(auth: AuthContext, query: CoverageQueryDto, all = false): Promise<Page<CoverageRowDto>> {
    const c = new SqlConditions();
    c.add('p.active');
    if (query.companyId) {
      if (!scopeIncludes(this.access.scope(auth, 'training_campaign', 'read'), query.companyId))
        throw problems.notFound();
      const view = await this.view(auth, query.companyId);
      c.add(`p.company_id = ${c.p(query.companyId)}`);
      if (view.departmentIds) c.add(`p.department_id = ANY(${c.p(view.departmentIds)}::uuid[])`);
    } else {
      this.coverageScope(c, await this.groupView(auth));
    }
    if (query.employmentType) c.add(`p.employment_type = ${c.p(query.employmentType)}`);
    addPeopleSearch(c, query.q);
    // people.annual_training_on: the last passed annual course, kept by the database from the attestations.
    const since = c.p(coverageSince(this.today()));
    c.add(`(p.annual_training_on IS NULL OR p.annual_training_on < ${since}::date)`);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM people p ${c.where()}`,
      c.params,
    );
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, p.company_id, co.name_ja AS company_name, p.employee_number, p.family_name, p.given_name,
              d.name AS department_name, p.employment_type, to_char(p.annual_training_on, 'YYYY-MM-DD') AS last
       FROM people p JOIN companies co ON co.id = p.company_id LEFT JOIN departments d ON d.id = p.department_id
       ${c.where()}
       ORDER BY p.annual_training_on NULLS FIRST, p.family_name_kana, p.id
       ${all ? '' : `LIMIT ${c.p(query.limit ?? DEFAULT_LIMIT)} OFFSET ${c.p(query.offset ?? 0)}`}`,
      c.params,
    );
    return {
      items: rows.map((r) => ({
        personId: r.id as string,
        companyId: r.company_id as string,
        companyName: r.company_name as string,
        employeeNumber: r.employee_number as string,
        familyName: r.family_name as string,
        givenName: r.given_name as string,
        departmentName: r.department_name as string | null,
        employmentType: r.employment_type as string,
        lastPassedOn: r.last as string | null,
      })),
      total,
      nextCursor: null,
    };
  }
}
