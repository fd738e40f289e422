import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addDays } from '../../platform/notifications/notification.rules';
import {
  ContributorRegistry,
  DashboardContext,
  DashboardFigure,
  DashboardFigureContributor,
  ReviewContext,
  ReviewInputContribution,
  ReviewInputContributor,
} from '../dashboard/contributors';
import { COVERAGE_DAYS } from './training.rules';

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

/** Active people of the company without an annual course passed in the last 365 days (as the coverage list). */
async function uncovered(manager: EntityManager, companyId: string, today: string): Promise<number> {
  const [{ n }]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM people p
       LEFT JOIN LATERAL (SELECT max((t.submitted_at AT TIME ZONE 'Asia/Tokyo')::date) AS last FROM training_attempts t
                          WHERE t.person_id = p.id AND t.passed AND t.annual) l ON true
      WHERE p.company_id = $1 AND p.active AND (l.last IS NULL OR l.last < $2::date)`,
    [companyId, addDays(today, -COVERAGE_DAYS)],
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
    const notCovered = await uncovered(manager, ctx.companyId, ctx.asOfDate);
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
    // The campaign lists and the coverage list are per company: the figures show on a company's dashboard.
    if (!ctx.companyId) return { figures: [] };
    const companyId = ctx.companyId;
    const campaign = await currentAnnualCampaign(manager, companyId, ctx.today);
    const notCovered = await uncovered(manager, companyId, ctx.today);
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
    figures.push({
      key: 'training.notCovered',
      source: SOURCE,
      kind: 'count',
      value: notCovered,
      tone: notCovered > 0 ? 'warn' : 'ok',
      route: '/training/campaigns',
      query: {},
      listPath: '/training/coverage',
      listQuery: { companyId },
    });
    return { figures };
  }
}
