import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { Action, scopeIncludes } from '../../platform/access/permissions';
import { AuditService } from '../../platform/audit/audit.service';
import { Changes } from '../../platform/audit/canonical';
import { Actor, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { problems } from '../../platform/errors/problem';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { addDays, tokyoDate } from '../../platform/notifications/notification.rules';
import { Subcontractor, SubcontractorSettings } from './subcontractor.entity';
import {
  AuditSchedule,
  CERTIFICATION_NOTICE_DAYS,
  CONTRACT_EXPIRY_NOTICE_DAYS,
  Criterion,
  DEFAULT_AUDIT_SCHEDULE,
  DEFAULT_CRITERIA,
  DEFAULT_PASS_MARK,
  nextAuditDue,
} from './subcontractors.rules';

export const DEADLINE = {
  audit: 'subcontractors.audit',
  contract: 'subcontractors.contract',
  certification: 'subcontractors.certification',
  questionnaire: 'subcontractors.questionnaire',
} as const;

export interface EffectiveSettings {
  companyId: string;
  criteria: Criterion[];
  passMark: number;
  auditSchedule: AuditSchedule;
  version: number;
}

/**
 * What the subcontractors services share: loading a subcontractor within the caller's scope, the company's
 * settings (or the defaults), audit events that name the subcontractor, and keeping its deadlines current.
 */
@Injectable()
export class SubcontractorStore implements OnModuleInit {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    readonly access: AccessService,
    readonly audit: AuditService,
    readonly clock: Clock,
    readonly deadlines: DeadlinesService,
  ) {}

  onModuleInit(): void {
    this.deadlines.declareSource({ type: DEADLINE.audit, notifyOnAssign: false });
    this.deadlines.declareSource({ type: DEADLINE.contract, notifyOnAssign: false });
    this.deadlines.declareSource({ type: DEADLINE.certification, notifyOnAssign: false });
    this.deadlines.declareSource({ type: DEADLINE.questionnaire, notifyOnAssign: false });
  }

  today(): string {
    return tokyoDate(this.clock.now());
  }

  async load(
    manager: EntityManager,
    auth: AuthContext,
    id: string,
    action: Action,
    lock = false,
  ): Promise<Subcontractor> {
    const scope = this.access.scope(auth, 'subcontractor', action);
    const qb = manager.createQueryBuilder(Subcontractor, 's').where('s.id = :id', { id });
    if (!scope.all) {
      if (!scope.companyIds.length) throw problems.notFound();
      qb.andWhere('s.companyId IN (:...ids)', { ids: scope.companyIds });
    }
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw problems.notFound();
    return row;
  }

  assertCompany(auth: AuthContext, companyId: string, action: Action): void {
    if (!scopeIncludes(this.access.scope(auth, 'subcontractor', action), companyId)) throw problems.notFound();
  }

  async settings(manager: EntityManager, companyId: string): Promise<EffectiveSettings> {
    const row = await manager.findOneBy(SubcontractorSettings, { companyId });
    if (row)
      return {
        companyId,
        criteria: row.criteria,
        passMark: row.passMark,
        auditSchedule: row.auditSchedule,
        version: row.version,
      };
    return {
      companyId,
      criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
      passMark: DEFAULT_PASS_MARK,
      auditSchedule: DEFAULT_AUDIT_SCHEDULE,
      version: 0,
    };
  }

  async event(
    manager: EntityManager,
    actor: Actor,
    companyId: string,
    subcontractorId: string,
    action: string,
    entityType: string,
    entityId: string,
    changes: Changes | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.append(manager, {
      actor,
      companyId,
      action,
      entityType,
      entityId,
      changes,
      details: { subcontractorId, ...details },
    });
  }

  /** Recomputes the next audit date (R-SC-03) and every deadline of the subcontractor; saves the date. */
  async refreshSchedule(manager: EntityManager, subcontractorId: string): Promise<void> {
    const s = await manager.findOneByOrFail(Subcontractor, { id: subcontractorId });
    const settings = await this.settings(manager, s.companyId);
    const next = nextAuditDue(s.status, s.riskTier, s.lastAuditOn, s.approvedOn, settings.auditSchedule);
    const [{ ends_on }] = await manager.query(
      `SELECT to_char(max(ends_on), 'YYYY-MM-DD') AS ends_on FROM subcontractor_contracts WHERE subcontractor_id = $1`,
      [s.id],
    );
    if (next !== s.nextAuditDueOn || ends_on !== s.contractEndsOn) {
      await manager.update(Subcontractor, { id: s.id }, { nextAuditDueOn: next, contractEndsOn: ends_on });
    }
    const assignee = s.ownerAccountId;
    const link = `/subcontractors/${s.id}`;
    if (!assignee || s.status === 'terminated') {
      for (const type of [DEADLINE.audit, DEADLINE.certification]) await this.deadlines.remove(manager, type, s.id);
      await manager.query(
        `DELETE FROM deadlines WHERE source_type = $1 AND source_id IN (SELECT id FROM subcontractor_contracts WHERE subcontractor_id = $2)`,
        [DEADLINE.contract, s.id],
      );
      return;
    }
    await manager.query(
      `DELETE FROM deadlines WHERE source_type = ANY($1::text[]) AND source_id = $2 AND assignee_account_id <> $3`,
      [[DEADLINE.audit, DEADLINE.certification], s.id, assignee],
    );
    if (next) {
      await this.deadlines.upsert(manager, {
        sourceType: DEADLINE.audit,
        sourceId: s.id,
        companyId: s.companyId,
        assigneeAccountId: assignee,
        titleJa: `委託先の監督（定期確認）: ${s.name}`,
        titleEn: `Supervision audit due: ${s.name}`,
        dueOn: next,
        link,
      });
    } else await this.deadlines.remove(manager, DEADLINE.audit, s.id);

    const certs = [s.privacyMarkExpiresOn, s.ismsCertified ? s.ismsExpiresOn : null].filter((d): d is string => !!d);
    if (certs.length) {
      const expires = certs.sort()[0];
      await this.deadlines.upsert(manager, {
        sourceType: DEADLINE.certification,
        sourceId: s.id,
        companyId: s.companyId,
        assigneeAccountId: assignee,
        titleJa: `委託先の認証の有効期限（${expires}）: ${s.name}`,
        titleEn: `Subcontractor certification expires on ${expires}: ${s.name}`,
        dueOn: addDays(expires, -CERTIFICATION_NOTICE_DAYS),
        link,
      });
    } else await this.deadlines.remove(manager, DEADLINE.certification, s.id);

    const contracts: { id: string; title: string; ends_on: string | null; data_disposition: string }[] =
      await manager.query(
        `SELECT id, title, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, data_disposition FROM subcontractor_contracts WHERE subcontractor_id = $1`,
        [s.id],
      );
    for (const c of contracts) {
      if (!c.ends_on || c.data_disposition !== 'held') {
        await this.deadlines.remove(manager, DEADLINE.contract, c.id);
        continue;
      }
      await manager.query(
        'DELETE FROM deadlines WHERE source_type = $1 AND source_id = $2 AND assignee_account_id <> $3',
        [DEADLINE.contract, c.id, assignee],
      );
      await this.deadlines.upsert(manager, {
        sourceType: DEADLINE.contract,
        sourceId: c.id,
        companyId: s.companyId,
        assigneeAccountId: assignee,
        titleJa: `委託契約の満了（${c.ends_on}）: ${s.name}`,
        titleEn: `Subcontract expires on ${c.ends_on}: ${s.name}`,
        dueOn: addDays(c.ends_on, -CONTRACT_EXPIRY_NOTICE_DAYS),
        link,
      });
    }
  }
}
