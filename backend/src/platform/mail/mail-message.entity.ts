import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const MAIL_STATUSES = ['pending', 'sending', 'retrying', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The outbox: every mail Mamori sends is first a row here, written in the transaction that caused it.
 * The delivery job sends due rows (`FOR UPDATE SKIP LOCKED`, so each is sent by one process), retries
 * refusals and timeouts with backoff, and gives up after MAX_ATTEMPTS (`failed`, visible to admins).
 * Without SMTP_URL nothing is sent: rows stay `pending` and administrators read them in the outbox page.
 */
@Entity({ name: 'mail_outbox' })
@Index('ux_mail_outbox_dedupe_key', ['dedupeKey'], { unique: true })
@Index('ix_mail_outbox_due', ['nextAttemptAt'], { where: "status IN ('pending', 'retrying', 'sending')" })
@Index('ix_mail_outbox_created', ['createdAt'])
@Check('ck_mail_outbox_status', "status IN ('pending', 'sending', 'retrying', 'sent', 'failed')")
@Check('ck_mail_outbox_language', "language IN ('ja', 'en')")
export class MailMessage {
  @PrimaryColumn('uuid')
  id!: string;

  /** The recipient's account (null once the account is gone). */
  @Column('uuid', { nullable: true })
  recipientAccountId!: string | null;

  @Column('varchar', { length: 254 })
  toAddress!: string;

  @Column('varchar', { length: 2 })
  language!: 'ja' | 'en';

  /** The template, e.g. `due_soon` or `digest`. */
  @Column('varchar', { length: 40 })
  template!: string;

  @Column('varchar', { length: 200 })
  dedupeKey!: string;

  @Column('varchar', { length: 300 })
  subject!: string;

  @Column('text')
  textBody!: string;

  @Column('text')
  htmlBody!: string;

  @Column('varchar', { length: 10, default: 'pending' })
  status!: MailStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz')
  nextAttemptAt!: Date;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('varchar', { length: 1000, nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;
}
