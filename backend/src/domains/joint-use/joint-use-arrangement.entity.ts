import { Column, Entity, Index } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import type { ArrangementStatus, ChangeKind, NoticeContent, ScopeChangeException } from './joint-use.rules';

/**
 * A joint-use arrangement (共同利用): the working copy of its notice content. What the public saw is in
 * `joint_use_notice_versions`; a change of a published arrangement waits here until it is published.
 */
@Entity({ name: 'joint_use_arrangements' })
@Index('ix_joint_use_arrangements_company_title', ['companyId', 'title'])
export class JointUseArrangement extends BusinessRow {
  @Column('varchar', { length: 200 })
  title!: string;

  @Column('varchar', { length: 20 })
  status!: ArrangementStatus;

  @Column('jsonb')
  content!: NoticeContent;

  /** The last published version number; 0 while a draft. */
  @Column('integer', { default: 0 })
  currentVersionNo!: number;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  /** R-JU-03: kinds of the unpublished change (empty when the working copy equals the published version). */
  @Column('jsonb')
  pendingKinds!: ChangeKind[];

  @Column('date', { nullable: true })
  pendingEffectiveOn!: string | null;

  @Column('varchar', { length: 40, nullable: true })
  pendingException!: ScopeChangeException | null;

  @Column('text', { nullable: true })
  pendingJustification!: string | null;

  /** Set when the responsible party's details changed: publish without delay (R-JU-03). */
  @Column('timestamptz', { nullable: true })
  publishWithoutDelaySince!: Date | null;
}
