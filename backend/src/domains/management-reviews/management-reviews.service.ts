import { Injectable } from '@nestjs/common';
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
import { updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { tokyoDate } from '../../platform/notifications/notification.rules';
import { DEFAULT_LIMIT, Page, SqlConditions } from '../../platform/pagination/pagination';
import { ContributorRegistry, ReviewInputContribution } from '../dashboard/contributors';
import { ImprovementActionsService } from '../improvement-actions/improvement-actions.service';
import {
  CompileReviewDto,
  CreateManagementReviewDto,
  ManagementReviewDto,
  ManagementReviewSummaryDto,
  ReviewFreshnessDto,
  ReviewFreshnessQueryDto,
  ReviewQueryDto,
  UpdateManagementReviewDto,
} from './dto/management-review.dto';
import { ManagementReview, StoredDecision, StoredInput } from './management-review.entity';
import { reviewProblems } from './management-reviews.errors';
import {
  actionKindForDecision,
  auditReportMissing,
  blankInputs,
  incompleteDecisions,
  isEditable,
  maySignOff,
  REVIEW_INPUT_KEYS,
  REVIEW_INTERVAL_DAYS,
  REVIEW_WARNING_DAYS,
  reviewFreshness,
} from './management-reviews.rules';

type Loaded = ManagementReview & { companyNameJa: string; companyNameEn: string };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function emptyInputs(): StoredInput[] {
  return REVIEW_INPUT_KEYS.map((key) => ({ key, commentary: null, noChange: false, compiled: null }));
}

export function toReviewDto(r: Loaded): ManagementReviewDto {
  const inputs = REVIEW_INPUT_KEYS.map(
    (key) => r.inputs.find((i) => i.key === key) ?? { key, commentary: null, noChange: false, compiled: null },
  );
  const blank = blankInputs(inputs);
  return {
    id: r.id,
    companyId: r.companyId,
    companyNameJa: r.companyNameJa,
    companyNameEn: r.companyNameEn,
    title: r.title,
    heldOn: r.heldOn,
    status: r.status,
    revision: r.revision,
    revisionOf: r.revisionOf,
    supersededById: r.supersededById,
    chairPersonId: r.chairPersonId,
    chairName: r.chairName,
    attendees: r.attendees,
    inputs: inputs.map((i) => ({
      key: i.key,
      commentary: i.commentary,
      noChange: i.noChange,
      blank: blank.includes(i.key),
      compiled: i.compiled
        ? i.compiled.map((c) => ({
            source: c.source,
            figures: c.figures.map((f) => ({ key: f.key, value: f.value, link: f.link ?? null })),
            items: (c.items ?? []).map((it) => ({ text: it.text, link: it.link ?? null, detail: it.detail ?? null })),
          }))
        : null,
    })),
    blankInputs: blank,
    compiledAt: iso(r.compiledAt),
    compiledAsOf: iso(r.compiledAsOf),
    periodFrom: r.periodFrom,
    decisions: r.decisions,
    auditReportReference: r.auditReportReference,
    signedByName: r.signedByName,
    signedAt: iso(r.signedAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** The audit trail keeps the minutes' content; compiled figures are recorded by their compile time. */
function snapshot(dto: ManagementReviewDto): Record<string, unknown> {
  const { inputs, blankInputs: _b, companyNameJa: _j, companyNameEn: _e, ...rest } = dto;
  return auditSnapshot({
    ...rest,
    inputs: inputs.map((i) => ({ key: i.key, commentary: i.commentary, noChange: i.noChange })),
  });
}

/** SQL for the freshness states (R-MR-01), the same for the dashboard figure and the list behind it. */
export function freshnessCondition(state: string, days: string, held: string): string {
  switch (state) {
    case 'attention':
      return `(${held} IS NULL OR ${days} > ${REVIEW_INTERVAL_DAYS})`;
    case 'overdue':
      return `${days} > ${REVIEW_INTERVAL_DAYS}`;
    case 'never':
      return `${held} IS NULL`;
    case 'due_soon':
      return `${days} > ${REVIEW_INTERVAL_DAYS - REVIEW_WARNING_DAYS} AND ${days} <= ${REVIEW_INTERVAL_DAYS}`;
    default:
      return `${days} <= ${REVIEW_INTERVAL_DAYS - REVIEW_WARNING_DAYS}`;
  }
}

/**
 * The latest signed (or since revised) review per company, with days since it, in the scope given: one
 * pass over the signed reviews (a handful per company) rather than a look-up per company.
 */
export function freshnessSql(c: SqlConditions, companyIds: string[] | null, today: string): string {
  const t = c.p(today);
  if (companyIds) c.add(`c.id = ANY(${c.p(companyIds)}::uuid[])`);
  return `SELECT c.id AS company_id, c.name_ja, c.name_en, r.id AS review_id, r.held_on::text AS held_on,
                 (${t}::date - r.held_on) AS days
            FROM companies c
            LEFT JOIN (
              SELECT DISTINCT ON (company_id) company_id, id, held_on FROM management_reviews
               WHERE status IN ('signed', 'superseded')
               ORDER BY company_id, held_on DESC, revision DESC, id) r ON r.company_id = c.id`;
}

@Injectable()
export class ManagementReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly registry: ContributorRegistry,
    private readonly actions: ImprovementActionsService,
  ) {}

  private today(): string {
    return tokyoDate(this.clock.now());
  }

  private async row(manager: EntityManager, id: string, lock = false): Promise<Loaded | null> {
    if (lock) await manager.query('SELECT 1 FROM management_reviews WHERE id = $1 FOR UPDATE', [id]);
    const review = await manager.findOneBy(ManagementReview, { id });
    if (!review) return null;
    const [company] = await manager.query('SELECT name_ja, name_en FROM companies WHERE id = $1', [review.companyId]);
    return Object.assign(review, {
      companyNameJa: company.name_ja as string,
      companyNameEn: company.name_en as string,
    });
  }

  private async load(
    manager: EntityManager,
    auth: AuthContext,
    id: string,
    action: Action,
    lock = false,
  ): Promise<Loaded> {
    const review = await this.row(manager, id, lock);
    if (!review || !scopeIncludes(this.access.scope(auth, 'management_review', action), review.companyId)) {
      throw problems.notFound();
    }
    return review;
  }

  async list(auth: AuthContext, query: ReviewQueryDto): Promise<Page<ManagementReviewSummaryDto>> {
    const scope = this.access.scope(auth, 'management_review', 'read');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const c = new SqlConditions();
    if (!scope.all) c.add(`r.company_id = ANY(${c.p(scope.companyIds)}::uuid[])`);
    if (query.companyId) c.add(`r.company_id = ${c.p(query.companyId)}`);
    if (query.status) c.add(`r.status = ${c.p(query.status)}`);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM management_reviews r ${c.where()}`,
      c.params,
    );
    const offset = query.offset ?? 0;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.id, r.company_id, c.name_ja, c.name_en, r.title, r.held_on::text AS held_on, r.status, r.revision,
              r.chair_name, r.inputs, jsonb_array_length(r.decisions)::int AS decision_count, r.signed_at, r.version
         FROM management_reviews r JOIN companies c ON c.id = r.company_id ${c.where()}
        ORDER BY r.held_on DESC, r.revision DESC, r.id LIMIT ${c.p(limit)} OFFSET ${c.p(offset)}`,
      c.params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id as string,
        companyId: r.company_id as string,
        companyNameJa: r.name_ja as string,
        companyNameEn: r.name_en as string,
        title: r.title as string,
        heldOn: r.held_on as string,
        status: r.status as ManagementReviewSummaryDto['status'],
        revision: r.revision as number,
        chairName: r.chair_name as string,
        blankInputCount: blankInputs(r.inputs as StoredInput[]).length,
        decisionCount: r.decision_count as number,
        signedAt: iso(r.signed_at as Date | null),
        version: r.version as number,
      })),
      total,
      nextCursor: null,
    };
  }

  async get(auth: AuthContext, id: string): Promise<ManagementReviewDto> {
    return toReviewDto(await this.load(this.dataSource.manager, auth, id, 'read'));
  }

  /** R-MR-01 per company: the latest review and the days since it, worst first. */
  async freshness(auth: AuthContext, query: ReviewFreshnessQueryDto): Promise<Page<ReviewFreshnessDto>> {
    const scope = this.access.scope(auth, 'management_review', 'read');
    const today = this.today();
    const limit = query.limit ?? DEFAULT_LIMIT;
    const c = new SqlConditions();
    const base = freshnessSql(c, scope.all ? null : scope.companyIds, today);
    if (query.companyId) c.add(`c.id = ${c.p(query.companyId)}`);
    const outer = query.state ? `WHERE ${freshnessCondition(query.state, 'f.days', 'f.held_on')}` : '';
    const sql = `WITH f AS (${base} ${c.where()}) SELECT * FROM f ${outer}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM (${sql}) x`, c.params);
    const rows: {
      company_id: string;
      name_ja: string;
      name_en: string;
      review_id: string | null;
      held_on: string | null;
    }[] = await this.dataSource.query(
      `${sql} ORDER BY f.days DESC NULLS FIRST, f.name_ja, f.company_id LIMIT ${c.p(limit)} OFFSET ${c.p(query.offset ?? 0)}`,
      c.params,
    );
    return {
      items: rows.map((r) => {
        const f = reviewFreshness(r.held_on, today);
        return {
          companyId: r.company_id,
          companyNameJa: r.name_ja,
          companyNameEn: r.name_en,
          lastReviewOn: r.held_on,
          lastReviewId: r.review_id,
          daysSince: f.days,
          state: f.state,
        };
      }),
      total,
      nextCursor: null,
    };
  }

  private async personName(
    manager: EntityManager,
    companyId: string,
    personId: string,
    field: string,
  ): Promise<string> {
    const rows: { name: string }[] = await manager.query(
      "SELECT family_name || ' ' || given_name AS name FROM people WHERE id = $1 AND company_id = $2 AND active",
      [personId, companyId],
    );
    if (!rows.length) throw reviewProblems.personNotInCompany(field);
    return rows[0].name;
  }

  /** The chair must be top management: a person of the company whose account holds the executive role there. */
  private async checkChair(manager: EntityManager, companyId: string, personId: string): Promise<string> {
    const name = await this.personName(manager, companyId, personId, 'chairPersonId');
    const rows = await manager.query(
      `SELECT 1 FROM accounts a JOIN memberships m ON m.account_id = a.id
        WHERE a.person_id = $1 AND NOT a.disabled AND m.role = 'executive' AND (m.company_id = $2 OR m.company_id IS NULL)`,
      [personId, companyId],
    );
    if (!rows.length) throw reviewProblems.chairNotExecutive();
    return name;
  }

  private async attendees(manager: EntityManager, companyId: string, ids: string[]) {
    const out: { personId: string; name: string }[] = [];
    for (const personId of [...new Set(ids)]) {
      out.push({ personId, name: await this.personName(manager, companyId, personId, 'attendeePersonIds') });
    }
    return out;
  }

  async create(auth: AuthContext, dto: CreateManagementReviewDto): Promise<ManagementReviewDto> {
    if (!scopeIncludes(this.access.scope(auth, 'management_review', 'create'), dto.companyId))
      throw problems.notFound();
    return this.dataSource.transaction(async (manager) => {
      const company = await manager.query('SELECT 1 FROM companies WHERE id = $1', [dto.companyId]);
      if (!company.length) throw problems.notFound();
      const chairName = await this.checkChair(manager, dto.companyId, dto.chairPersonId);
      const now = this.clock.now();
      const id = randomUUID();
      await manager.insert(ManagementReview, {
        id,
        companyId: dto.companyId,
        title: dto.title,
        heldOn: dto.heldOn,
        status: 'draft',
        revision: 1,
        revisionOf: null,
        supersededById: null,
        chairPersonId: dto.chairPersonId,
        chairName,
        attendees: await this.attendees(manager, dto.companyId, dto.attendeePersonIds ?? []),
        inputs: emptyInputs(),
        decisions: [],
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const created = toReviewDto((await this.row(manager, id))!);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: dto.companyId,
        action: 'management_review.created',
        entityType: 'management_review',
        entityId: id,
        changes: diffSnapshots(null, snapshot(created)),
      });
      return created;
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateManagementReviewDto,
    version: number,
  ): Promise<ManagementReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update', true);
      if (!isEditable(before.status)) throw reviewProblems.signed();
      if (before.version !== version) throw problems.staleVersion();
      const patch: Record<string, unknown> = {};
      if (dto.title !== undefined) patch.title = dto.title;
      if (dto.heldOn !== undefined) patch.heldOn = dto.heldOn;
      if (dto.chairPersonId !== undefined) {
        patch.chairPersonId = dto.chairPersonId;
        patch.chairName = await this.checkChair(manager, before.companyId, dto.chairPersonId);
      }
      if (dto.attendeePersonIds !== undefined) {
        patch.attendees = await this.attendees(manager, before.companyId, dto.attendeePersonIds);
      }
      if (dto.auditReportReference !== undefined) patch.auditReportReference = dto.auditReportReference;
      if (dto.inputs) {
        const inputs = REVIEW_INPUT_KEYS.map(
          (key) =>
            before.inputs.find((i) => i.key === key) ?? { key, commentary: null, noChange: false, compiled: null },
        );
        for (const change of dto.inputs) {
          const input = inputs.find((i) => i.key === change.key)!;
          if (change.commentary !== undefined) input.commentary = change.commentary;
          if (change.noChange !== undefined) input.noChange = change.noChange;
        }
        patch.inputs = inputs;
      }
      if (dto.decisions) {
        const decisions: StoredDecision[] = [];
        for (const [index, d] of dto.decisions.entries()) {
          const existing = d.id ? before.decisions.find((x) => x.id === d.id) : undefined;
          if (existing?.actionId) {
            decisions.push(existing);
            continue;
          }
          decisions.push({
            id: existing?.id ?? randomUUID(),
            type: d.type,
            description: d.description,
            ownerPersonId: d.ownerPersonId ?? null,
            ownerName: d.ownerPersonId
              ? await this.personName(manager, before.companyId, d.ownerPersonId, `decisions.${index}.ownerPersonId`)
              : null,
            dueOn: d.dueOn ?? null,
            actionId: null,
          });
        }
        patch.decisions = decisions;
      }
      await updateVersioned(manager, ManagementReview, id, version, patch, actorOf(auth), this.clock.now());
      return this.afterWrite(manager, auth, before, 'management_review.updated');
    });
  }

  private async afterWrite(
    manager: EntityManager,
    auth: AuthContext,
    before: Loaded,
    action: string,
    details?: Record<string, unknown>,
  ): Promise<ManagementReviewDto> {
    const after = toReviewDto((await this.row(manager, before.id))!);
    await this.audit.append(manager, {
      actor: actorOf(auth),
      companyId: before.companyId,
      action,
      entityType: 'management_review',
      entityId: before.id,
      changes: diffSnapshots(snapshot(toReviewDto(before)), snapshot(after)),
      details: details ?? null,
    });
    return after;
  }

  /**
   * Compiles the inputs from every registered contributor at `asOf`, for the period since the previous
   * review, and stores the snapshot in the minutes; commentary and "no change" stay as written.
   */
  async compile(auth: AuthContext, id: string, dto: CompileReviewDto, version: number): Promise<ManagementReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update', true);
      if (!isEditable(before.status)) throw reviewProblems.signed();
      if (before.version !== version) throw problems.staleVersion();
      const now = this.clock.now();
      const asOf = dto.asOf ? new Date(dto.asOf) : now;
      if (asOf.getTime() > now.getTime()) {
        throw problems.validation([
          { field: 'asOf', code: 'IN_THE_FUTURE', message: 'asOf must not be in the future' },
        ]);
      }
      const previous: { held_on: string }[] = await manager.query(
        `SELECT held_on::text AS held_on FROM management_reviews
          WHERE company_id = $1 AND status IN ('signed', 'superseded') AND id <> $2 AND id IS DISTINCT FROM $3::uuid
            AND held_on <= $4::date
          ORDER BY held_on DESC LIMIT 1`,
        [before.companyId, id, before.revisionOf, before.heldOn],
      );
      const context = {
        companyId: before.companyId,
        since: previous[0]?.held_on ?? null,
        asOf,
        asOfDate: tokyoDate(asOf),
      };
      const contributions: ReviewInputContribution[] = [];
      for (const contributor of this.registry.reviewInputContributors()) {
        contributions.push(...(await contributor.reviewInputs(manager, context)));
      }
      const inputs = REVIEW_INPUT_KEYS.map((key) => {
        const current = before.inputs.find((i) => i.key === key) ?? {
          key,
          commentary: null,
          noChange: false,
          compiled: null,
        };
        return { ...current, compiled: contributions.filter((c) => c.input === key) };
      });
      await updateVersioned(
        manager,
        ManagementReview,
        id,
        version,
        {
          inputs: inputs,
          compiledAt: now,
          compiledAsOf: asOf,
          periodFrom: context.since,
        },
        actorOf(auth),
        now,
      );
      return this.afterWrite(manager, auth, before, 'management_review.compiled', {
        asOf: asOf.toISOString(),
        periodFrom: context.since,
      });
    });
  }

  private isExecutive(auth: AuthContext, companyId: string): boolean {
    return auth.memberships.some((m) => m.role === 'executive' && (m.companyId === null || m.companyId === companyId));
  }

  /**
   * Sign-off by the chair or an executive: no blank input (R-MR-02), the audit report named (R-MR-04),
   * each decision complete and turned into an improvement action (R-MR-03). The minutes freeze; a
   * signed revision supersedes the minutes it revises.
   */
  async signOff(auth: AuthContext, id: string, version: number): Promise<ManagementReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update', true);
      if (!isEditable(before.status)) throw reviewProblems.signed();
      if (before.version !== version) throw problems.staleVersion();
      if (
        !maySignOff(
          { personId: auth.personId, isExecutive: this.isExecutive(auth, before.companyId) },
          before.chairPersonId,
        )
      ) {
        throw reviewProblems.signOffForbidden();
      }
      const blank = blankInputs(before.inputs);
      if (blank.length) throw reviewProblems.inputsBlank(blank);
      if (auditReportMissing(before)) throw reviewProblems.auditReportMissing();
      const incomplete = incompleteDecisions(before.decisions);
      if (incomplete.length) {
        throw reviewProblems.decisionsIncomplete(
          incomplete.map((e) => ({
            field: `decisions.${e.index}.${e.field}`,
            code: 'REQUIRED',
            message: `${e.field} is required`,
          })),
        );
      }
      const decisions: StoredDecision[] = [];
      for (const d of before.decisions) {
        if (d.actionId) {
          decisions.push(d);
          continue;
        }
        const action = await this.actions.createFromSource(manager, auth, {
          companyId: before.companyId,
          sourceType: 'management_review',
          sourceId: before.id,
          sourceLabel: `${before.title}（${before.heldOn}）`,
          kind: actionKindForDecision(d.type),
          grade: 'opportunity',
          title: d.description.length > 200 ? `${d.description.slice(0, 199)}…` : d.description,
          description: d.description,
          ownerPersonId: d.ownerPersonId!,
          dueOn: d.dueOn!,
          plan: null,
        });
        decisions.push({ ...d, actionId: action.id });
      }
      const [signer] = await manager.query(
        "SELECT family_name || ' ' || given_name AS name FROM people WHERE id = $1",
        [auth.personId],
      );
      const now = this.clock.now();
      await updateVersioned(
        manager,
        ManagementReview,
        id,
        version,
        {
          status: 'signed',
          decisions: decisions,
          signedByAccountId: auth.accountId,
          signedByName: signer?.name ?? '',
          signedAt: now,
        },
        actorOf(auth),
        now,
      );
      if (before.revisionOf) {
        await manager.query(
          `UPDATE management_reviews SET status = 'superseded', superseded_by_id = $2, updated_at = $3, updated_by = $4,
                  version = version + 1 WHERE id = $1 AND status = 'signed'`,
          [before.revisionOf, id, now, auth.accountId],
        );
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: before.companyId,
          action: 'management_review.superseded',
          entityType: 'management_review',
          entityId: before.revisionOf,
          details: { supersededById: id },
        });
      }
      return this.afterWrite(manager, auth, before, 'management_review.signed', {
        actionIds: decisions.map((d) => d.actionId),
      });
    });
  }

  /** A later change to signed minutes: a new draft revision; the signed minutes stay as they are. */
  async revise(auth: AuthContext, id: string): Promise<ManagementReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const source = await this.load(manager, auth, id, 'update', true);
      if (source.status !== 'signed') throw reviewProblems.notSigned();
      const open = await manager.query("SELECT 1 FROM management_reviews WHERE revision_of = $1 AND status = 'draft'", [
        id,
      ]);
      if (open.length) throw reviewProblems.notSigned();
      const now = this.clock.now();
      const newId = randomUUID();
      await manager.insert(ManagementReview, {
        id: newId,
        companyId: source.companyId,
        title: source.title,
        heldOn: source.heldOn,
        status: 'draft',
        revision: source.revision + 1,
        revisionOf: source.id,
        supersededById: null,
        chairPersonId: source.chairPersonId,
        chairName: source.chairName,
        attendees: source.attendees,
        inputs: source.inputs,
        compiledAt: source.compiledAt,
        compiledAsOf: source.compiledAsOf,
        periodFrom: source.periodFrom,
        decisions: source.decisions,
        auditReportReference: source.auditReportReference,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const created = toReviewDto((await this.row(manager, newId))!);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: source.companyId,
        action: 'management_review.revision_started',
        entityType: 'management_review',
        entityId: newId,
        changes: diffSnapshots(null, snapshot(created)),
        details: { revisionOf: source.id },
      });
      return created;
    });
  }

  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'delete', true);
      if (!isEditable(before.status)) throw reviewProblems.signed();
      if (before.version !== version) throw problems.staleVersion();
      await manager.delete(ManagementReview, { id, version });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'management_review.deleted',
        entityType: 'management_review',
        entityId: id,
        changes: diffSnapshots(snapshot(toReviewDto(before)), null),
      });
    });
  }
}
