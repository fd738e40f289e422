import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { definedOnly, deleteVersioned, updateVersioned } from '../../platform/database/versioned';
import { FieldError, problems } from '../../platform/errors/problem';
import {
  decodeCursor,
  DEFAULT_LIMIT,
  encodeCursor,
  likeEscape,
  SqlConditions,
} from '../../platform/pagination/pagination';
import { isoInstantSql, jsonPage } from '../../platform/pagination/json-page';
import { named, TableColumn, yesNo } from '../../platform/export/table-export';
import { RISK_TIER_LABELS_JA, SUBCONTRACTOR_STATUS_LABELS_JA } from './subcontractor.labels';
import { addDays } from '../../platform/notifications/notification.rules';
import {
  ContractDto,
  CreateContractDto,
  CreateEvaluationDto,
  CreateResubcontractorDto,
  CreateSubcontractorDto,
  EvaluationDto,
  HistoryEventDto,
  ResubcontractorDto,
  SettingsDto,
  SubcontractorDto,
  SubcontractorQueryDto,
  UpdateContractDto,
  UpdateSettingsDto,
  UpdateSubcontractorDto,
} from './dto/subcontractor.dto';
import {
  contractSnapshot,
  resubcontractorSnapshot,
  subcontractorSnapshot,
  toContractDto,
  toEvaluationDto,
  toResubcontractorDto,
  toSubcontractorDto,
} from './mappers';
import {
  Subcontractor,
  SubcontractorContract,
  SubcontractorEvaluation,
  SubcontractorResubcontractor,
  SubcontractorSettings,
} from './subcontractor.entity';
import { SubcontractorStore } from './subcontractor-store';
import { subcontractorProblems } from './subcontractors.errors';
import {
  ACTIVE_STATUSES,
  allowedTransitions,
  CERTIFICATION_NOTICE_DAYS,
  chainDepth,
  chainParentValid,
  checkTransition,
  computeRiskTier,
  CONTRACT_CLAUSES,
  CONTRACT_EXPIRY_NOTICE_DAYS,
  dispositionProblems,
  effectiveRiskTier,
  evaluationOutcome,
  isExpiringWithin,
  isOverdue,
  missingClauses,
  resubcontractorProblems,
  retentionProblems,
  SubcontractorStatus,
  templateProblems,
  validateScores,
} from './subcontractors.rules';

/** The columns of a subcontractor, named as the entity's properties (dates as `YYYY-MM-DD` text). */
const SUBCONTRACTOR_COLUMNS = [
  'id',
  'company_id AS "companyId"',
  'name',
  'corporate_number AS "corporateNumber"',
  'address',
  'representative',
  'contact_name AS "contactName"',
  'contact_email AS "contactEmail"',
  'services',
  'personal_data_items AS "personalDataItems"',
  'approx_persons AS "approxPersons"',
  'sensitive_data AS "sensitiveData"',
  'my_number AS "myNumber"',
  'computed_risk_tier AS "computedRiskTier"',
  'risk_tier_override AS "riskTierOverride"',
  'risk_tier_override_reason AS "riskTierOverrideReason"',
  'risk_tier AS "riskTier"',
  'privacy_mark_number AS "privacyMarkNumber"',
  'privacy_mark_expires_on::text AS "privacyMarkExpiresOn"',
  'isms_certified AS "ismsCertified"',
  'isms_expires_on::text AS "ismsExpiresOn"',
  'status',
  'approved_on::text AS "approvedOn"',
  'last_audit_on::text AS "lastAuditOn"',
  'next_audit_due_on::text AS "nextAuditDueOn"',
  'contract_ends_on::text AS "contractEndsOn"',
  'owner_account_id AS "ownerAccountId"',
  'created_at AS "createdAt"',
  'updated_at AS "updatedAt"',
  'version',
].join(', ');

/**
 * A register row's stored fields as one JSON object, rendered by PostgreSQL for the list (its hottest
 * read): the same keys and values as toSubcontractorDto, which adds the derived fields
 * (`allowedTransitions`, `auditOverdue`, `expiring`) with the same rules (listItemSuffix). An integration
 * test holds every list item equal to the record's own DTO.
 */
