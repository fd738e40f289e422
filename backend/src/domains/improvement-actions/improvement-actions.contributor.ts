import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SqlConditions } from '../../platform/pagination/pagination';
import {
  companyFilterSql,
  ContributorRegistry,
  DashboardContext,
  DashboardFigure,
  DashboardFigureContributor,
  DashboardTrend,
  ReviewContext,
  ReviewInputContribution,
  ReviewInputContributor,
} from '../dashboard/contributors';
import { lastMonths, monthBounds } from '../dashboard/dashboard.rules';
import { actionConditions } from './improvement-actions.service';

const SOURCE = 'improvement_actions';

const STATUS_JA: Record<string, string> = {
  open: '未着手',
  in_progress: '対応中',
  implemented: '実施済み',
  effectiveness_check: '有効性確認済み',
  closed: '完了',
  reopened: '再開',
};

/** Query strings for the list links: the same filters the counts use. */
function qs(query: Record<string, string>): string {
  const s = new URLSearchParams(query).toString();
  return s ? `?${s}` : '';
}

/**
 * What the improvement action register puts into a review's inputs (R-MR-03: open actions carry
 * forward into 9.3 a / A.3.7.3 c; nonconformities and corrective actions into 9.3 c; opportunities into
 * 9.3 f / A.3.7.3 g) and onto the dashboard (open, overdue, major open; opened and closed per month).
 */
@Injectable()
export class ImprovementActionsContributor implements ReviewInputContributor, DashboardFigureContributor, OnModuleInit {
  readonly source = SOURCE;

