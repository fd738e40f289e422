import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../organization/account.entity';
import { Company } from '../organization/company.entity';
import { BusinessRow } from '../../platform/database/business-row';
import type {
  AuditKind,
  AuditResult,
  AuditSchedule,
  ClauseException,
  ContractClause,
  Criterion,
  DataDisposition,
  ResubcontractBasis,
  RiskTier,
  SubcontractorStatus,
} from './subcontractors.rules';

/** A subcontractor (委託先) of one company: what is entrusted, its risk tier, certifications and status. */
@Entity({ name: 'subcontractors' })
@Index('ix_subcontractors_company_name', ['companyId', 'name', 'id'])
@Index('ix_subcontractors_company_status', ['companyId', 'status'])
@Index('ix_subcontractors_company_next_audit', ['companyId', 'nextAuditDueOn'])
export class Subcontractor extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_subcontractors_company' })
  company?: Company;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 13, nullable: true })
  corporateNumber!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  address!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  representative!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  contactName!: string | null;

  @Column('varchar', { length: 254, nullable: true })
  contactEmail!: string | null;

  @Column('varchar', { length: 1000 })
  services!: string;

  @Column('varchar', { length: 1000 })
  personalDataItems!: string;

  @Column('integer', { default: 0 })
  approxPersons!: number;

  @Column('boolean', { default: false })
  sensitiveData!: boolean;

  @Column('boolean', { default: false })
  myNumber!: boolean;

  /** The tier the rules compute; `riskTier` is the one in force (the override when set). */
  @Column('varchar', { length: 10 })
  computedRiskTier!: RiskTier;

  @Column('varchar', { length: 10, nullable: true })
  riskTierOverride!: RiskTier | null;

  @Column('varchar', { length: 500, nullable: true })
  riskTierOverrideReason!: string | null;

  @Column('varchar', { length: 10 })
  riskTier!: RiskTier;

  @Column('varchar', { length: 20, nullable: true })
  privacyMarkNumber!: string | null;

  @Column('date', { nullable: true })
  privacyMarkExpiresOn!: string | null;

  @Column('boolean', { default: false })
  ismsCertified!: boolean;

  @Column('date', { nullable: true })
  ismsExpiresOn!: string | null;

  @Column('varchar', { length: 30 })
  status!: SubcontractorStatus;

  @Column('date', { nullable: true })
  approvedOn!: string | null;

  @Column('date', { nullable: true })
  lastAuditOn!: string | null;

  @Column('date', { nullable: true })
  nextAuditDueOn!: string | null;

  /** The end of the current contract (the latest one), for the "expiring" filter. */
  @Column('date', { nullable: true })
  contractEndsOn!: string | null;

  /** The officer in charge: reminders go to them. */
  @Column('uuid', { nullable: true })
  ownerAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_account_id', foreignKeyConstraintName: 'fk_subcontractors_owner' })
  owner?: Account | null;
}

/** A company's supervision settings: the selection checklist (criteria, pass mark) and the audit schedule. */
@Entity({ name: 'subcontractor_settings' })
@Index('ux_subcontractor_settings_company', ['companyId'], { unique: true })
export class SubcontractorSettings extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_subcontractor_settings_company' })
  company?: Company;

  @Column('jsonb')
  criteria!: Criterion[];

  @Column('integer')
  passMark!: number;

  @Column('jsonb')
  auditSchedule!: AuditSchedule;
}

export interface EvaluationScore {
  criterionKey: string;
  score: number;
  evidence: string | null;
}

/** A selection evaluation: the criteria as they were, each score with its evidence, and the outcome. */
@Entity({ name: 'subcontractor_evaluations' })
@Index('ix_subcontractor_evaluations_subcontractor', ['subcontractorId', 'evaluatedOn'])
export class SubcontractorEvaluation extends BusinessRow {
  @Column('uuid')
  subcontractorId!: string;

  @ManyToOne(() => Subcontractor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subcontractor_id', foreignKeyConstraintName: 'fk_subcontractor_evaluations_subcontractor' })
  subcontractor?: Subcontractor;

  @Column('date')
  evaluatedOn!: string;

  @Column('varchar', { length: 100 })
  evaluatorName!: string;

  @Column('jsonb')
  criteria!: Criterion[];

  @Column('jsonb')
  scores!: EvaluationScore[];

  @Column('integer')
  total!: number;

  @Column('integer')
  passMark!: number;

  @Column('boolean')
  passed!: boolean;

  @Column('varchar', { length: 2000, nullable: true })
  comment!: string | null;
}

/** A contract with its clause checklist (a–h), exceptions, term and retention. */
@Entity({ name: 'subcontractor_contracts' })
@Index('ix_subcontractor_contracts_subcontractor', ['subcontractorId', 'startsOn'])
export class SubcontractorContract extends BusinessRow {
  @Column('uuid')
  subcontractorId!: string;

