import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Company } from '../organization/company.entity';
import { TrainingCourse } from './course.entity';
import type { Audience } from './training.rules';

export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * A training campaign (e.g. FY2026 annual PMS training): one course for an audience of people of one or
 * more companies, a window and a due date. `companyId` is the company that runs it (and owns the course).
 */
@Entity({ name: 'training_campaigns' })
@Index('ix_training_campaigns_company_due', ['companyId', 'dueOn'])
@Check('ck_training_campaigns_status', "status IN ('open', 'closed')")
@Check('ck_training_campaigns_window', 'window_start <= due_on AND due_on <= window_end')
export class TrainingCampaign extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_training_campaigns_company' })
  company?: Company;

  @Column('varchar', { length: 200 })
  titleJa!: string;

  @Column('varchar', { length: 200 })
  titleEn!: string;

  @Column('uuid')
  courseId!: string;

  @ManyToOne(() => TrainingCourse, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_training_campaigns_course' })
  course?: TrainingCourse;

  @Column('jsonb')
  audience!: Audience;

  @Column('date')
  windowStart!: string;

  @Column('date')
  windowEnd!: string;

  @Column('date')
  dueOn!: string;

  /** Whether reminders (due soon, due today, overdue) go to staff and their department managers. */
  @Column('boolean', { default: true })
  reminders!: boolean;

  @Column('varchar', { length: 20, default: 'open' })
  status!: CampaignStatus;
}
