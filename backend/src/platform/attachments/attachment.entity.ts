import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../domains/organization/account.entity';
import { Company } from '../../domains/organization/company.entity';

/**
 * One uploaded file, owned by one record of a domain (`owner_type` + `owner_id`, e.g. a subcontractor
 * contract or an incident). The bytes live in the attachments folder under their SHA-256; the row holds
 * what the content was found to be, never what the uploader's name for it claimed. Attachments are
 * evidence: they are not edited, only added (and removed by the owning domain where its rules allow).
 */
@Entity({ name: 'attachments' })
@Index('ix_attachments_owner', ['ownerType', 'ownerId', 'createdAt'])
@Index('ix_attachments_company', ['companyId'])
@Index('ix_attachments_sha256', ['sha256'])
@Check('ck_attachments_size', 'size_bytes >= 0')
@Check('ck_attachments_sha256', "sha256 ~ '^[0-9a-f]{64}$'")
export class Attachment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_attachments_company' })
  company?: Company;

  /** The owning record's register, e.g. `subcontractor_contract`, `incident`. */
  @Column('varchar', { length: 60 })
  ownerType!: string;

  @Column('uuid')
  ownerId!: string;

  @Column('varchar', { length: 200 })
  fileName!: string;

  /** Decided from the content (magic bytes). */
  @Column('varchar', { length: 120 })
  contentType!: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('uuid', { nullable: true })
  createdByAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_account_id', foreignKeyConstraintName: 'fk_attachments_created_by' })
  createdBy?: Account;

  @Column('timestamptz')
  createdAt!: Date;
}
