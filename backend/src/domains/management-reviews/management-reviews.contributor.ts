import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SqlConditions } from '../../platform/pagination/pagination';
import {
  ContributorRegistry,
  DashboardContext,
  DashboardFigure,
  DashboardFigureContributor,
  ReviewContext,
  ReviewInputContribution,
  ReviewInputContributor,
} from '../dashboard/contributors';
import { REVIEW_INTERVAL_DAYS, REVIEW_WARNING_DAYS, reviewFreshness } from './management-reviews.rules';
import { freshnessCondition, freshnessSql } from './management-reviews.service';

const SOURCE = 'management_reviews';

/** Days since the last review (R-MR-01) on the dashboard, and the previous review in input 9.3 a / A.3.7.3 c. */
@Injectable()
export class ManagementReviewsContributor implements ReviewInputContributor, DashboardFigureContributor, OnModuleInit {
  readonly source = SOURCE;

  constructor(private readonly registry: ContributorRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async reviewInputs(manager: EntityManager, ctx: ReviewContext): Promise<ReviewInputContribution[]> {
    const f = reviewFreshness(ctx.since, ctx.asOfDate);
    const figures = [
      { key: 'reviews.previousOn', value: ctx.since, link: `/management-reviews?companyId=${ctx.companyId}` },
      { key: 'reviews.daysSincePrevious', value: f.days, link: null },
    ];
    return [
      { input: 'c93_a', source: SOURCE, figures },
      { input: 'a373_c', source: SOURCE, figures },
    ];
  }

  async dashboard(manager: EntityManager, ctx: DashboardContext): Promise<{ figures: DashboardFigure[] }> {
    const c = new SqlConditions();
    const base = freshnessSql(c, ctx.companyIds, ctx.today);
    const rows: { attention: number; worst_days: number | null; never: number }[] = await manager.query(
      `WITH f AS (${base} ${c.where()})
       SELECT count(*) FILTER (WHERE ${freshnessCondition('attention', 'days', 'held_on')})::int AS attention,
              count(*) FILTER (WHERE held_on IS NULL)::int AS never,
              max(days)::int AS worst_days
         FROM f`,
      c.params,
    );
    const r = rows[0];
    const scoped: Record<string, string> = ctx.companyId ? { companyId: ctx.companyId } : {};
    const days = r.never > 0 ? null : r.worst_days;
    const state =
      days === null
        ? 'never'
        : days > REVIEW_INTERVAL_DAYS
          ? 'overdue'
          : days > REVIEW_INTERVAL_DAYS - REVIEW_WARNING_DAYS
            ? 'due_soon'
            : 'ok';
    return {
      figures: [
        {
          key: 'reviews.daysSinceLast',
          source: SOURCE,
          kind: 'days',
          value: days,
          tone: state === 'ok' ? 'ok' : state === 'due_soon' ? 'warn' : 'bad',
          route: '/management-reviews/freshness',
          query: scoped,
          listPath: '/management-reviews/freshness',
          listQuery: scoped,
        },
        {
          key: 'reviews.attention',
          source: SOURCE,
          kind: 'count',
          value: r.attention,
          tone: r.attention > 0 ? 'bad' : 'ok',
          route: '/management-reviews/freshness',
          query: { ...scoped, state: 'attention' },
          listPath: '/management-reviews/freshness',
          listQuery: { ...scoped, state: 'attention' },
        },
      ],
    };
  }
}
