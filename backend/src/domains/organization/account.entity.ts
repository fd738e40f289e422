import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Company } from './company.entity';
import { Person } from './person.entity';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A sign-in account, linked to one person of the roster. `companyId` is the person's company (the
 * account's home); the companies the account may work in come from its memberships. The e-mail is
 * stored in lower case and is unique across the group.
 */
@Entity({ name: 'accounts' })
@Index('ux_accounts_email', ['email'], { unique: true })
@Index('ux_accounts_person', ['personId'], { unique: true })
@Index('ix_accounts_company', ['companyId'])
@Check('ck_accounts_language', "language IN ('ja', 'en')")
@Check('ck_accounts_email_lower_case', 'email = lower(email)')
export class Account extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_accounts_company' })
  company?: Company;

  @Column('uuid')
  personId!: string;

  @OneToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_accounts_person' })
  person?: Person;

  @Column('varchar', { length: 254 })
  email!: string;

  /** argon2id, PHC string format. Never leaves the auth module. */
  @Column('varchar', { length: 200 })
  passwordHash!: string;

  @Column('boolean', { default: false })
  disabled!: boolean;

  @Column('boolean', { default: false })
  mustChangePassword!: boolean;

  @Column('integer', { default: 0 })
  failedAttempts!: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastSignInAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt!: Date | null;

  @Column('varchar', { length: 2, default: 'ja' })
  language!: Language;
}
