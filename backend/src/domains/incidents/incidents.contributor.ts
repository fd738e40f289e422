import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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
import { named } from '../../platform/export/table-export';
import { INCIDENT_CAUSE_LABELS_JA, INCIDENT_EVENT_LABELS_JA } from './incident.labels';
import { INCIDENT_EVENTS, IncidentCause, IncidentEvent, nearestClockTone } from './incident.rules';
import { INCIDENT_OPEN_CLOCKS_SQL } from './incidents.service';

const SOURCE = 'incidents';

function qs(query: Record<string, string>): string {
  const s = new URLSearchParams(query).toString();
  return s ? `?${s}` : '';
}

/**
 * What the incident register puts onto the dashboard (open incidents, those with a legal clock past due,
 * the nearest clock; incidents per month by event type) and into a review's inputs (9.3 c / A.3.7.3 a:
 * incidents since the last review by event type and cause, clocks met or missed).
 */
@Injectable()
export class IncidentsContributor implements ReviewInputContributor, DashboardFigureContributor, OnModuleInit {
  readonly source = SOURCE;

  constructor(private readonly registry: ContributorRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async reviewInputs(manager: EntityManager, ctx: ReviewContext): Promise<ReviewInputContribution[]> {
    const since = ctx.since ?? '1900-01-01';
    const sinceSql = `($2::date::timestamp AT TIME ZONE 'Asia/Tokyo')`;
    const [r]: { recorded: number; open: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE aware_at >= ${sinceSql})::int AS recorded,
              count(*) FILTER (WHERE status <> 'closed')::int AS open
         FROM incidents WHERE company_id = $1`,
      [ctx.companyId, since],
    );
    const [clocks]: { met: number; missed: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE d.completed_at IS NOT NULL AND (d.completed_at AT TIME ZONE 'Asia/Tokyo')::date <= d.due_on)::int AS met,
              count(*) FILTER (WHERE (d.completed_at IS NOT NULL AND (d.completed_at AT TIME ZONE 'Asia/Tokyo')::date > d.due_on)
                                  OR (d.completed_at IS NULL AND d.due_on < $3::date))::int AS missed
         FROM (SELECT DISTINCT ON (d.source_type, d.source_id) d.* FROM deadlines d
                 JOIN incidents i ON i.id = d.source_id
                WHERE d.source_type LIKE 'incidents.%' AND i.company_id = $1 AND i.aware_at >= ${sinceSql}
                ORDER BY d.source_type, d.source_id, d.id) d`,
      [ctx.companyId, since, ctx.asOfDate],
    );
    const groups: { event_type: IncidentEvent | null; cause: IncidentCause | null; n: number }[] = await manager.query(
      `SELECT event_type, cause, count(*)::int AS n FROM incidents
        WHERE company_id = $1 AND aware_at >= ${sinceSql}
        GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 20`,
      [ctx.companyId, since],
    );
    const link = (q: Record<string, string>) => `/incidents${qs({ companyId: ctx.companyId, ...q })}`;
    const contribution = {
      source: SOURCE,
      figures: [
        { key: 'incidents.recordedSince', value: r.recorded, link: link({}) },
        { key: 'incidents.open', value: r.open, link: link({ open: 'true' }) },
        { key: 'incidents.clocksMet', value: clocks.met, link: link({}) },
        { key: 'incidents.clocksMissed', value: clocks.missed, link: link({}) },
      ],
      items: groups.map((g) => ({
        text: `${named(INCIDENT_EVENT_LABELS_JA, g.event_type) || '未分類'} / ${named(INCIDENT_CAUSE_LABELS_JA, g.cause) || '原因未記入'}: ${g.n}件`,
        link: link({}),
        detail: { kind: 'incidents' as const, eventType: g.event_type, cause: g.cause, count: g.n },
      })),
    };
    return [
      { input: 'c93_c', ...contribution },
      { input: 'a373_a', ...contribution },
    ];
  }

