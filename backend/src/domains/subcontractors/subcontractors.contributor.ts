import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addDays } from '../../platform/notifications/notification.rules';
import {
  companyFilterSql,
  ContributorRegistry,
  DashboardContext,
  DashboardFigure,
  DashboardFigureContributor,
  ReviewContext,
  ReviewInputContribution,
  ReviewInputContributor,
  ReviewItem,
  SubcontractorAttention,
} from '../dashboard/contributors';
import { CERTIFICATION_NOTICE_DAYS, CONTRACT_EXPIRY_NOTICE_DAYS } from './subcontractors.rules';

const SOURCE = 'subcontractors';

function qs(query: Record<string, string>): string {
  const s = new URLSearchParams(query).toString();
  return s ? `?${s}` : '';
}

/** The same conditions as the register's `overdue` and `expiring` filters (SubcontractorsService). */
function counts(manager: EntityManager, companyIds: string[] | null, today: string) {
  return manager.query(
    `SELECT count(*) FILTER (WHERE next_audit_due_on < $2::date)::int AS overdue,
            count(*) FILTER (WHERE contract_ends_on BETWEEN $2::date AND $3::date
                 OR privacy_mark_expires_on BETWEEN $2::date AND $4::date
                 OR (isms_certified AND isms_expires_on BETWEEN $2::date AND $4::date))::int AS expiring,
            count(*)::int AS total
       FROM subcontractors WHERE ${companyFilterSql('company_id', '$1')}`,
    [companyIds, today, addDays(today, CONTRACT_EXPIRY_NOTICE_DAYS), addDays(today, CERTIFICATION_NOTICE_DAYS)],
  ) as Promise<{ overdue: number; expiring: number; total: number }[]>;
}

const ATTENTION_TEXT_JA: Record<SubcontractorAttention, (name: string, date: string) => string> = {
  audit_overdue: (name, date) => `${name}（監督の期限 ${date} を超過）`,
  contract_ends: (name, date) => `${name}（契約満了 ${date}）`,
  certification_expires: (name, date) => `${name}（認証の有効期限 ${date}）`,
};

/**
 * The subcontractors a review names (up to 20 lines): each supervision audit past its due date, each
 * contract ending and each PrivacyMark or ISMS certificate expiring within the register's windows, soonest
 * first. The same conditions as the register's `overdue` and `expiring` filters.
 */
async function attention(manager: EntityManager, companyId: string, today: string): Promise<ReviewItem[]> {
  const rows: { id: string; name: string; reason: SubcontractorAttention; due: string }[] = await manager.query(
    `SELECT id, name, reason, on_date::text AS due FROM (
       SELECT id, name, 'audit_overdue' AS reason, next_audit_due_on AS on_date FROM subcontractors
        WHERE company_id = $1 AND next_audit_due_on < $2::date
       UNION ALL
       SELECT id, name, 'contract_ends', contract_ends_on FROM subcontractors
        WHERE company_id = $1 AND contract_ends_on BETWEEN $2::date AND $3::date
       UNION ALL
       SELECT id, name, 'certification_expires',
              least(CASE WHEN privacy_mark_expires_on BETWEEN $2::date AND $4::date THEN privacy_mark_expires_on END,
                    CASE WHEN isms_certified AND isms_expires_on BETWEEN $2::date AND $4::date THEN isms_expires_on END)
         FROM subcontractors
        WHERE company_id = $1 AND (privacy_mark_expires_on BETWEEN $2::date AND $4::date
                                   OR (isms_certified AND isms_expires_on BETWEEN $2::date AND $4::date))
     ) a ORDER BY on_date, name, reason LIMIT 20`,
    [companyId, today, addDays(today, CONTRACT_EXPIRY_NOTICE_DAYS), addDays(today, CERTIFICATION_NOTICE_DAYS)],
  );
  return rows.map((r) => ({
    text: ATTENTION_TEXT_JA[r.reason](r.name, r.due),
    link: `/subcontractors/${r.id}`,
    detail: { kind: 'subcontractor', title: r.name, reason: r.reason, dueOn: r.due },
  }));
}

/**
 * What the subcontractor register puts onto the dashboard (supervision audits overdue, contracts or
 * certifications expiring within 60 days) and into a review's inputs (A.3.7.3 a / 9.3 c: supervision status,
 * audits done since the last review).
 */
@Injectable()
export class SubcontractorsContributor implements ReviewInputContributor, DashboardFigureContributor, OnModuleInit {
  readonly source = SOURCE;

  constructor(private readonly registry: ContributorRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async reviewInputs(manager: EntityManager, ctx: ReviewContext): Promise<ReviewInputContribution[]> {
    const [r] = await counts(manager, [ctx.companyId], ctx.asOfDate);
    const items = await attention(manager, ctx.companyId, ctx.asOfDate);
    const [a]: { done: number }[] = await manager.query(
      `SELECT count(*)::int AS done FROM subcontractor_audits au JOIN subcontractors s ON s.id = au.subcontractor_id
        WHERE s.company_id = $1 AND au.closed_on IS NOT NULL AND ($2::date IS NULL OR au.closed_on >= $2::date)`,
      [ctx.companyId, ctx.since],
    );
    const link = (q: Record<string, string>) => `/subcontractors${qs({ companyId: ctx.companyId, ...q })}`;
    return [
      {
        input: 'a373_a',
        source: SOURCE,
        figures: [
          { key: 'subcontractors.total', value: r.total, link: link({}) },
          { key: 'subcontractors.auditOverdue', value: r.overdue, link: link({ overdue: 'true' }) },
          { key: 'subcontractors.expiring', value: r.expiring, link: link({ expiring: 'true' }) },
          { key: 'subcontractors.auditsSince', value: a.done, link: link({}) },
        ],
        items,
      },
    ];
  }

  async dashboard(manager: EntityManager, ctx: DashboardContext): Promise<{ figures: DashboardFigure[] }> {
    const scoped: Record<string, string> = ctx.companyId ? { companyId: ctx.companyId } : {};
    const [r] = await counts(manager, ctx.companyFilter, ctx.today);
    const figure = (
      key: string,
      value: number,
      tone: DashboardFigure['tone'],
      query: Record<string, string>,
    ): DashboardFigure => ({
      key,
      source: SOURCE,
      kind: 'count',
      value,
      tone,
      route: '/subcontractors',
      query: { ...scoped, ...query },
      listPath: '/subcontractors',
      listQuery: { ...scoped, ...query },
    });
    return {
      figures: [
        figure('subcontractors.auditOverdue', r.overdue, r.overdue > 0 ? 'bad' : 'ok', { overdue: 'true' }),
        figure('subcontractors.expiring', r.expiring, r.expiring > 0 ? 'warn' : 'ok', { expiring: 'true' }),
      ],
    };
  }
}