const SUBCONTRACTOR_JSON = `json_build_object(
  'id', id, 'companyId', company_id, 'name', name, 'corporateNumber', corporate_number, 'address', address,
  'representative', representative, 'contactName', contact_name, 'contactEmail', contact_email,
  'services', services, 'personalDataItems', personal_data_items, 'approxPersons', approx_persons,
  'sensitiveData', sensitive_data, 'myNumber', my_number, 'computedRiskTier', computed_risk_tier,
  'riskTierOverride', risk_tier_override, 'riskTierOverrideReason', risk_tier_override_reason,
  'riskTier', risk_tier, 'privacyMarkNumber', privacy_mark_number, 'privacyMarkExpiresOn', privacy_mark_expires_on,
  'ismsCertified', isms_certified, 'ismsExpiresOn', isms_expires_on, 'status', status, 'approvedOn', approved_on,
  'lastAuditOn', last_audit_on, 'nextAuditDueOn', next_audit_due_on, 'contractEndsOn', contract_ends_on,
  'ownerAccountId', owner_account_id,
  'createdAt', ${isoInstantSql('created_at')}, 'updatedAt', ${isoInstantSql('updated_at')},
  'version', version)::text`;

/** What the list reads per row: the JSON, and the fields the derived values and the cursor need. */
interface ListRow {
  json: string;
  id: string;
  name: string;
  status: Subcontractor['status'];
  nextAuditDueOn: string | null;
  contractEndsOn: string | null;
  privacyMarkExpiresOn: string | null;
  ismsExpiresOn: string | null;
  updatedAt: string;
}
const LIST_ROW_COLUMNS = `${SUBCONTRACTOR_JSON} AS json, id, name, status, next_audit_due_on::text AS "nextAuditDueOn",
  contract_ends_on::text AS "contractEndsOn", privacy_mark_expires_on::text AS "privacyMarkExpiresOn",
  isms_expires_on::text AS "ismsExpiresOn", ${isoInstantSql('updated_at')} AS "updatedAt"`;

const transitionsJson = new Map<string, string>();
/**
 * What a list row's JSON gets in place of its closing brace to be the DTO's JSON: the derived fields,
 * computed with the same rules as toSubcontractorDto.
 */
function listItemSuffix(r: ListRow, today: string): string {
  let transitions = transitionsJson.get(r.status);
  if (transitions === undefined) {
    transitions = JSON.stringify(allowedTransitions(r.status));
    transitionsJson.set(r.status, transitions);
  }
  const expiring =
    isExpiringWithin(r.contractEndsOn, today, CONTRACT_EXPIRY_NOTICE_DAYS) ||
    isExpiringWithin(r.privacyMarkExpiresOn, today, CERTIFICATION_NOTICE_DAYS) ||
    isExpiringWithin(r.ismsExpiresOn, today, CERTIFICATION_NOTICE_DAYS);
  return `, "allowedTransitions" : ${transitions}, "auditOverdue" : ${isOverdue(r.nextAuditDueOn, today)}, "expiring" : ${expiring}}`;
}

const SORTS: Record<string, { columns: string[]; casts: string[]; values: (s: ListRow) => (string | null)[] }> = {
  name: { columns: ['name', 'id'], casts: ['varchar', 'uuid'], values: (s) => [s.name, s.id] },
  nextAuditDueOn: {
    columns: ["coalesce(next_audit_due_on, '9999-12-31'::date)", 'id'],
    casts: ['date', 'uuid'],
    values: (s) => [s.nextAuditDueOn ?? '9999-12-31', s.id],
  },
  updatedAt: {
    columns: ['updated_at', 'id'],
    casts: ['timestamptz', 'uuid'],
    values: (s) => [s.updatedAt, s.id],
  },
};

/**
 * The columns of the export, in order: the company by name, coded values by their Japanese names, yes/no as
 * はい / いいえ.
 */
export const exportColumns = (companies: Map<string, string>): readonly TableColumn<SubcontractorDto>[] => [
  { header: '会社 / Company', value: (s) => companies.get(s.companyId) ?? '' },
  { header: '委託先 / Subcontractor', value: (s) => s.name },
  { header: '法人番号 / Corporate number', value: (s) => s.corporateNumber },
  { header: '状態 / Status', value: (s) => named(SUBCONTRACTOR_STATUS_LABELS_JA, s.status) },
  { header: '承認日 / Approved on', value: (s) => s.approvedOn },
  { header: 'リスク区分 / Risk tier', value: (s) => named(RISK_TIER_LABELS_JA, s.riskTier) },
  { header: '委託業務 / Services', value: (s) => s.services },
  { header: '委託する個人情報 / Personal data', value: (s) => s.personalDataItems },
  { header: '人数 / Persons', value: (s) => s.approxPersons },
  { header: '要配慮個人情報 / Sensitive data', value: (s) => yesNo(s.sensitiveData) },
  { header: 'マイナンバー / My Number', value: (s) => yesNo(s.myNumber) },
  { header: 'Pマーク / PrivacyMark', value: (s) => s.privacyMarkNumber },
  { header: 'Pマーク有効期限 / PrivacyMark expiry', value: (s) => s.privacyMarkExpiresOn },
  { header: 'ISMS', value: (s) => yesNo(s.ismsCertified) },
  { header: 'ISMS有効期限 / ISMS expiry', value: (s) => (s.ismsCertified ? s.ismsExpiresOn : null) },
  { header: '前回監督 / Last audit', value: (s) => s.lastAuditOn },
  { header: '次回監督期限 / Next audit due', value: (s) => s.nextAuditDueOn },
  { header: '監督期限超過 / Audit overdue', value: (s) => yesNo(s.auditOverdue) },
  { header: '契約満了 / Contract ends', value: (s) => s.contractEndsOn },
];

