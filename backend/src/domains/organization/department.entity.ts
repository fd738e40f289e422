import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Company } from './company.entity';

/** A department in a company's tree (`parentId` null for the top level). */
@Entity({ name: 'departments' })
@Index('ux_departments_company_code', ['companyId', 'code'], { unique: true })
@Index('ix_departments_company_parent', ['companyId', 'parentId'])
export class Department extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_departments_company' })
  company?: Company;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_departments_parent' })
  parent?: Department | null;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 50 })
  code!: string;
}
