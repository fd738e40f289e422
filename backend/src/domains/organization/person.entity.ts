import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Company } from './company.entity';
import { Department } from './department.entity';

export const EMPLOYMENT_TYPES = ['officer', 'regular', 'contract', 'part_time', 'dispatched'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/**
 * A member of staff (従業者). JIS Q 15001 counts officers, regular, contract, part-time and dispatched
 * staff alike. People who leave are kept (active = false, leave date set), never deleted by the roster.
 * The trigram index `ix_people_search_trgm` is created by hand in a migration (see the search in people.service.ts).
 */
@Entity({ name: 'people' })
@Index('ux_people_company_employee_number', ['companyId', 'employeeNumber'], { unique: true })
@Index('ix_people_company_kana', ['companyId', 'familyNameKana', 'givenNameKana', 'id'])
@Index('ix_people_company_department', ['companyId', 'departmentId'])
@Index('ix_people_search_trgm', { synchronize: false })
@Index('ix_people_annual_training', ['annualTrainingOn', 'companyId'], { where: 'active' })
@Check('ck_people_employment_type', "employment_type IN ('officer', 'regular', 'contract', 'part_time', 'dispatched')")
export class Person extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_people_company' })
  company?: Company;

  @Column('varchar', { length: 50 })
  employeeNumber!: string;

  @Column('varchar', { length: 100 })
  familyName!: string;

  @Column('varchar', { length: 100 })
  givenName!: string;

  @Column('varchar', { length: 100 })
  familyNameKana!: string;

  @Column('varchar', { length: 100 })
  givenNameKana!: string;

  @Column('varchar', { length: 254, nullable: true })
  email!: string | null;

  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_people_department' })
  department?: Department | null;

  @Column('varchar', { length: 20 })
  employmentType!: EmploymentType;

  @Column('date', { nullable: true })
  hireDate!: string | null;

  @Column('date', { nullable: true })
  leaveDate!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  /**
   * The Tokyo date of the person's last passed annual training course, kept by the database from the
   * attestations (trigger on training_attempts), never written by the application: the coverage list
   * and the dashboard count people without one in 365 days (R-ED-01) from it through one index.
   */
  @Column({ type: 'date', name: 'annual_training_on', nullable: true, insert: false, update: false })
  annualTrainingOn!: string | null;
}