@Injectable()
export class SubcontractorsService {
  constructor(private readonly store: SubcontractorStore) {}

  private get ds() {
    return this.store.dataSource;
  }

  // ---- register ----

  private listConditions(auth: AuthContext, query: SubcontractorQueryDto): SqlConditions {
    const scope = this.store.access.scope(auth, 'subcontractor', 'read');
    const today = this.store.today();
    const c = new SqlConditions();
    if (!scope.all) c.add(`company_id = ANY(${c.p(scope.companyIds)}::uuid[])`);
    if (query.companyId) c.add(`company_id = ${c.p(query.companyId)}`);
    if (query.status) c.add(`status = ${c.p(query.status)}`);
    if (query.riskTier) c.add(`risk_tier = ${c.p(query.riskTier)}`);
    if (query.overdue !== undefined) {
      const cond = `next_audit_due_on < ${c.p(today)}::date`;
      c.add(query.overdue ? cond : `NOT coalesce(${cond}, false)`);
    }
    if (query.expiring !== undefined) {
      const t = c.p(today);
      const contractHorizon = c.p(addDays(today, CONTRACT_EXPIRY_NOTICE_DAYS));
      const certHorizon = c.p(addDays(today, CERTIFICATION_NOTICE_DAYS));
      const cond = `(contract_ends_on BETWEEN ${t}::date AND ${contractHorizon}::date
        OR privacy_mark_expires_on BETWEEN ${t}::date AND ${certHorizon}::date
        OR (isms_certified AND isms_expires_on BETWEEN ${t}::date AND ${certHorizon}::date))`;
      c.add(query.expiring ? cond : `NOT coalesce(${cond}, false)`);
    }
    for (const word of (query.q ?? '').normalize('NFKC').split(/\s+/).filter(Boolean).slice(0, 5)) {
      const like = c.p(`%${likeEscape(word)}%`);
      c.add(`name ILIKE ${like} OR services ILIKE ${like}`);
    }
    return c;
  }

