import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ContributorRegistry,
  ReviewContext,
  ReviewInputContribution,
  ReviewInputContributor,
} from '../dashboard/contributors';

const SOURCE = 'joint_use';

/**
 * What joint use puts into a review's inputs (9.3 b / A.3.7.3 f): the notice versions published since the
 * last review, that is the changes to the joint-use arrangements.
 */
@Injectable()
export class JointUseContributor implements ReviewInputContributor, OnModuleInit {
  readonly source = SOURCE;

  constructor(private readonly registry: ContributorRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async reviewInputs(manager: EntityManager, ctx: ReviewContext): Promise<ReviewInputContribution[]> {
    const since = ctx.since ?? '1900-01-01';
    const rows: { arrangement_id: string; title: string; version_no: number; published_on: string }[] =
      await manager.query(
        `SELECT v.arrangement_id, a.title, v.version_no,
                to_char(v.published_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS published_on
           FROM joint_use_notice_versions v JOIN joint_use_arrangements a ON a.id = v.arrangement_id
          WHERE v.company_id = $1 AND v.published_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Tokyo')
          ORDER BY v.published_at, v.id`,
        [ctx.companyId, since],
      );
    const [{ active }]: { active: number }[] = await manager.query(
      `SELECT count(*)::int AS active FROM joint_use_arrangements WHERE company_id = $1 AND status = 'published'`,
      [ctx.companyId],
    );
    const contribution = {
      source: SOURCE,
      figures: [
        { key: 'joint_use.versionsSince', value: rows.length, link: '/joint-use' },
        {
          key: 'joint_use.arrangementsChanged',
          value: new Set(rows.map((r) => r.arrangement_id)).size,
          link: '/joint-use',
        },
        { key: 'joint_use.published', value: active, link: '/joint-use' },
      ],
      items: rows.slice(0, 20).map((r) => ({
        text: `${r.title}（第${r.version_no}版、${r.published_on} 公表）`,
        link: `/joint-use/${r.arrangement_id}`,
        detail: {
          kind: 'notice_version' as const,
          title: r.title,
          versionNo: r.version_no,
          publishedOn: r.published_on,
        },
      })),
    };
    return [
      { input: 'c93_b', ...contribution },
      { input: 'a373_f', ...contribution },
    ];
  }
}
