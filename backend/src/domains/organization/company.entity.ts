import { Column, Entity, Index } from 'typeorm';
import { TrackedRow } from '../../platform/database/business-row';

/**
 * A company of the group. A company is its own scope: its `id` is the `company_id` of every row that
 * belongs to it, so the table has no `company_id` column of its own.
 */
@Entity({ name: 'companies' })
@Index('ux_companies_corporate_number', ['corporateNumber'], { unique: true })
@Index('ix_companies_name_ja', ['nameJa'])
export class Company extends TrackedRow {
  @Column('varchar', { length: 200 })
  nameJa!: string;

  @Column('varchar', { length: 200 })
  nameEn!: string;

  /** 法人番号: 13 digits, the first being the check digit (see corporate-number.rules.ts). */
  @Column('char', { length: 13 })
  corporateNumber!: string;

  @Column('varchar', { length: 8, nullable: true })
  postalCode!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  address!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  representativeTitle!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  representativeName!: string | null;

  @Column('boolean', { default: false })
  privacyMarkHolder!: boolean;

  @Column('varchar', { length: 30, nullable: true })
  privacyMarkNumber!: string | null;

  @Column('date', { nullable: true })
  privacyMarkExpiresOn!: string | null;

  /** Complaints and consultation desk (苦情及び相談窓口), as published in the privacy policy. */
  @Column('varchar', { length: 200, nullable: true })
  contactDeskName!: string | null;

  @Column('varchar', { length: 8, nullable: true })
  contactPostalCode!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  contactAddress!: string | null;

  @Column('varchar', { length: 30, nullable: true })
  contactPhone!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  contactHours!: string | null;

  @Column('varchar', { length: 254, nullable: true })
  contactEmail!: string | null;
}
