import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ChangeKind, DirectoryCompany, NoticeContent, NoticeItem, ScopeChangeException } from './joint-use.rules';

/**
 * One published version of an arrangement's public notice (R-JU-04): what was shown, in Japanese and
 * English, from when. Rows are only ever inserted.
 */
@Entity({ name: 'joint_use_notice_versions' })
@Index('ux_joint_use_notice_versions_arrangement_no', ['arrangementId', 'versionNo'], { unique: true })
export class JointUseNoticeVersion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  companyId!: string;

  @Column('uuid')
  arrangementId!: string;

  @Column('integer')
  versionNo!: number;

  @Column('jsonb')
  content!: NoticeContent;

  @Column('text')
  textJa!: string;

  @Column('text')
  textEn!: string;

  @Column('timestamptz')
  publishedAt!: Date;

  /** When a change needing prior notice takes effect (after `publishedAt`). */
  @Column('date', { nullable: true })
  effectiveOn!: string | null;

  @Column('jsonb')
  changeKinds!: ChangeKind[];

  @Column('varchar', { length: 40, nullable: true })
  exception!: ScopeChangeException | null;

  @Column('text', { nullable: true })
  justification!: string | null;

  /** Required items still missing when this version was published (only an import can publish them). */
  @Column('jsonb')
  missingItems!: NoticeItem[];

  /** The group directory as it stood at publication, for arrangements covering the group. */
  @Column('jsonb', { nullable: true })
  groupCompanies!: DirectoryCompany[] | null;

  /** `published` through the API, `imported` from the privacy policy in force. */
  @Column('varchar', { length: 20, default: 'published' })
  origin!: string;

  @Column('uuid', { nullable: true })
  publishedBy!: string | null;
}