  async dashboard(
    manager: EntityManager,
    ctx: DashboardContext,
  ): Promise<{ figures: DashboardFigure[]; trends: DashboardTrend[] }> {
    const scoped: Record<string, string> = ctx.companyId ? { companyId: ctx.companyId } : {};
    // The page opens on the company chosen in the top bar unless told to show the whole scope rolled up.
    const page: Record<string, string> = ctx.companyId ? scoped : { scope: 'all' };
    // The last 12 months (Asia/Tokyo): rows fall into a month by comparison with its bounds (width_bucket).
    const months = lastMonths(ctx.today);
    const bounds = monthBounds(months).instants;
    // One pass over the incidents for the counts, the nearest clock and the monthly series by event type
    // (grouping sets: the whole, and by month and event type).
    const groups: {
      whole: number;
      bucket: number | null;
      event_type: string | null;
      n: number;
      open: number;
      overdue: number;
      nearest: string | null;
    }[] = await manager.query(
      `SELECT grouping(a.bucket, a.event_type) AS whole, a.bucket, a.event_type, count(*)::int AS n,
              count(*) FILTER (WHERE a.status <> 'closed')::int AS open,
              count(*) FILTER (WHERE a.status <> 'closed' AND a.next_due < $2::date)::int AS overdue,
              to_char(min(a.next_due) FILTER (WHERE a.status <> 'closed'), 'YYYY-MM-DD') AS nearest
         FROM (SELECT i.status, i.event_type, c.next_due,
                      CASE WHEN i.aware_at >= ($3::timestamptz[])[1] AND i.aware_at < ($3::timestamptz[])[13]
                           THEN width_bucket(i.aware_at, $3::timestamptz[]) END AS bucket
                 FROM incidents i LEFT JOIN ${INCIDENT_OPEN_CLOCKS_SQL} c ON c.source_id = i.id
                WHERE ${companyFilterSql('i.company_id', '$1')}) a
        GROUP BY GROUPING SETS ((), (a.bucket, a.event_type))`,
      [ctx.companyFilter, ctx.today, bounds],
    );
    const r = groups.find((g) => g.whole !== 0) ?? { open: 0, overdue: 0, nearest: null };
    const perMonth = groups.filter((g) => g.whole === 0 && g.bucket !== null);
    const figure = (
      key: string,
      kind: DashboardFigure['kind'],
      value: number | string | null,
      tone: DashboardFigure['tone'],
      query: Record<string, string>,
    ): DashboardFigure => ({
      key,
      source: SOURCE,
      kind,
      value,
      tone,
      route: '/incidents',
      query: { ...page, ...query },
      listPath: '/incidents',
      listQuery: { ...scoped, ...query },
    });
    const series = [...INCIDENT_EVENTS, 'unclassified'];
    return {
      figures: [
        figure('incidents.open', 'count', r.open, r.open > 0 ? 'warn' : 'ok', { open: 'true' }),
        figure('incidents.clockOverdue', 'count', r.overdue, r.overdue > 0 ? 'bad' : 'ok', { clockOverdue: 'true' }),
        // The earliest running legal clock among the open incidents; its list starts with that incident.
        figure('incidents.nearestClock', 'date', r.nearest, nearestClockTone(r.nearest, ctx.today), {
          open: 'true',
          sort: 'nextClock',
        }),
      ],
      trends: [
        {
          key: 'incidents.perMonth',
          source: SOURCE,
          series,
          points: months.map((month, i) => ({
            month,
            values: Object.fromEntries(
              series.map((s) => [
                s,
                perMonth
                  .filter((p) => p.bucket === i + 1 && (p.event_type ?? 'unclassified') === s)
                  .reduce((a, p) => a + p.n, 0),
              ]),
            ),
          })),
          route: '/incidents',
          query: { ...page, open: 'false' },
        },
      ],
    };
  }
}
