import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  companyFilterSql,
  ContributorRegistry,
  DashboardContext,
  DashboardFigure,
  DashboardFigureContributor,
  ReviewContext,
  ReviewInputContribution,
  ReviewInputContributor,
} from '../dashboard/contributors';
import { coverageSince } from './training.rules';

const SOURCE = 'training';

/** The company's current annual campaign: the latest started campaign of an annual course, open ones first. */
async function currentAnnualCampaign(
  manager: EntityManager,
  companyId: string,
  today: string,
): Promise<{ id: string; passed: number; overdue: number; assigned: number } | null> {
  const rows: { id: string; passed: number; overdue: number; assigned: number }[] = await manager.query(
    `SELECT c.id,
            count(a.id) FILTER (WHERE a.status = 'passed')::int AS passed,
            count(a.id) FILTER (WHERE a.status = 'assigned' AND a.due_on < $2::date)::int AS overdue,
            count(a.id) FILTER (WHERE a.status <> 'withdrawn')::int AS assigned
       FROM training_campaigns c JOIN training_courses co ON co.id = c.course_id
       LEFT JOIN training_assignments a ON a.campaign_id = c.id AND a.company_id = $1
      WHERE c.company_id = $1 AND co.annual AND c.window_start <= $2::date
      GROUP BY c.id, c.status, c.window_start
      ORDER BY (c.status = 'open') DESC, c.window_start DESC, c.id LIMIT 1`,
    [companyId, today],
  );
  return rows[0] ?? null;
}

/**
 * Active people of the companies (null: the whole group) not covered by an annual course (R-ED-01), as
 * the coverage list counts them, from the counts the database keeps per company and date of the last
 * pass (training_coverage_counts, kept by triggers on people): a few rows per company.
 */
async function uncovered(manager: EntityManager, companyIds: string[] | null, today: string): Promise<number> {
  const [{ n }]: { n: number }[] = await manager.query(
    `SELECT coalesce(sum(n) FILTER (WHERE annual_training_on IS NULL OR annual_training_on < $2::date), 0)::int AS n
       FROM training_coverage_counts WHERE ${companyFilterSql('company_id', '$1')}`,
    [companyIds, coverageSince(today)],
  );
  return n;
}

const percent = (passed: number, assigned: number) => (assigned ? Math.round((passed / assigned) * 100) : null);

/**
 * What training puts onto a company's dashboard (the current annual campaign's passed and overdue
 * assignments, people without a passed annual course in 365 days) and into a review's inputs (9.3 c /
 * A.3.7.3 a: completion of the annual campaign, coverage).
 */
@Injectable()
export class TrainingContributor implements ReviewInputContributor, DashboardFigureContributor, OnModuleInit {
  readonly source = SOURCE;

  constructor(private readonly registry: ContributorRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async reviewInputs(manager: EntityManager, ctx: ReviewContext): Promise<ReviewInputContribution[]> {
    const campaign = await currentAnnualCampaign(manager, ctx.companyId, ctx.asOfDate);
    const notCovered = await uncovered(manager, [ctx.companyId], ctx.asOfDate);
    const figures = [
      ...(campaign
        ? [
            {
              key: 'training.annualCompletion',
              value:
                percent(campaign.passed, campaign.assigned) === null
                  ? null
                  : `${percent(campaign.passed, campaign.assigned)}%`,
              link: `/training/campaigns/${campaign.id}`,
            },
            { key: 'training.annualOverdue', value: campaign.overdue, link: `/training/campaigns/${campaign.id}` },
          ]
        : []),
      { key: 'training.notCovered', value: notCovered, link: '/training/campaigns' },
    ];
    return [
      { input: 'c93_c', source: SOURCE, figures },
      { input: 'a373_a', source: SOURCE, figures },
    ];
  }

  async dashboard(manager: EntityManager, ctx: DashboardContext): Promise<{ figures: DashboardFigure[] }> {
    const notCovered = await uncovered(manager, ctx.companyFilter, ctx.today);
    const coverage: DashboardFigure = {
      key: 'training.notCovered',
      source: SOURCE,
      kind: 'count',
      value: notCovered,
      tone: notCovered > 0 ? 'warn' : 'ok',
      route: '/training/campaigns',
      query: ctx.companyId ? {} : { scope: 'all' },
      listPath: '/training/coverage',
      listQuery: ctx.companyId ? { companyId: ctx.companyId } : {},
    };
    // A campaign is one company's: its passed and overdue assignments show on that company's dashboard,
    // and the group sees who in all its companies is not covered.
    if (!ctx.companyId) return { figures: [coverage] };
    const companyId = ctx.companyId;
    const campaign = await currentAnnualCampaign(manager, companyId, ctx.today);
    const figures: DashboardFigure[] = [];
    if (campaign) {
      const assignments = (state: string): Pick<DashboardFigure, 'route' | 'query' | 'listPath' | 'listQuery'> => ({
        route: `/training/campaigns/${campaign.id}`,
        query: {},
        listPath: `/training/campaigns/${campaign.id}/assignments`,
        listQuery: { companyId, state },
      });
      figures.push(
        {
          key: 'training.annualPassed',
          source: SOURCE,
          kind: 'count',
          value: campaign.passed,
          tone: campaign.assigned && campaign.passed === campaign.assigned ? 'ok' : 'neutral',
          ...assignments('passed'),
        },
        {
          key: 'training.annualOverdue',
          source: SOURCE,
          kind: 'count',
          value: campaign.overdue,
          tone: campaign.overdue > 0 ? 'bad' : 'ok',
          ...assignments('overdue'),
        },
      );
    }
    figures.push(coverage);
    return { figures };
  }
}
