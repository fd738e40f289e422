import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '../organization/company.entity';
import { TrainingCourse } from './course.entity';
import type { AttachmentDto } from '../../platform/attachments/attachment.dto';
import type { QuizQuestion } from './training.rules';

/** What a published version holds: everything staff read, answer and accept, frozen. */
export interface CourseContent {
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
  videoUrls: string[];
  topics: string[];
  annual: boolean;
  questions: QuizQuestion[];
  passMark: number;
  pledgeJa: string;
  pledgeEn: string;
  /** The course's files when the version was published (absent in versions published before files). */
  attachments?: AttachmentDto[];
}

/** A published version of a course. Never updated or deleted (a trigger refuses it). */
@Entity({ name: 'training_course_versions' })
@Index('ux_training_course_versions_course_no', ['courseId', 'versionNo'], { unique: true })
export class TrainingCourseVersion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_training_course_versions_company' })
  company?: Company;

  @Column('uuid')
  courseId!: string;

  @ManyToOne(() => TrainingCourse, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_training_course_versions_course' })
  course?: TrainingCourse;

  @Column('integer')
  versionNo!: number;

  @Column('jsonb')
  content!: CourseContent;

  @Column('timestamptz')
  publishedAt!: Date;

  @Column('uuid', { nullable: true })
  publishedBy!: string | null;
}
