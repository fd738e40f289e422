import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of the audit trail. Events form one hash chain per company (events with a null company, such
 * as group-level changes and sign-in failures for unknown e-mails, form their own chain):
 * `hash = sha256(previousHash ‖ canonical JSON of the event)`. A trigger refuses UPDATE, DELETE and
 * TRUNCATE on the table (see the AuditTrailAppendOnly migration).
 */
@Entity({ name: 'audit_events' })
@Index('ux_audit_events_company_seq', ['companyId', 'seq'], { unique: true, where: 'company_id IS NOT NULL' })
@Index('ux_audit_events_group_seq', ['seq'], { unique: true, where: 'company_id IS NULL' })
@Index('ix_audit_events_company_occurred', ['companyId', 'occurredAt'])
@Index('ix_audit_events_actor', ['actorAccountId', 'occurredAt'])
@Index('ix_audit_events_entity', ['entityType', 'entityId'])
export class AuditEvent {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  companyId!: string | null;

  /** Position in the company's chain, from 1. */
  @Column('bigint')
  seq!: string;

  @Column('timestamptz')
  occurredAt!: Date;

  @Column('uuid', { nullable: true })
  actorAccountId!: string | null;

  @Column('varchar', { length: 60 })
  action!: string;

  @Column('varchar', { length: 60 })
  entityType!: string;

  @Column('varchar', { length: 64, nullable: true })
  entityId!: string | null;

  /** Changed fields: `{ field: { before, after } }`. */
  @Column('jsonb', { nullable: true })
  changes!: Record<string, { before: unknown; after: unknown }> | null;

  /** Anything else worth keeping (reason of a refusal, hash of an unknown e-mail …). Never a password. */
  @Column('jsonb', { nullable: true })
  details!: Record<string, unknown> | null;

  @Column('varchar', { length: 64, nullable: true })
  requestId!: string | null;

  @Column('char', { length: 64 })
  previousHash!: string;

  @Column('char', { length: 64 })
  hash!: string;
}