  constructor(private readonly registry: ContributorRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  private async count(manager: EntityManager, companyIds: string[], filters: Record<string, unknown>, today: string) {
    const c = new SqlConditions();
    c.add(`a.company_id = ANY(${c.p(companyIds)}::uuid[])`);
    actionConditions(c, filters, today);
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM improvement_actions a ${c.where()}`, c.params);
    return n as number;
  }

  async reviewInputs(manager: EntityManager, ctx: ReviewContext): Promise<ReviewInputContribution[]> {
    const ids = [ctx.companyId];
    const today = ctx.asOfDate;
    const base = { companyId: ctx.companyId };
    const since = ctx.since ?? undefined;
    const open = await this.count(manager, ids, { open: true }, today);
    const overdue = await this.count(manager, ids, { overdue: true }, today);
    const fromReviewsOpen = await this.count(manager, ids, { open: true, sourceType: 'management_review' }, today);
    const openedSince = await this.count(manager, ids, { createdFrom: since }, today);
    const closedSince = await this.count(manager, ids, { open: false, closedFrom: since }, today);
    const nonconformitiesOpen =
      (await this.count(manager, ids, { open: true, grade: 'major_nonconformity' }, today)) +
      (await this.count(manager, ids, { open: true, grade: 'minor_nonconformity' }, today));
    const opportunitiesOpen = await this.count(manager, ids, { open: true, grade: 'opportunity' }, today);
    const openRows: { id: string; title: string; due_on: string; status: string; owner: string }[] =
      await manager.query(
        `SELECT a.id, a.title, a.due_on::text AS due_on, a.status, p.family_name || ' ' || p.given_name AS owner
         FROM improvement_actions a JOIN people p ON p.id = a.owner_person_id
        WHERE a.company_id = $1 AND a.status <> 'closed' ORDER BY a.due_on, a.id LIMIT 20`,
        [ctx.companyId],
      );
    const link = (q: Record<string, string>) => `/improvement-actions${qs({ ...base, ...q })}`;
    const sinceQuery: Record<string, string> = since ? { createdFrom: since } : {};
    const closedQuery: Record<string, string> = since ? { open: 'false', closedFrom: since } : { open: 'false' };
    const carried = {
      figures: [
        { key: 'improvement.openTotal', value: open, link: link({ open: 'true' }) },
        { key: 'improvement.overdue', value: overdue, link: link({ overdue: 'true' }) },
        {
          key: 'improvement.openFromReviews',
          value: fromReviewsOpen,
          link: link({ open: 'true', sourceType: 'management_review' }),
        },
        { key: 'improvement.openedSince', value: openedSince, link: link(sinceQuery) },
        { key: 'improvement.closedSince', value: closedSince, link: link(closedQuery) },
      ],
      items: openRows.map((r) => ({
        text: `${r.title}（${r.owner}、期限 ${r.due_on}、${STATUS_JA[r.status] ?? r.status}）`,
        link: `/improvement-actions/${r.id}`,
        detail: { kind: 'action' as const, title: r.title, owner: r.owner, dueOn: r.due_on, status: r.status },
      })),
    };
    return [
      { input: 'c93_a', source: SOURCE, ...carried },
      { input: 'a373_c', source: SOURCE, ...carried },
      {
        input: 'c93_c',
        source: SOURCE,
        figures: [
          { key: 'improvement.nonconformitiesOpen', value: nonconformitiesOpen, link: link({ open: 'true' }) },
          { key: 'improvement.closedSince', value: closedSince, link: link(closedQuery) },
        ],
      },
      {
        input: 'c93_f',
        source: SOURCE,
        figures: [
          {
            key: 'improvement.opportunitiesOpen',
            value: opportunitiesOpen,
            link: link({ open: 'true', grade: 'opportunity' }),
          },
        ],
      },
      {
        input: 'a373_g',
        source: SOURCE,
        figures: [
          {
            key: 'improvement.opportunitiesOpen',
            value: opportunitiesOpen,
            link: link({ open: 'true', grade: 'opportunity' }),
          },
        ],
      },
    ];
  }

  async dashboard(
    manager: EntityManager,
    ctx: DashboardContext,
  ): Promise<{ figures: DashboardFigure[]; trends: DashboardTrend[] }> {
    const scoped: Record<string, string> = ctx.companyId ? { companyId: ctx.companyId } : {};
    // The last 12 months (Asia/Tokyo): rows fall into a month by comparison with its bounds (width_bucket).
    const months = lastMonths(ctx.today);
    const bounds = monthBounds(months);
    // One pass over the actions, one aggregate row: the four counts and, per series, an array of the 12
    // months' counts (each row's month computed once, then counted by FILTER; no sort, no hash table).
    // OFFSET 0 keeps the subquery a step of its own: pulled up, its CASE would be inlined into all 24 FILTERs.
    const perMonth = (series: 'opened' | 'closed') =>
      `ARRAY[${months.map((_, i) => `count(*) FILTER (WHERE a.${series} = ${i + 1})`).join(', ')}]::int[]`;
    const [r]: {
      open: number;
      overdue: number;
      major_open: number;
      awaiting_approval: number;
      opened: number[];
      closed: number[];
    }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE a.status <> 'closed')::int AS open,
              count(*) FILTER (WHERE a.status <> 'closed' AND a.due_on < $2::date)::int AS overdue,
              count(*) FILTER (WHERE a.status <> 'closed' AND a.grade = 'major_nonconformity')::int AS major_open,
              count(*) FILTER (WHERE a.status = 'effectiveness_check')::int AS awaiting_approval,
              ${perMonth('opened')} AS opened, ${perMonth('closed')} AS closed
         FROM (SELECT status, due_on, grade,
                      CASE WHEN created_at >= ($3::timestamptz[])[1] AND created_at < ($3::timestamptz[])[13]
                           THEN width_bucket(created_at, $3::timestamptz[]) END AS opened,
                      CASE WHEN status = 'closed' AND closed_on >= ($4::date[])[1] AND closed_on < ($4::date[])[13]
                           THEN width_bucket(closed_on, $4::date[]) END AS closed
                 FROM improvement_actions WHERE ${companyFilterSql('company_id', '$1')} OFFSET 0) a`,
      [ctx.companyFilter, ctx.today, bounds.instants, bounds.dates],
    );
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
      route: '/improvement-actions',
      query: { ...scoped, ...query },
      listPath: '/improvement-actions',
      listQuery: { ...scoped, ...query },
    });
    const monthly = months.map((month, i) => ({ month, opened: r.opened[i], closed: r.closed[i] }));
    return {
      figures: [
        figure('improvement.open', r.open, 'neutral', { open: 'true' }),
        figure('improvement.overdue', r.overdue, r.overdue > 0 ? 'bad' : 'ok', { overdue: 'true' }),
        figure('improvement.majorOpen', r.major_open, r.major_open > 0 ? 'warn' : 'ok', {
          open: 'true',
          grade: 'major_nonconformity',
        }),
        figure('improvement.awaitingClosing', r.awaiting_approval, r.awaiting_approval > 0 ? 'warn' : 'neutral', {
          status: 'effectiveness_check',
        }),
      ],
      trends: [
        {
          key: 'improvement.perMonth',
          source: SOURCE,
          series: ['opened', 'closed'],
          points: monthly.map((m) => ({ month: m.month, values: { opened: m.opened, closed: m.closed } })),
          route: '/improvement-actions',
          query: scoped,
        },
      ],
    };
  }
}