  @ManyToOne(() => Subcontractor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subcontractor_id', foreignKeyConstraintName: 'fk_subcontractor_contracts_subcontractor' })
  subcontractor?: Subcontractor;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('date')
  startsOn!: string;

  @Column('date', { nullable: true })
  endsOn!: string | null;

  @Column('jsonb')
  clauses!: Record<ContractClause, boolean>;

  @Column('jsonb')
  clauseExceptions!: ClauseException[];

  @Column('date', { nullable: true })
  retainUntil!: string | null;

  @Column('varchar', { length: 10, default: 'held' })
  dataDisposition!: DataDisposition;

  @Column('date', { nullable: true })
  dataDisposedOn!: string | null;
}

export interface AuditQuestion {
  key: string;
  textJa: string;
  textEn: string;
}

export interface AuditFinding {
  id: string;
  description: string;
  ownerName: string;
  dueOn: string;
  /** The improvement action the finding became (improvement domain), when it exists. */
  improvementActionId: string | null;
}

/** A supervision audit: scheduled by tier, with a questionnaire, its answers, the result and findings. */
@Entity({ name: 'subcontractor_audits' })
@Index('ix_subcontractor_audits_subcontractor', ['subcontractorId', 'dueOn'])
export class SubcontractorAudit extends BusinessRow {
  @Column('uuid')
  subcontractorId!: string;

  @ManyToOne(() => Subcontractor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subcontractor_id', foreignKeyConstraintName: 'fk_subcontractor_audits_subcontractor' })
  subcontractor?: Subcontractor;

  @Column('varchar', { length: 20 })
  kind!: AuditKind;

  @Column('date')
  dueOn!: string;

  /** planned → sent (questionnaire link out) → answered → closed. */
  @Column('varchar', { length: 20 })
  status!: 'planned' | 'sent' | 'answered' | 'closed';

  @Column('jsonb')
  questions!: AuditQuestion[];

  @Column('jsonb')
  answers!: Record<string, string>;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('varchar', { length: 20, nullable: true })
  result!: AuditResult | null;

  @Column('varchar', { length: 2000, nullable: true })
  resultComment!: string | null;

  @Column('date', { nullable: true })
  closedOn!: string | null;

  @Column('jsonb')
  findings!: AuditFinding[];
}

/** A one-time questionnaire link sent to the subcontractor's contact. Only the token's hash is kept. */
@Entity({ name: 'subcontractor_questionnaire_links' })
@Index('ux_subcontractor_questionnaire_links_token', ['tokenHash'], { unique: true })
@Index('ix_subcontractor_questionnaire_links_audit', ['auditId'])
export class SubcontractorQuestionnaireLink extends BusinessRow {
  @Column('uuid')
  auditId!: string;

  @ManyToOne(() => SubcontractorAudit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'audit_id', foreignKeyConstraintName: 'fk_subcontractor_questionnaire_links_audit' })
  audit?: SubcontractorAudit;

  @Column('varchar', { length: 64 })
  tokenHash!: string;

  @Column('varchar', { length: 254 })
  sentTo!: string;

  @Column('varchar', { length: 2 })
  language!: 'ja' | 'en';

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  savedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}

/** A re-subcontractor in the chain below a subcontractor, with the prior approval or report (R-SC-05). */
@Entity({ name: 'subcontractor_resubcontractors' })
@Index('ix_subcontractor_resubcontractors_subcontractor', ['subcontractorId'])
export class SubcontractorResubcontractor extends BusinessRow {
  @Column('uuid')
  subcontractorId!: string;

  @ManyToOne(() => Subcontractor, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'subcontractor_id',
    foreignKeyConstraintName: 'fk_subcontractor_resubcontractors_subcontractor',
  })
  subcontractor?: Subcontractor;

  /** The re-subcontractor it works for; null = directly for the subcontractor. */
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => SubcontractorResubcontractor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_subcontractor_resubcontractors_parent' })
  parent?: SubcontractorResubcontractor | null;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 1000 })
  services!: string;

  @Column('varchar', { length: 1000, nullable: true })
  personalDataItems!: string | null;

  @Column('varchar', { length: 20 })
  basis!: ResubcontractBasis;

  @Column('date')
  basisOn!: string;

  @Column('date', { nullable: true })
  startsOn!: string | null;

  @Column('varchar', { length: 1000, nullable: true })
  note!: string | null;
}
