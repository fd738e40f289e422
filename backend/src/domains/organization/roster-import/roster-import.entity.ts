import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BusinessRow } from '../../../platform/database/business-row';
import { Company } from '../company.entity';
import type { RosterMapping } from './roster-mapping';

export const ROSTER_IMPORT_STATUSES = ['uploaded', 'mapped', 'applying', 'applied', 'failed'] as const;
export type RosterImportStatus = (typeof ROSTER_IMPORT_STATUSES)[number];

export const ROSTER_ENCODINGS = ['utf-8', 'shift_jis'] as const;
export type RosterEncoding = (typeof ROSTER_ENCODINGS)[number];

/** `full`: the file is the whole roster, people missing from it leave. `partial`: only the rows in it change. */
export const ROSTER_MODES = ['full', 'partial'] as const;
export type RosterMode = (typeof ROSTER_MODES)[number];

/**
 * One upload of a staff roster exported from an HR system, from the file to the result of applying it.
 * The file itself (`content`) and its sample rows are kept only until the import is applied: after that
 * the people table holds the data and the audit trail holds what changed.
 */
@Entity({ name: 'roster_imports' })
@Index('ix_roster_imports_company_created', ['companyId', 'createdAt'])
@Index('ix_roster_imports_status', ['status'])
@Check('ck_roster_imports_status', "status IN ('uploaded', 'mapped', 'applying', 'applied', 'failed')")
@Check('ck_roster_imports_encoding', "encoding IN ('utf-8', 'shift_jis')")
@Check('ck_roster_imports_mode', "mode IN ('full', 'partial')")
export class RosterImport extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_roster_imports_company' })
  company?: Company;

  @Column('varchar', { length: 20 })
  status!: RosterImportStatus;

  @Column('varchar', { length: 20 })
  encoding!: RosterEncoding;

  @Column('varchar', { length: 10 })
  mode!: RosterMode;

  @Column('varchar', { length: 255, nullable: true })
  fileName!: string | null;

  @Column('integer')
  byteSize!: number;

  /** The uploaded bytes, as sent; null once applied. */
  @Column('bytea', { nullable: true, select: false })
  content!: Buffer | null;

  /** Column headers of the file's first row, made unique. */
  @Column('jsonb')
  headers!: string[];

  /** The first data rows, for the mapping screen; null once applied. */
  @Column('jsonb', { nullable: true })
  sampleRows!: string[][] | null;

  @Column('jsonb')
  suggestedMapping!: RosterMapping;

  @Column('jsonb', { nullable: true })
  mapping!: RosterMapping | null;

  /** Data rows of the file (blank lines are not counted). */
  @Column('integer')
  rowCount!: number;

  @Column('integer', { nullable: true })
  validCount!: number | null;

  /** Rows with at least one error: they are skipped when the import is applied. */
  @Column('integer', { nullable: true })
  errorCount!: number | null;

  @Column('integer', { nullable: true })
  toCreate!: number | null;

  @Column('integer', { nullable: true })
  toUpdate!: number | null;

  @Column('integer', { nullable: true })
  toLeave!: number | null;

  @Column('integer', { nullable: true })
  unchanged!: number | null;

  /** Progress while applying: rows written so far out of `total`. */
  @Column('integer', { default: 0 })
  processed!: number;

  @Column('integer', { default: 0 })
  total!: number;

  /** The result: people created, changed, and marked as leavers. */
  @Column('integer', { nullable: true })
  createdCount!: number | null;

  @Column('integer', { nullable: true })
  updatedCount!: number | null;

  @Column('integer', { nullable: true })
  leftCount!: number | null;

  @Column('varchar', { length: 60, nullable: true })
  failureCode!: string | null;

  @Column('timestamptz', { nullable: true })
  applyStartedAt!: Date | null;

  /** Written by the worker while it applies; an import whose worker went silent is marked failed. */
  @Column('timestamptz', { nullable: true })
  heartbeatAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