  /**
   * The register's page as JSON bytes (a Page<SubcontractorDto>): PostgreSQL renders each row, so the
   * hottest read neither parses nor re-serialises thirty-odd columns per row.
   */
  async list(auth: AuthContext, query: SubcontractorQueryDto): Promise<Buffer> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const c = this.listConditions(auth, query);
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM subcontractors ${c.where()}`, c.params);
    const sortKey = (query.sort ?? 'name').replace(/^-/, '');
    const descending = (query.sort ?? '').startsWith('-');
    const sort = SORTS[sortKey];
    let offset = query.offset ?? 0;
    if (query.cursor) {
      const values = decodeCursor(query.cursor, sort.columns.length);
      const placeholders = values.map((v, i) => `${c.p(v)}::${sort.casts[i]}`);
      c.add(`(${sort.columns.join(', ')}) ${descending ? '<' : '>'} (${placeholders.join(', ')})`);
      offset = 0;
    }
    const order = sort.columns.map((col) => `${col} ${descending ? 'DESC' : 'ASC'}`).join(', ');
    const ordered: ListRow[] = await this.ds.query(
      `SELECT ${LIST_ROW_COLUMNS} FROM subcontractors ${c.where()} ORDER BY ${order} LIMIT ${c.p(limit + 1)} OFFSET ${c.p(offset)}`,
      c.params,
    );
    const items = ordered.slice(0, limit);
    const last = items[items.length - 1];
    const today = this.store.today();
    const nextCursor = ordered.length > limit && last ? encodeCursor(sort.values(last)) : null;
    return jsonPage(
      items.map((r) => r.json),
      total,
      nextCursor,
      (i) => listItemSuffix(items[i], today),
    );
  }

  /** Every row matching the filters (capped), for the CSV / XLSX export. */
  async exportRows(auth: AuthContext, query: SubcontractorQueryDto): Promise<SubcontractorDto[]> {
    const c = this.listConditions(auth, query);
    const rows: Subcontractor[] = await this.ds.query(
      `SELECT ${SUBCONTRACTOR_COLUMNS} FROM subcontractors ${c.where()} ORDER BY name, id LIMIT 10000`,
      c.params,
    );
    const today = this.store.today();
    return rows.map((s) => toSubcontractorDto(s, today));
  }

  async get(auth: AuthContext, id: string): Promise<SubcontractorDto> {
    return toSubcontractorDto(await this.store.load(this.ds.manager, auth, id, 'read'), this.store.today());
  }

  private async checkOwner(manager: EntityManager, companyId: string, ownerAccountId: string | null | undefined) {
    if (!ownerAccountId) return;
    const rows = await manager.query(
      `SELECT 1 FROM accounts a JOIN memberships m ON m.account_id = a.id
       WHERE a.id = $1 AND NOT a.disabled AND (m.company_id = $2 OR m.company_id IS NULL) LIMIT 1`,
      [ownerAccountId, companyId],
    );
    if (!rows.length) throw subcontractorProblems.ownerInvalid();
  }

  private tierFields(input: {
    sensitiveData: boolean;
    myNumber: boolean;
    approxPersons: number;
    riskTierOverride: Subcontractor['riskTierOverride'];
    riskTierOverrideReason: string | null;
  }) {
    const computedRiskTier = computeRiskTier(input);
    const effective = effectiveRiskTier(computedRiskTier, input.riskTierOverride, input.riskTierOverrideReason);
    if (!effective.tier) {
      throw problems.validation([
        {
          field: 'riskTierOverrideReason',
          code: 'OVERRIDE_REASON_REQUIRED',
          message: 'riskTierOverrideReason is required when the risk tier is overridden',
        },
      ]);
    }
    return {
      computedRiskTier,
      riskTier: effective.tier,
      riskTierOverride: input.riskTierOverride ?? null,
      riskTierOverrideReason: input.riskTierOverride ? (input.riskTierOverrideReason ?? null) : null,
    };
  }

  async create(auth: AuthContext, dto: CreateSubcontractorDto): Promise<SubcontractorDto> {
    const id = randomUUID();
    const now = this.store.clock.now();
    return this.ds.transaction(async (manager) => {
      this.store.assertCompany(auth, dto.companyId, 'create');
      const ownerAccountId = dto.ownerAccountId === undefined ? auth.accountId : dto.ownerAccountId;
      await this.checkOwner(manager, dto.companyId, ownerAccountId);
      const tier = this.tierFields({
        sensitiveData: dto.sensitiveData ?? false,
        myNumber: dto.myNumber ?? false,
        approxPersons: dto.approxPersons,
        riskTierOverride: dto.riskTierOverride ?? null,
        riskTierOverrideReason: dto.riskTierOverrideReason ?? null,
      });
      await manager.insert(Subcontractor, {
        id,
        companyId: dto.companyId,
        name: dto.name,
        corporateNumber: dto.corporateNumber ?? null,
        address: dto.address ?? null,
        representative: dto.representative ?? null,
        contactName: dto.contactName ?? null,
        contactEmail: dto.contactEmail ?? null,
        services: dto.services,
        personalDataItems: dto.personalDataItems,
        approxPersons: dto.approxPersons,
        sensitiveData: dto.sensitiveData ?? false,
        myNumber: dto.myNumber ?? false,
        ...tier,
        privacyMarkNumber: dto.privacyMarkNumber ?? null,
        privacyMarkExpiresOn: dto.privacyMarkExpiresOn ?? null,
        ismsCertified: dto.ismsCertified ?? false,
        ismsExpiresOn: dto.ismsExpiresOn ?? null,
        status: 'candidate',
        approvedOn: null,
        lastAuditOn: null,
        nextAuditDueOn: null,
        contractEndsOn: null,
        ownerAccountId,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      await this.store.refreshSchedule(manager, id);
      const created = await manager.findOneByOrFail(Subcontractor, { id });
      await this.store.event(
        manager,
        actorOf(auth),
        dto.companyId,
        id,
        'subcontractor.created',
        'subcontractor',
        id,
        diffSnapshots(null, subcontractorSnapshot(created)),
      );
      return toSubcontractorDto(created, this.store.today());
    });
  }

  async update(auth: AuthContext, id: string, dto: UpdateSubcontractorDto, version: number): Promise<SubcontractorDto> {
    const { version: _v, ...patch } = dto;
    return this.ds.transaction(async (manager) => {
      const before = await this.store.load(manager, auth, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      if (patch.ownerAccountId !== undefined) await this.checkOwner(manager, before.companyId, patch.ownerAccountId);
      const merged = { ...before, ...definedOnly(patch) };
      const tier = this.tierFields({
        sensitiveData: merged.sensitiveData,
        myNumber: merged.myNumber,
        approxPersons: merged.approxPersons,
        riskTierOverride: merged.riskTierOverride ?? null,
        riskTierOverrideReason: merged.riskTierOverrideReason ?? null,
      });
      await updateVersioned(
        manager,
        Subcontractor,
        id,
        version,
        { ...definedOnly(patch), ...tier },
        actorOf(auth),
        this.store.clock.now(),
      );
      await this.store.refreshSchedule(manager, id);
      const after = await manager.findOneByOrFail(Subcontractor, { id });
      await this.store.event(
        manager,
        actorOf(auth),
        before.companyId,
        id,
        'subcontractor.updated',
        'subcontractor',
        id,
        diffSnapshots(subcontractorSnapshot(before), subcontractorSnapshot(after)),
      );
      return toSubcontractorDto(after, this.store.today());
    });
  }

  /** R-SC-01 and the status machine. */
  async transition(auth: AuthContext, id: string, to: SubcontractorStatus, version: number): Promise<SubcontractorDto> {
    return this.ds.transaction(async (manager) => {
      const before = await this.store.load(manager, auth, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      const [{ passed }] = await manager.query(
        'SELECT EXISTS (SELECT 1 FROM subcontractor_evaluations WHERE subcontractor_id = $1 AND passed) AS passed',
        [id],
      );
      const refusal = checkTransition(before.status, to, passed);
      if (refusal === 'INVALID_TRANSITION') throw subcontractorProblems.invalidTransition(before.status, to);
      if (refusal === 'EVALUATION_REQUIRED') throw subcontractorProblems.evaluationRequired();
      const patch: Partial<Subcontractor> = { status: to };
      if (ACTIVE_STATUSES.includes(to) && !ACTIVE_STATUSES.includes(before.status) && before.status !== 'suspended') {
        patch.approvedOn = this.store.today();
      }
      await updateVersioned(manager, Subcontractor, id, version, patch, actorOf(auth), this.store.clock.now());
      await this.store.refreshSchedule(manager, id);
      const after = await manager.findOneByOrFail(Subcontractor, { id });
      await this.store.event(
        manager,
        actorOf(auth),
        before.companyId,
        id,
        'subcontractor.status_changed',
        'subcontractor',
        id,
        diffSnapshots(subcontractorSnapshot(before), subcontractorSnapshot(after)),
      );
      return toSubcontractorDto(after, this.store.today());
    });
  }

  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.ds.transaction(async (manager) => {
      const before = await this.store.load(manager, auth, id, 'delete', true);
      if (before.version !== version) throw problems.staleVersion();
      const [{ used }] = await manager.query(
        `SELECT (EXISTS (SELECT 1 FROM subcontractor_evaluations WHERE subcontractor_id = $1)
              OR EXISTS (SELECT 1 FROM subcontractor_contracts WHERE subcontractor_id = $1)
              OR EXISTS (SELECT 1 FROM subcontractor_audits WHERE subcontractor_id = $1)
              OR EXISTS (SELECT 1 FROM subcontractor_resubcontractors WHERE subcontractor_id = $1)) AS used`,
        [id],
      );
      if (used || before.status !== 'candidate') throw subcontractorProblems.notDeletable();
      await manager.query('DELETE FROM deadlines WHERE source_id = $1', [id]);
      await deleteVersioned(manager, Subcontractor, id, version);
      await this.store.event(
        manager,
        actorOf(auth),
        before.companyId,
        id,
        'subcontractor.deleted',
        'subcontractor',
        id,
        diffSnapshots(subcontractorSnapshot(before), null),
      );
    });
  }

  // ---- settings ----

  async getSettings(auth: AuthContext, companyId: string): Promise<SettingsDto> {
    this.store.assertCompany(auth, companyId, 'read');
    return this.store.settings(this.ds.manager, companyId);
  }

  async updateSettings(
    auth: AuthContext,
    companyId: string,
    dto: UpdateSettingsDto,
    version: number,
  ): Promise<SettingsDto> {
    return this.ds.transaction(async (manager) => {
      this.store.assertCompany(auth, companyId, 'update');
      const before = await this.store.settings(manager, companyId);
      if (before.version !== version) throw problems.staleVersion();
      const bad = templateProblems(dto.criteria, dto.passMark);
      if (bad.length) {
        throw problems.validation(
          bad.map((field) => ({
            field,
            code: 'INVALID',
            message: `${field} is not consistent with the other criteria`,
          })),
        );
      }
      const now = this.store.clock.now();
      const values = {
        criteria: dto.criteria.map((c) => ({
          key: c.key,
          labelJa: c.labelJa,
          labelEn: c.labelEn,
          minScore: c.minScore,
          maxScore: c.maxScore,
        })),
        passMark: dto.passMark,
        auditSchedule: {
          high: { months: dto.auditSchedule.high.months, kind: dto.auditSchedule.high.kind },
          medium: { months: dto.auditSchedule.medium.months, kind: dto.auditSchedule.medium.kind },
          low: { months: dto.auditSchedule.low.months, kind: dto.auditSchedule.low.kind },
        },
      };
      let entityId: string;
      if (before.version === 0) {
        entityId = randomUUID();
        await manager.insert(SubcontractorSettings, {
          id: entityId,
          companyId,
          ...values,
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
      } else {
        const row = await manager.findOneByOrFail(SubcontractorSettings, { companyId });
        entityId = row.id;
        await updateVersioned(manager, SubcontractorSettings, row.id, version, values, actorOf(auth), now);
      }
      const after = await this.store.settings(manager, companyId);
      await this.store.audit.append(manager, {
        actor: actorOf(auth),
        companyId,
        action: 'subcontractor_settings.updated',
        entityType: 'subcontractor_settings',
        entityId,
        changes: diffSnapshots(
          { criteria: before.criteria, passMark: before.passMark, auditSchedule: before.auditSchedule },
          { criteria: after.criteria, passMark: after.passMark, auditSchedule: after.auditSchedule },
        ),
      });
      // The schedule may have changed: every active subcontractor's next audit follows it.
      const ids: { id: string }[] = await manager.query(
        `SELECT id FROM subcontractors WHERE company_id = $1 AND status = ANY($2::text[])`,
        [companyId, [...ACTIVE_STATUSES]],
      );
      for (const { id } of ids) await this.store.refreshSchedule(manager, id);
      return after;
    });
  }

  // ---- evaluations ----

  async evaluations(auth: AuthContext, id: string): Promise<{ items: EvaluationDto[]; total: number }> {
    await this.store.load(this.ds.manager, auth, id, 'read');
    const rows = await this.ds.manager.find(SubcontractorEvaluation, {
      where: { subcontractorId: id },
      order: { evaluatedOn: 'DESC', createdAt: 'DESC' },
    });
    return { items: rows.map(toEvaluationDto), total: rows.length };
  }

  async evaluate(auth: AuthContext, id: string, dto: CreateEvaluationDto): Promise<EvaluationDto> {
    return this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      if (s.status === 'terminated') throw subcontractorProblems.invalidTransition(s.status, s.status);
      const settings = await this.store.settings(manager, s.companyId);
      const errors = validateScores(settings.criteria, dto.scores);
      if (errors.length) {
        throw problems.validation(
          errors.map((e): FieldError => ({
            field:
              e.code === 'MISSING'
                ? 'scores'
                : `scores.${e.index}.${e.code === 'OUT_OF_RANGE' ? 'score' : 'criterionKey'}`,
            code: e.code,
            message:
              e.code === 'OUT_OF_RANGE'
                ? `score of ${e.key} is outside the criterion's range`
                : e.code === 'MISSING'
                  ? `criterion ${e.key} is not scored`
                  : `criterion ${e.key} is unknown or scored twice`,
          })),
        );
      }
      const outcome = evaluationOutcome(dto.scores, settings.passMark);
      const now = this.store.clock.now();
      const evaluationId = randomUUID();
      await manager.insert(SubcontractorEvaluation, {
        id: evaluationId,
        companyId: s.companyId,
        subcontractorId: id,
        evaluatedOn: dto.evaluatedOn,
        evaluatorName: dto.evaluatorName,
        criteria: settings.criteria,
        scores: dto.scores.map((x) => ({ criterionKey: x.criterionKey, score: x.score, evidence: x.evidence ?? null })),
        total: outcome.total,
        passMark: settings.passMark,
        passed: outcome.passed,
        comment: dto.comment ?? null,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const created = await manager.findOneByOrFail(SubcontractorEvaluation, { id: evaluationId });
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_evaluation.created',
        'subcontractor_evaluation',
        evaluationId,
        diffSnapshots(null, {
          evaluatedOn: created.evaluatedOn,
          evaluatorName: created.evaluatorName,
          scores: created.scores,
          total: created.total,
          passMark: created.passMark,
          passed: created.passed,
        }),
      );
      return toEvaluationDto(created);
    });
  }

  // ---- contracts ----

  async contracts(
    auth: AuthContext,
    id: string,
    attachments: (ids: string[]) => Promise<Map<string, ContractDto['attachments']>>,
  ): Promise<{ items: ContractDto[]; total: number }> {
    await this.store.load(this.ds.manager, auth, id, 'read');
    const rows = await this.ds.manager.find(SubcontractorContract, {
      where: { subcontractorId: id },
      order: { startsOn: 'DESC', createdAt: 'DESC' },
    });
    const files = await attachments(rows.map((r) => r.id));
    return { items: rows.map((r) => toContractDto(r, files.get(r.id) ?? [])), total: rows.length };
  }

  private checkContract(
    c: {
      startsOn: string;
      endsOn: string | null;
      clauses: Record<string, boolean>;
      clauseExceptions: { clause: (typeof CONTRACT_CLAUSES)[number]; reason: string; approvedBy: string }[];
      retainUntil: string | null;
      dataDisposition: SubcontractorContract['dataDisposition'];
      dataDisposedOn: string | null;
    },
    today: string,
  ) {
    const errors: FieldError[] = [];
    if (c.endsOn && c.endsOn < c.startsOn)
      errors.push({ field: 'endsOn', code: 'BEFORE_START', message: 'endsOn must not be before startsOn' });
    for (const p of retentionProblems({ endsOn: c.endsOn, retainUntil: c.retainUntil }))
      errors.push({ field: 'retainUntil', code: p, message: 'retainUntil must not be before the end of the contract' });
    for (const p of dispositionProblems(c.dataDisposition, c.dataDisposedOn, today))
      errors.push({ field: 'dataDisposedOn', code: p, message: 'dataDisposedOn must match the data disposition' });
    if (errors.length) throw problems.validation(errors);
    const missing = missingClauses(c.clauses, c.clauseExceptions);
    if (missing.length) throw subcontractorProblems.contractClausesMissing(missing);
  }

  async createContract(auth: AuthContext, id: string, dto: CreateContractDto): Promise<SubcontractorContract> {
    return this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      const values = {
        title: dto.title,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn ?? null,
        clauses: Object.fromEntries(
          CONTRACT_CLAUSES.map((k) => [k, dto.clauses[k]]),
        ) as SubcontractorContract['clauses'],
        clauseExceptions: (dto.clauseExceptions ?? []).map((e) => ({
          clause: e.clause,
          reason: e.reason,
          approvedBy: e.approvedBy,
        })),
        retainUntil: dto.retainUntil ?? null,
        dataDisposition: dto.dataDisposition ?? 'held',
        dataDisposedOn: dto.dataDisposedOn ?? null,
      };
      this.checkContract(values, this.store.today());
      const now = this.store.clock.now();
      const contractId = randomUUID();
      await manager.insert(SubcontractorContract, {
        id: contractId,
        companyId: s.companyId,
        subcontractorId: id,
        ...values,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      await this.store.refreshSchedule(manager, id);
      const created = await manager.findOneByOrFail(SubcontractorContract, { id: contractId });
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_contract.created',
        'subcontractor_contract',
        contractId,
        diffSnapshots(null, contractSnapshot(created)),
      );
      return created;
    });
  }

  async updateContract(
    auth: AuthContext,
    id: string,
    contractId: string,
    dto: UpdateContractDto,
    version: number,
  ): Promise<SubcontractorContract> {
    const { version: _v, ...patch } = dto;
    return this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      const before = await manager.findOneBy(SubcontractorContract, { id: contractId, subcontractorId: id });
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      const defined = definedOnly(patch) as Partial<SubcontractorContract>;
      if (patch.clauses)
        defined.clauses = Object.fromEntries(
          CONTRACT_CLAUSES.map((k) => [k, patch.clauses![k]]),
        ) as SubcontractorContract['clauses'];
      if (patch.clauseExceptions)
        defined.clauseExceptions = patch.clauseExceptions.map((e) => ({
          clause: e.clause,
          reason: e.reason,
          approvedBy: e.approvedBy,
        }));
      const merged = { ...before, ...defined };
      this.checkContract(merged, this.store.today());
      await updateVersioned(
        manager,
        SubcontractorContract,
        contractId,
        version,
        defined,
        actorOf(auth),
        this.store.clock.now(),
      );
      await this.store.refreshSchedule(manager, id);
      const after = await manager.findOneByOrFail(SubcontractorContract, { id: contractId });
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_contract.updated',
        'subcontractor_contract',
        contractId,
        diffSnapshots(contractSnapshot(before), contractSnapshot(after)),
      );
      return after;
    });
  }

  async contract(
    auth: AuthContext,
    id: string,
    contractId: string,
    action: 'read' | 'update',
  ): Promise<SubcontractorContract> {
    await this.store.load(this.ds.manager, auth, id, action);
    const row = await this.ds.manager.findOneBy(SubcontractorContract, { id: contractId, subcontractorId: id });
    if (!row) throw problems.notFound();
    return row;
  }

  // ---- re-subcontractors ----

  async resubcontractors(auth: AuthContext, id: string): Promise<{ items: ResubcontractorDto[]; total: number }> {
    await this.store.load(this.ds.manager, auth, id, 'read');
    const rows = await this.ds.manager.find(SubcontractorResubcontractor, {
      where: { subcontractorId: id },
      order: { createdAt: 'ASC' },
    });
    const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
    // Depth-first order, so the chain reads top-down.
    const children = new Map<string | null, SubcontractorResubcontractor[]>();
    for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
    const ordered: SubcontractorResubcontractor[] = [];
    const walk = (parent: string | null) => {
      for (const r of children.get(parent) ?? []) {
        ordered.push(r);
        walk(r.id);
      }
    };
    walk(null);
    return { items: ordered.map((r) => toResubcontractorDto(r, chainDepth(r.id, parentOf))), total: rows.length };
  }

  async addResubcontractor(auth: AuthContext, id: string, dto: CreateResubcontractorDto): Promise<ResubcontractorDto> {
    return this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      const problemsFound = resubcontractorProblems({
        basis: dto.basis,
        basisOn: dto.basisOn,
        startsOn: dto.startsOn ?? null,
      });
      if (problemsFound.length) {
        throw problems.validation(
          problemsFound.map((code) => ({
            field: code === 'BASIS_REQUIRED' ? 'basis' : 'basisOn',
            code,
            message: 'a re-subcontractor needs a prior approval or report dated no later than its start (R-SC-05)',
          })),
        );
      }
      const existing: { id: string; parent_id: string | null }[] = await manager.query(
        'SELECT id, parent_id FROM subcontractor_resubcontractors WHERE subcontractor_id = $1',
        [id],
      );
      const parentOf = new Map(existing.map((r) => [r.id, r.parent_id]));
      if (!chainParentValid(null, dto.parentId ?? null, parentOf))
        throw subcontractorProblems.resubcontractorParentInvalid();
      const now = this.store.clock.now();
      const rid = randomUUID();
      await manager.insert(SubcontractorResubcontractor, {
        id: rid,
        companyId: s.companyId,
        subcontractorId: id,
        parentId: dto.parentId ?? null,
        name: dto.name,
        services: dto.services,
        personalDataItems: dto.personalDataItems ?? null,
        basis: dto.basis,
        basisOn: dto.basisOn,
        startsOn: dto.startsOn ?? null,
        note: dto.note ?? null,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const created = await manager.findOneByOrFail(SubcontractorResubcontractor, { id: rid });
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_resubcontractor.created',
        'subcontractor_resubcontractor',
        rid,
        diffSnapshots(null, resubcontractorSnapshot(created)),
      );
      parentOf.set(rid, created.parentId);
      return toResubcontractorDto(created, chainDepth(rid, parentOf));
    });
  }

  async removeResubcontractor(auth: AuthContext, id: string, rid: string, version: number): Promise<void> {
    await this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      const before = await manager.findOneBy(SubcontractorResubcontractor, { id: rid, subcontractorId: id });
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      const [{ used }] = await manager.query(
        'SELECT EXISTS (SELECT 1 FROM subcontractor_resubcontractors WHERE parent_id = $1) AS used',
        [rid],
      );
      if (used) throw subcontractorProblems.resubcontractorParentInvalid();
      await deleteVersioned(manager, SubcontractorResubcontractor, rid, version);
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_resubcontractor.deleted',
        'subcontractor_resubcontractor',
        rid,
        diffSnapshots(resubcontractorSnapshot(before), null),
      );
    });
  }

  // ---- history ----

  async history(auth: AuthContext, id: string): Promise<{ items: HistoryEventDto[]; total: number }> {
    const s = await this.store.load(this.ds.manager, auth, id, 'read');
    const rows: {
      id: string;
      occurred_at: Date;
      action: string;
      entity_type: string;
      entity_id: string | null;
      email: string | null;
      changes: Record<string, unknown> | null;
    }[] = await this.ds.query(
      `SELECT e.id, e.occurred_at, e.action, e.entity_type, e.entity_id, a.email, e.changes
         FROM audit_events e LEFT JOIN accounts a ON a.id = e.actor_account_id
         WHERE e.company_id = $1 AND (e.entity_id = $2 OR e.details->>'subcontractorId' = $3)
         ORDER BY e.occurred_at DESC, e.seq DESC LIMIT 500`,
      [s.companyId, id, id],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        occurredAt: new Date(r.occurred_at).toISOString(),
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        actorEmail: r.email,
        changes: r.changes,
      })),
      total: rows.length,
    };
  }
}
