import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '../organization/company.entity';
import { Person } from '../organization/person.entity';
import { TrainingAssignment } from './assignment.entity';
import { TrainingCourseVersion } from './course-version.entity';
import type { Answer } from './training.rules';

/**
 * One submitted quiz (R-ED-03): passes and fails alike are kept. A passed attempt is the attestation
 * (person, course version, score, answers, time, accepted pledge text, IP). A trigger refuses UPDATE and
 * DELETE: nobody can edit or remove it (R-ED-04).
 */
@Entity({ name: 'training_attempts' })
@Index('ix_training_attempts_assignment', ['assignmentId', 'submittedAt'])
@Index('ix_training_attempts_person_passed', ['personId', 'passed', 'submittedAt'])
export class TrainingAttempt {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_training_attempts_company' })
  company?: Company;

  @Column('uuid')
  assignmentId!: string;

  @ManyToOne(() => TrainingAssignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_training_attempts_assignment' })
  assignment?: TrainingAssignment;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_training_attempts_person' })
  person?: Person;

  @Column('uuid')
  courseVersionId!: string;

  @ManyToOne(() => TrainingCourseVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'fk_training_attempts_course_version' })
  courseVersion?: TrainingCourseVersion;

  /** Whether the course counted as the annual course (R-ED-01 coverage). */
  @Column('boolean')
  annual!: boolean;

  @Column('jsonb')
  answers!: Answer[];

  @Column('integer')
  score!: number;

  @Column('integer')
  passMark!: number;

  @Column('boolean')
  passed!: boolean;

  /** The pledge text exactly as accepted (null for a failed attempt). */
  @Column('text', { nullable: true })
  pledgeText!: string | null;

  @Column('varchar', { length: 64, nullable: true })
  ip!: string | null;

  @Column('uuid', { nullable: true })
  accountId!: string | null;

  @Column('timestamptz')
  submittedAt!: Date;
}
