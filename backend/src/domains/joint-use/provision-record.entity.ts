import { Column, Entity, Index } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import type { Basis, Direction, RecordingMethod } from './provision-record.rules';

/** A third-party provision made or received (確認・記録, APPI Arts. 29–30). */
@Entity({ name: 'provision_records' })
@Index('ix_provision_records_company_date', ['companyId', 'providedOn'])
export class ProvisionRecord extends BusinessRow {
  @Column('varchar', { length: 20 })
  direction!: Direction;

  @Column('varchar', { length: 20 })
  basis!: Basis;

  /** Which of the policy's four cases (§7) when `basis` is `law_exception`. */
  @Column('smallint', { nullable: true })
  lawExceptionCase!: number | null;

  @Column('varchar', { length: 20 })
  recordingMethod!: RecordingMethod;

  @Column('date', { nullable: true })
  providedOn!: string | null;

  @Column('date', { nullable: true })
  lastProvidedOn!: string | null;

  @Column('date')
  recordedOn!: string;

  /** The recipient (provision) or the provider (receipt). */
  @Column('varchar', { length: 200, nullable: true })
  counterpartyName!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  counterpartyAddress!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  counterpartyRepresentative!: string | null;

  @Column('boolean', { default: true })
  counterpartyIsCorporation!: boolean;

  @Column('text', { nullable: true })
  providerAcquisition!: string | null;

  @Column('text', { nullable: true })
  personsConcerned!: string | null;

  @Column('text', { nullable: true })
  dataItems!: string | null;

  @Column('boolean', { default: false })
  consentObtained!: boolean;

  /** The joint-use arrangement, when the basis is joint use (no foreign key across domains' lifetimes). */
  @Column('uuid', { nullable: true })
  arrangementId!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  /** R-TP-02: kept until this date; deletion is refused until the day after. */
  @Column('date')
  purgeAfter!: string;
}
