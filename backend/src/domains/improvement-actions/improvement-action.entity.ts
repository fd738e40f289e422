import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Account } from '../organization/account.entity';
import { Company } from '../organization/company.entity';
import { Person } from '../organization/person.entity';
import type { ActionGrade, ActionKind, ActionStatus } from './improvement-actions.rules';

/**
 * An improvement action (是正処置・予防処置・改善): a nonconformity, observation or opportunity with its
 * cause, plan, owner, due date, implementation, effectiveness check and closing approval. `source_id`
 * names the record it came from in another domain, without a foreign key (the domains stay apart).
 */
@Entity({ name: 'improvement_actions' })
@Index('ix_improvement_actions_company_status_due', ['companyId', 'status', 'dueOn'])
@Index('ix_improvement_actions_source', ['sourceType', 'sourceId'])
@Index('ix_improvement_actions_owner', ['ownerPersonId'])
@Check('ck_improvement_actions_kind', "kind IN ('corrective', 'preventive', 'improvement')")
@Check(
  'ck_improvement_actions_grade',
  "grade IN ('major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity')",
)
@Check(
  'ck_improvement_actions_status',
  "status IN ('open', 'in_progress', 'implemented', 'effectiveness_check', 'closed', 'reopened')",
)
@Check('ck_improvement_actions_verifier', 'verifier_person_id IS NULL OR verifier_person_id <> owner_person_id')
export class ImprovementAction extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_improvement_actions_company' })
  company?: Company;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('text')
  description!: string;

  @Column('varchar', { length: 20 })
  kind!: ActionKind;

  @Column('varchar', { length: 30 })
  grade!: ActionGrade;

  @Column('varchar', { length: 40 })
  sourceType!: string;

  @Column('uuid', { nullable: true })
  sourceId!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  sourceLabel!: string | null;

  @Column('text', { nullable: true })
  rootCause!: string | null;

  @Column('text', { nullable: true })
  plan!: string | null;

  @Column('uuid')
  ownerPersonId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_person_id', foreignKeyConstraintName: 'fk_improvement_actions_owner' })
  owner?: Person;

  @Column('date')
  dueOn!: string;

  @Column('varchar', { length: 30 })
  status!: ActionStatus;

  @Column('date', { nullable: true })
  implementedOn!: string | null;

  @Column('text', { nullable: true })
  implementationNote!: string | null;

  @Column('uuid', { nullable: true })
  verifierPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verifier_person_id', foreignKeyConstraintName: 'fk_improvement_actions_verifier' })
  verifier?: Person | null;

  @Column('date', { nullable: true })
  effectivenessCheckedOn!: string | null;

  @Column('varchar', { length: 20, nullable: true })
  effectivenessResult!: 'effective' | 'not_effective' | null;

  @Column('text', { nullable: true })
  effectivenessNote!: string | null;

  @Column('uuid', { nullable: true })
  closingApprovedByAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closing_approved_by_account_id', foreignKeyConstraintName: 'fk_improvement_actions_approver' })
  closingApprovedBy?: Account | null;

  @Column('timestamptz', { nullable: true })
  closingApprovedAt!: Date | null;

  @Column('date', { nullable: true })
  closedOn!: string | null;

  @Column('integer', { default: 0 })
  reopenCount!: number;

  @Column('text', { nullable: true })
  reopenReason!: string | null;
}
