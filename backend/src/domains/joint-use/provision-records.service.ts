import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { definedOnly, deleteVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { tokyoDate } from '../../platform/notifications/notification.rules';
import { DEFAULT_LIMIT, likeEscape, Page } from '../../platform/pagination/pagination';
import { findScoped } from '../organization/scoped';
import {
  CreateProvisionRecordDto,
  ProvisionRecordDto,
  ProvisionRecordQueryDto,
  UpdateProvisionRecordDto,
} from './dto/provision-record.dto';
import { jointUseProblems } from './joint-use.errors';
import { ProvisionRecord } from './provision-record.entity';
import {
  deletionAllowed,
  missingReceiptChecks,
  missingRecordFields,
  ProvisionRecordInput,
  purgeAfter,
  recordRequired,
} from './provision-record.rules';

/** Rows an export may hold. */
export const PROVISION_EXPORT_MAX_ROWS = 50_000;

const FIELDS = [
  'direction',
  'basis',
  'lawExceptionCase',
  'recordingMethod',
  'providedOn',
  'lastProvidedOn',
  'recordedOn',
  'counterpartyName',
  'counterpartyAddress',
  'counterpartyRepresentative',
  'counterpartyIsCorporation',
  'providerAcquisition',
  'personsConcerned',
  'dataItems',
  'consentObtained',
  'arrangementId',
  'note',
] as const;

function auditView(r: ProvisionRecord): Record<string, unknown> {
  return Object.fromEntries([...FIELDS, 'purgeAfter'].map((f) => [f, r[f as keyof ProvisionRecord]]));
}

const trimmed = (v: string | null | undefined) => (v == null ? v : v.trim() === '' ? null : v.trim());

@Injectable()
export class ProvisionRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return tokyoDate(this.clock.now());
  }

  toDto(r: ProvisionRecord): ProvisionRecordDto {
    return {
      id: r.id,
      companyId: r.companyId,
      direction: r.direction,
      basis: r.basis,
      lawExceptionCase: r.lawExceptionCase,
      recordingMethod: r.recordingMethod,
      providedOn: r.providedOn,
      lastProvidedOn: r.lastProvidedOn,
      recordedOn: r.recordedOn,
      counterpartyName: r.counterpartyName,
      counterpartyAddress: r.counterpartyAddress,
      counterpartyRepresentative: r.counterpartyRepresentative,
      counterpartyIsCorporation: r.counterpartyIsCorporation,
      providerAcquisition: r.providerAcquisition,
      personsConcerned: r.personsConcerned,
      dataItems: r.dataItems,
      consentObtained: r.consentObtained,
      arrangementId: r.arrangementId,
      note: r.note,
      recordRequired: recordRequired(r.basis),
      purgeAfter: r.purgeAfter,
      deletable: deletionAllowed(r.purgeAfter, this.today()),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    };
  }

  /** R-TP-01 and R-TP-03 on the record as it would be stored; the computed `purgeAfter` (R-TP-02). */
  private check(input: ProvisionRecordInput): string {
    if (input.recordedOn > this.today()) {
      throw problems.validation([
        { field: 'recordedOn', code: 'IN_FUTURE', message: 'recordedOn cannot be later than today' },
      ]);
    }
    if (input.providedOn && input.lastProvidedOn && input.lastProvidedOn < input.providedOn) {
      throw problems.validation([
        { field: 'lastProvidedOn', code: 'BEFORE_FIRST', message: 'lastProvidedOn cannot be before providedOn' },
      ]);
    }
    const unverified = missingReceiptChecks(input);
    if (unverified.length) throw jointUseProblems.providerUnverified(unverified);
    const missing = missingRecordFields(input);
    if (missing.length) throw jointUseProblems.recordIncomplete(missing);
    return purgeAfter(input);
  }

  private filtered(auth: AuthContext, query: ProvisionRecordQueryDto): SelectQueryBuilder<ProvisionRecord> {
    const scope = this.access.scope(auth, 'provision_record', 'read');
    const qb = this.dataSource.getRepository(ProvisionRecord).createQueryBuilder('r');
    if (!scope.all)
      qb.andWhere(scope.companyIds.length ? 'r.company_id IN (:...ids)' : 'false', { ids: scope.companyIds });
    if (query.companyId) qb.andWhere('r.company_id = :companyId', { companyId: query.companyId });
    if (query.direction) qb.andWhere('r.direction = :direction', { direction: query.direction });
    if (query.basis) qb.andWhere('r.basis = :basis', { basis: query.basis });
    if (query.from) qb.andWhere('coalesce(r.provided_on, r.recorded_on) >= :from', { from: query.from });
    if (query.to) qb.andWhere('coalesce(r.provided_on, r.recorded_on) <= :to', { to: query.to });
    if (query.q) {
      qb.andWhere('(r.counterparty_name ILIKE :q OR r.persons_concerned ILIKE :q OR r.data_items ILIKE :q)', {
        q: `%${likeEscape(query.q.normalize('NFKC'))}%`,
      });
    }
    return qb
      .orderBy('coalesce(r.provided_on, r.recorded_on)', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC');
  }

  async list(auth: AuthContext, query: ProvisionRecordQueryDto): Promise<Page<ProvisionRecordDto>> {
    const qb = this.filtered(auth, query);
    const total = await qb.getCount();
    const rows = await qb
      .skip(query.offset ?? 0)
      .take(query.limit ?? DEFAULT_LIMIT)
      .getMany();
    return { items: rows.map((r) => this.toDto(r)), total, nextCursor: null };
  }

  /** Every matching record (up to the export cap), for the CSV / Excel export. */
  async exportRows(auth: AuthContext, query: ProvisionRecordQueryDto): Promise<ProvisionRecordDto[]> {
    const rows = await this.filtered(auth, { ...query, limit: undefined, offset: undefined })
      .take(PROVISION_EXPORT_MAX_ROWS)
      .getMany();
    return rows.map((r) => this.toDto(r));
  }

  async get(auth: AuthContext, id: string): Promise<ProvisionRecordDto> {
    const row = await findScoped(
      this.dataSource.manager,
      ProvisionRecord,
      id,
      this.access.scope(auth, 'provision_record', 'read'),
    );
    if (!row) throw problems.notFound();
    return this.toDto(row);
  }

  async create(auth: AuthContext, dto: CreateProvisionRecordDto): Promise<ProvisionRecordDto> {
    const now = this.clock.now();
    const id = randomUUID();
    const values = {
      direction: dto.direction,
      basis: dto.basis,
      lawExceptionCase: dto.basis === 'law_exception' ? (dto.lawExceptionCase ?? null) : null,
      recordingMethod: dto.recordingMethod,
      providedOn: dto.providedOn ?? null,
      lastProvidedOn: dto.lastProvidedOn ?? null,
      recordedOn: dto.recordedOn ?? this.today(),
      counterpartyName: trimmed(dto.counterpartyName) ?? null,
      counterpartyAddress: trimmed(dto.counterpartyAddress) ?? null,
      counterpartyRepresentative: trimmed(dto.counterpartyRepresentative) ?? null,
      counterpartyIsCorporation: dto.counterpartyIsCorporation ?? true,
      providerAcquisition: trimmed(dto.providerAcquisition) ?? null,
      personsConcerned: trimmed(dto.personsConcerned) ?? null,
      dataItems: trimmed(dto.dataItems) ?? null,
      consentObtained: dto.consentObtained ?? false,
      arrangementId: dto.arrangementId ?? null,
      note: trimmed(dto.note) ?? null,
    };
    const purge = this.check(values);
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(ProvisionRecord, {
        ...values,
        id,
        companyId: dto.companyId,
        purgeAfter: purge,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const created = await manager.findOneByOrFail(ProvisionRecord, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: created.companyId,
        action: 'provision_record.created',
        entityType: 'provision_record',
        entityId: id,
        changes: diffSnapshots(null, auditView(created)),
      });
      return this.toDto(created);
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateProvisionRecordDto,
    version: number,
  ): Promise<ProvisionRecordDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await findScoped(
        manager,
        ProvisionRecord,
        id,
        this.access.scope(auth, 'provision_record', 'update'),
        'companyId',
        true,
      );
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      const { version: _ignored, ...patch } = dto;
      const cleaned = definedOnly(patch) as Partial<ProvisionRecord>;
      for (const key of Object.keys(cleaned) as (keyof ProvisionRecord)[]) {
        const v = cleaned[key];
        if (typeof v === 'string') (cleaned as Record<string, unknown>)[key] = trimmed(v) ?? null;
      }
      const merged = { ...before, ...cleaned } as ProvisionRecord;
      if (merged.basis !== 'law_exception') merged.lawExceptionCase = null;
      const purge = this.check(merged);
      const now = this.clock.now();
      const result = await manager
        .createQueryBuilder()
        .update(ProvisionRecord)
        .set({
          ...Object.fromEntries(FIELDS.map((f) => [f, merged[f]])),
          purgeAfter: purge,
          updatedAt: now,
          updatedBy: auth.accountId,
          version: () => 'version + 1',
        } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw problems.staleVersion();
      const after = await manager.findOneByOrFail(ProvisionRecord, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: after.companyId,
        action: 'provision_record.updated',
        entityType: 'provision_record',
        entityId: id,
        changes: diffSnapshots(auditView(before), auditView(after)),
      });
      return this.toDto(after);
    });
  }

  /** Deletion only after `purgeAfter` (R-TP-02): before it, 409 RECORD_RETENTION_ACTIVE. */
  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await findScoped(
        manager,
        ProvisionRecord,
        id,
        this.access.scope(auth, 'provision_record', 'delete'),
        'companyId',
        true,
      );
      if (!before) throw problems.notFound();
      if (before.version !== version) throw problems.staleVersion();
      if (!deletionAllowed(before.purgeAfter, this.today())) throw jointUseProblems.retentionActive(before.purgeAfter);
      await deleteVersioned(manager, ProvisionRecord, id, version);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'provision_record.deleted',
        entityType: 'provision_record',
        entityId: id,
        changes: diffSnapshots(auditView(before), null),
      });
    });
  }
}
