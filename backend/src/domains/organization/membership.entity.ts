import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TrackedRow } from '../../platform/database/business-row';
import type { Role } from '../../platform/access/permissions';
import { Account } from './account.entity';
import { Company } from './company.entity';

/**
 * A role an account holds in one company, or in the whole group when `companyId` is null (group-level
 * officers, executives and administrators).
 */
@Entity({ name: 'memberships' })
@Index('ux_memberships_account_company_role', ['accountId', 'companyId', 'role'], {
  unique: true,
  where: 'company_id IS NOT NULL',
})
@Index('ux_memberships_account_group_role', ['accountId', 'role'], { unique: true, where: 'company_id IS NULL' })
@Index('ix_memberships_company', ['companyId'])
@Check('ck_memberships_role', "role IN ('pms_manager', 'auditor', 'dept_manager', 'staff', 'executive', 'admin')")
export class Membership extends TrackedRow {
  @Column('uuid')
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_memberships_account' })
  account?: Account;

  @Column('uuid', { nullable: true })
  companyId!: string | null;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_memberships_company' })
  company?: Company | null;

  @Column('varchar', { length: 20 })
  role!: Role;
}
