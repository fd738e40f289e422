import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Account } from '../organization/account.entity';
import { Company } from '../organization/company.entity';
import { Person } from '../organization/person.entity';
import type { DecisionType, ReviewInputKey, ReviewStatus } from './management-reviews.rules';
import type { ReviewInputContribution } from '../dashboard/contributors';

export interface StoredInput {
  key: ReviewInputKey;
  commentary: string | null;
  noChange: boolean;
  /** What the system compiled for this input at `compiledAt` (null before compiling). */
  compiled: ReviewInputContribution[] | null;
}

export interface StoredDecision {
  id: string;
  type: DecisionType;
  description: string;
  ownerPersonId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  /** The improvement action the decision became at sign-off (R-MR-03). */
  actionId: string | null;
}

export interface StoredAttendee {
  personId: string;
  name: string;
}

/**
 * A management review (マネジメントレビュー) and its minutes. Signed minutes are frozen; a later change is
 * a new revision (`revision_of` → the signed one, which becomes `superseded` when the revision is signed).
 * Names of the chair, attendees and decision owners are kept as they were, so the minutes never change.
 */
@Entity({ name: 'management_reviews' })
@Index('ix_management_reviews_company_held', ['companyId', 'heldOn'])
@Index('ix_management_reviews_company_status', ['companyId', 'status'])
@Check('ck_management_reviews_status', "status IN ('draft', 'signed', 'superseded')")
export class ManagementReview extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_management_reviews_company' })
  company?: Company;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('date')
  heldOn!: string;

  @Column('varchar', { length: 20 })
  status!: ReviewStatus;

  @Column('integer', { default: 1 })
  revision!: number;

  @Column('uuid', { nullable: true })
  revisionOf!: string | null;

  @Column('uuid', { nullable: true })
  supersededById!: string | null;

  @Column('uuid')
  chairPersonId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_person_id', foreignKeyConstraintName: 'fk_management_reviews_chair' })
  chair?: Person;

  @Column('varchar', { length: 200 })
  chairName!: string;

  @Column('jsonb', { default: () => "'[]'" })
  attendees!: StoredAttendee[];

  @Column('jsonb')
  inputs!: StoredInput[];

  @Column('timestamptz', { nullable: true })
  compiledAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  compiledAsOf!: Date | null;

  /** The previous signed review's date: the inputs cover the period since then. */
  @Column('date', { nullable: true })
  periodFrom!: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  decisions!: StoredDecision[];

  /** R-MR-04: the latest internal audit report, named by title or number. */
  @Column('varchar', { length: 300, nullable: true })
  auditReportReference!: string | null;

  @Column('uuid', { nullable: true })
  signedByAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_account_id', foreignKeyConstraintName: 'fk_management_reviews_signer' })
  signedBy?: Account | null;

  @Column('varchar', { length: 200, nullable: true })
  signedByName!: string | null;

  @Column('timestamptz', { nullable: true })
  signedAt!: Date | null;
}
