import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Company } from '../organization/company.entity';
import type { QuizQuestion } from './training.rules';

export const COURSE_STATUSES = ['draft', 'published'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/**
 * A training course as its editor sees it: content in Japanese and English, the topics it covers, the quiz
 * with its correct options, the pass mark and the pledge (誓約書). Publishing freezes the content into a
 * new `training_course_versions` row; attestations point at that version, never at this editable row.
 */
@Entity({ name: 'training_courses' })
@Index('ix_training_courses_company_updated', ['companyId', 'updatedAt'])
@Check('ck_training_courses_status', "status IN ('draft', 'published')")
@Check('ck_training_courses_pass_mark', 'pass_mark BETWEEN 0 AND 100')
export class TrainingCourse extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_training_courses_company' })
  company?: Company;

  @Column('varchar', { length: 200 })
  titleJa!: string;

  @Column('varchar', { length: 200 })
  titleEn!: string;

  @Column('text')
  bodyJa!: string;

  @Column('text')
  bodyEn!: string;

  @Column('jsonb')
  videoUrls!: string[];

  @Column('jsonb')
  topics!: string[];

  /** Whether the course is meant as the yearly course (R-ED-02: then it must cover all four topics). */
  @Column('boolean', { default: false })
  annual!: boolean;

  @Column('jsonb')
  questions!: QuizQuestion[];

  @Column('integer')
  passMark!: number;

  @Column('text')
  pledgeJa!: string;

  @Column('text')
  pledgeEn!: string;

  @Column('varchar', { length: 20, default: 'draft' })
  status!: CourseStatus;

  /** The latest published version number (0 before the first publication). */
  @Column('integer', { default: 0 })
  publishedVersion!: number;

  @Column('uuid', { nullable: true })
  currentVersionId!: string | null;
}
