import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ContributorRegistry,
  DashboardContext,
  DashboardFigure,
  DashboardFigureContributor,
  ReviewContext,
  ReviewInputContribution,
  ReviewInputContributor,
} from './contributors';
import { officerStatuses } from './officers';
import { matchesState, privacyMarkStatuses } from './privacy-marks';

const SOURCE = 'organization';

/**
 * The organisation's part: PrivacyMark expiry and the renewal window on the dashboard; staff joining and
 * leaving since the last review in input A.3.7.3 f (changes in the organisation's business scope).
 */
@Injectable()
export class OrganizationContributor implements ReviewInputContributor, DashboardFigureContributor, OnModuleInit {
  readonly source = SOURCE;

  constructor(private readonly registry: ContributorRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async reviewInputs(manager: EntityManager, ctx: ReviewContext): Promise<ReviewInputContribution[]> {
    const since = ctx.since ?? '0001-01-01';
    const [r] = await manager.query(
      `SELECT count(*) FILTER (WHERE active)::int AS active,
              count(*) FILTER (WHERE hire_date > $2::date AND hire_date <= $3::date)::int AS joined,
              count(*) FILTER (WHERE leave_date > $2::date AND leave_date <= $3::date)::int AS left,
              (SELECT count(*)::int FROM departments WHERE company_id = $1) AS departments
         FROM people WHERE company_id = $1`,
      [ctx.companyId, since, ctx.asOfDate],
    );
    const people = `/admin/people?companyId=${ctx.companyId}`;
    return [
      {
        input: 'a373_f',
        source: SOURCE,
        figures: [
          { key: 'organization.activePeople', value: r.active, link: people },
          { key: 'organization.joinedSince', value: r.joined, link: null },
          { key: 'organization.leftSince', value: r.left, link: null },
          { key: 'organization.departments', value: r.departments, link: null },
        ],
      },
    ];
  }

  async dashboard(manager: EntityManager, ctx: DashboardContext): Promise<{ figures: DashboardFigure[] }> {
    const rows = await privacyMarkStatuses(manager, ctx.companyFilter, ctx.today);
    const withoutPmsManager = (await officerStatuses(manager, ctx.companyFilter)).filter(
      (r) => r.pmsManagerMissing,
    ).length;
    const scoped: Record<string, string> = ctx.companyId ? { companyId: ctx.companyId } : {};
    const window = rows.filter((r) => matchesState(r, 'renewal_window')).length;
    const attention = rows.filter((r) => matchesState(r, 'attention')).length;
    const next = rows.find((r) => matchesState(r, 'held'));
    const list = (state: string): Pick<DashboardFigure, 'route' | 'query' | 'listPath' | 'listQuery'> => ({
      route: '/dashboard/privacy-marks',
      query: { ...scoped, state },
      listPath: '/dashboard/privacy-marks',
      listQuery: { ...scoped, state },
    });
    return {
      figures: [
        {
          key: 'privacyMark.nextExpiry',
          source: SOURCE,
          kind: 'date',
          value: next?.expiresOn ?? null,
          tone: !next ? 'neutral' : next.state === 'valid' ? 'ok' : next.state === 'renewal_window' ? 'warn' : 'bad',
          ...list('held'),
        },
        {
          key: 'privacyMark.renewalWindow',
          source: SOURCE,
          kind: 'count',
          value: window,
          tone: window > 0 ? 'warn' : 'ok',
          ...list('renewal_window'),
        },
        {
          key: 'privacyMark.attention',
          source: SOURCE,
          kind: 'count',
          value: attention,
          tone: attention > 0 ? 'bad' : 'ok',
          ...list('attention'),
        },
        {
          // JIS Q 15001 A.3.3.4: top management appoints a PMS manager (個人情報保護管理者) in each company.
          // Without one, the company's incident report clocks reach only group-level officers, if any.
          key: 'organization.noPmsManager',
          source: SOURCE,
          kind: 'count',
          value: withoutPmsManager,
          tone: withoutPmsManager > 0 ? 'bad' : 'ok',
          route: '/dashboard/officers',
          query: { ...scoped, state: 'missing' },
          listPath: '/dashboard/officers',
          listQuery: { ...scoped, state: 'missing' },
        },
      ],
    };
  }
}
