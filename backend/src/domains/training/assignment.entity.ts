import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TrackedRow } from '../../platform/database/business-row';
import { Company } from '../organization/company.entity';
import { Person } from '../organization/person.entity';
import { TrainingCampaign } from './campaign.entity';
import type { AssignmentStatus } from './training.rules';

export const ASSIGNMENT_KINDS = ['regular', 'makeup'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

/**
 * One person's assignment in a campaign (the regular one, or a make-up 補講). `companyId` is the person's
 * company; department and employment type are taken when assigned, so progress reads one table.
 */
@Entity({ name: 'training_assignments' })
@Index('ix_training_assignments_progress', [
  'campaignId',
  'companyId',
  'departmentId',
  'employmentType',
  'status',
  'dueOn',
])
@Index('ix_training_assignments_person', ['personId', 'status'])
@Index('ux_training_assignments_regular', ['campaignId', 'personId'], { unique: true, where: "kind = 'regular'" })
@Check('ck_training_assignments_status', "status IN ('assigned', 'passed', 'withdrawn')")
@Check('ck_training_assignments_kind', "kind IN ('regular', 'makeup')")
export class TrainingAssignment extends TrackedRow {
  @Column('uuid')
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_training_assignments_company' })
  company?: Company;

  @Column('uuid')
  campaignId!: string;

  @ManyToOne(() => TrainingCampaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_training_assignments_campaign' })
  campaign?: TrainingCampaign;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_training_assignments_person' })
  person?: Person;

  /** The person's department when assigned (no foreign key: a department may be removed later). */
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @Column('varchar', { length: 20 })
  employmentType!: string;

  @Column('varchar', { length: 10, default: 'regular' })
  kind!: AssignmentKind;

  @Column('varchar', { length: 20, default: 'assigned' })
  status!: AssignmentStatus;

  @Column('date')
  dueOn!: string;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('integer', { nullable: true })
  bestScore!: number | null;

  @Column('timestamptz', { nullable: true })
  passedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt!: Date | null;

  /** When the `assigned` notification went out (null: still to send). */
  @Column('timestamptz', { nullable: true })
  noticeSentAt!: Date | null;
}
