import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReviewInputKey } from '../management-reviews/management-reviews.rules';

/**
 * The contributor registry: how a domain puts its figures into a management review's compiled inputs and
 * onto the executive dashboard without the review or the dashboard knowing the domain. A domain adds one
 * provider that implements either interface (or both) and registers itself in `onModuleInit`:
 *
 * ```ts
 * @Injectable()
 * export class IncidentsContributor implements ReviewInputContributor, DashboardFigureContributor, OnModuleInit {
 *   readonly source = 'incidents';
 *   constructor(private readonly registry: ContributorRegistry) {}
 *   onModuleInit() { this.registry.register(this); }
 *   async reviewInputs(manager, ctx) { … }
 *   async dashboard(manager, ctx) { … }
 * }
 * ```
 */

/** A figure a review input shows: a translated label key, a value, and the list behind it (front-end path). */
export interface ReviewFigure {
  /** Translation key under `reviewFigures` in the front end, e.g. `improvement.openTotal`. */
  key: string;
  value: number | string | null;
  /** The front-end route and query of the list behind the figure, e.g. `/improvement-actions?open=true`. */
  link?: string | null;
}

/**
 * What a listed line is made of, so that the web app writes it in the reader's language: an open
 * improvement action, a group of incidents by event and cause, a published joint-use notice version, a
 * subcontractor that needs attention.
 * Codes (status, event, cause) stay codes here; dates are `YYYY-MM-DD`.
 */
export type ReviewItemDetail =
  | { kind: 'action'; title: string; owner: string; dueOn: string; status: string }
  | { kind: 'incidents'; eventType: string | null; cause: string | null; count: number }
  | { kind: 'notice_version'; title: string; versionNo: number; publishedOn: string }
  | { kind: 'subcontractor'; title: string; reason: SubcontractorAttention; dueOn: string };

/** Why a review names a subcontractor: its supervision audit is overdue, its contract or a certificate ends soon. */
export type SubcontractorAttention = 'audit_overdue' | 'contract_ends' | 'certification_expires';

/**
 * A line a review input lists (an open action, an incident …). `text` is the line in Japanese, as the
 * printed minutes show it; `detail` lets the web app write it in English too. Snapshots compiled before
 * lines had a `detail` have the text alone.
 */
export interface ReviewItem {
  text: string;
  link?: string | null;
  detail?: ReviewItemDetail;
}

export interface ReviewInputContribution {
  input: ReviewInputKey;
  /** The contributing domain (`improvement_actions`, `organization`, `incidents` …). */
  source: string;
  figures: ReviewFigure[];
  items?: ReviewItem[];
}

export interface ReviewContext {
  companyId: string;
  /** The date of the previous signed review (null: none), the start of the period the inputs cover. */
  since: string | null;
  /** The moment the snapshot is compiled at. */
  asOf: Date;
  /** `asOf` as a calendar date in Asia/Tokyo. */
  asOfDate: string;
}

export interface ReviewInputContributor {
  readonly source: string;
  reviewInputs(manager: EntityManager, context: ReviewContext): Promise<ReviewInputContribution[]>;
}

export type FigureTone = 'neutral' | 'ok' | 'warn' | 'bad';

/** One figure of the dashboard. A `count` equals the `total` of the list `list` names (consistency test). */
export interface DashboardFigure {
  /** Translation key under `dashboard.figures`, e.g. `improvement.overdue`. */
  key: string;
  source: string;
  kind: 'count' | 'days' | 'date';
  value: number | string | null;
  tone: FigureTone;
  /** The front-end page that lists what the figure counts, with its filters. */
  route: string;
  query: Record<string, string>;
  /** The API list behind the figure (path under /api/v1 and its query); its `total` is the figure (count). */
  listPath: string;
  listQuery: Record<string, string>;
}

/** A chart: one point per month with a value per series. */
export interface DashboardTrend {
  key: string;
  source: string;
  series: string[];
  points: { month: string; values: Record<string, number> }[];
  route: string;
  query: Record<string, string>;
}

export interface DashboardContext {
  /** The companies the figures cover (one company, or the caller's whole scope rolled up). */
  companyIds: string[];
  /**
   * `companyIds` for an SQL filter, or null when they are every company of the group (a group-level
   * caller's roll-up): the filter would keep every row, so `companyFilterSql` drops it.
   */
  companyFilter: string[] | null;
  /** Set when the summary is for one company: list links then carry `companyId`. */
  companyId: string | null;
  asOf: Date;
  today: string;
}

/**
 * `column` limited to the companies of a `companyFilter` parameter: `($n::uuid[] IS NULL OR column = ANY($n))`.
 * PostgreSQL plans with the value, so a null filter costs nothing and a list is one array test.
 */
export const companyFilterSql = (column: string, param: string) =>
  `(${param}::uuid[] IS NULL OR ${column} = ANY(${param}::uuid[]))`;

export interface DashboardFigureContributor {
  readonly source: string;
  dashboard(
    manager: EntityManager,
    context: DashboardContext,
  ): Promise<{ figures: DashboardFigure[]; trends?: DashboardTrend[] }>;
}

type Contributor = { source: string } & Partial<ReviewInputContributor & DashboardFigureContributor>;

/** Holds the contributors in registration order (the order the figures are shown in). */
@Injectable()
export class ContributorRegistry {
  private readonly reviewContributors: ReviewInputContributor[] = [];
  private readonly dashboardContributors: DashboardFigureContributor[] = [];

  /** Registers a provider under every interface it implements. */
  register(contributor: Contributor): void {
    if (
      typeof contributor.reviewInputs === 'function' &&
      !this.reviewContributors.includes(contributor as ReviewInputContributor)
    ) {
      this.reviewContributors.push(contributor as ReviewInputContributor);
    }
    if (
      typeof contributor.dashboard === 'function' &&
      !this.dashboardContributors.includes(contributor as DashboardFigureContributor)
    ) {
      this.dashboardContributors.push(contributor as DashboardFigureContributor);
    }
  }

  reviewInputContributors(): readonly ReviewInputContributor[] {
    return this.reviewContributors;
  }

  dashboardFigureContributors(): readonly DashboardFigureContributor[] {
    return this.dashboardContributors;
  }
}

@Global()
@Module({ providers: [ContributorRegistry], exports: [ContributorRegistry] })
export class ContributorsModule {}
