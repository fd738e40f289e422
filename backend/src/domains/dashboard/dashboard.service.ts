import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { scopeIncludes } from '../../platform/access/permissions';
import { AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { problems } from '../../platform/errors/problem';
import { tokyoDate } from '../../platform/notifications/notification.rules';
import { Page, pageOf } from '../../platform/pagination/pagination';
import { ContributorRegistry, DashboardContext } from './contributors';
import {
  DashboardSummaryDto,
  OfficerQueryDto,
  OfficerStatusDto,
  PrivacyMarkQueryDto,
  PrivacyMarkStatusDto,
} from './dto/dashboard.dto';
import { officerStatuses } from './officers';
import { matchesState, privacyMarkStatuses } from './privacy-marks';

/** The executive dashboard: figures and trends from every registered contributor, per company or rolled up. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly registry: ContributorRegistry,
  ) {}

  /** The companies in view, and whether they are the whole group (no filter needed). */
  private async companyIds(
    auth: AuthContext,
    companyId: string | undefined,
  ): Promise<{ ids: string[]; wholeGroup: boolean }> {
    const scope = this.access.scope(auth, 'dashboard', 'read');
    if (companyId) {
      if (!scopeIncludes(scope, companyId)) throw problems.notFound();
      const rows = await this.dataSource.query('SELECT id FROM companies WHERE id = $1', [companyId]);
      if (!rows.length) throw problems.notFound();
      return { ids: [companyId], wholeGroup: false };
    }
    if (!scope.all) return { ids: scope.companyIds, wholeGroup: false };
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM companies ORDER BY id');
    return { ids: rows.map((r) => r.id), wholeGroup: true };
  }

  async summary(auth: AuthContext, companyId: string | undefined): Promise<DashboardSummaryDto> {
    const { ids: companyIds, wholeGroup } = await this.companyIds(auth, companyId);
    const asOf = this.clock.now();
    const today = tokyoDate(asOf);
    const context: DashboardContext = {
      companyIds,
      companyFilter: wholeGroup ? null : companyIds,
      companyId: companyId ?? null,
      asOf,
      today,
    };
    const parts = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const out = [];
      for (const contributor of this.registry.dashboardFigureContributors()) {
        out.push(await contributor.dashboard(manager, context));
      }
      return out;
    });
    return {
      companyId: companyId ?? null,
      companyCount: companyIds.length,
      asOf: asOf.toISOString(),
      today,
      figures: parts.flatMap((p) =>
        p.figures.map((f) => ({
          ...f,
          value: f.kind === 'date' ? null : (f.value as number | null),
          date: f.kind === 'date' ? ((f.value as string | null) ?? null) : null,
        })),
      ),
      trends: parts.flatMap((p) =>
        (p.trends ?? []).map((t) => ({
          ...t,
          points: t.points.map((pt) => ({ month: pt.month, values: t.series.map((s) => pt.values[s] ?? 0) })),
        })),
      ),
    };
  }

  async privacyMarks(auth: AuthContext, query: PrivacyMarkQueryDto): Promise<Page<PrivacyMarkStatusDto>> {
    const { ids: companyIds } = await this.companyIds(auth, query.companyId);
    const today = tokyoDate(this.clock.now());
    const rows = (await privacyMarkStatuses(this.dataSource.manager, companyIds, today)).filter((r) =>
      matchesState(r, query.state),
    );
    return pageOf(rows, query);
  }

  async officers(auth: AuthContext, query: OfficerQueryDto): Promise<Page<OfficerStatusDto>> {
    const { ids: companyIds } = await this.companyIds(auth, query.companyId);
    const rows = (await officerStatuses(this.dataSource.manager, companyIds)).filter(
      (r) => query.state !== 'missing' || r.pmsManagerMissing,
    );
    return pageOf(rows, query);
  }
}
