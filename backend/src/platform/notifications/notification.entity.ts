import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../domains/organization/account.entity';
import type { EventType, NotificationParams } from './event-types';

/**
 * One in-app notification for one account. `dedupe_key` is unique: the same reminder is stored, and
 * mailed, at most once however many processes run the reminder job. `digest_state` is `pending` while
 * the notification waits for the recipient's daily digest mail.
 */
@Entity({ name: 'notifications' })
@Index('ux_notifications_dedupe_key', ['dedupeKey'], { unique: true })
@Index('ix_notifications_recipient_created', ['recipientAccountId', 'createdAt'])
@Index('ix_notifications_recipient_unread', ['recipientAccountId'], { where: 'read_at IS NULL' })
@Index('ix_notifications_digest_pending', ['recipientAccountId'], { where: "digest_state = 'pending'" })
@Check('ck_notifications_digest_state', "digest_state IN ('none', 'pending', 'sent')")
export class Notification {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  recipientAccountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_account_id', foreignKeyConstraintName: 'fk_notifications_recipient' })
  recipient?: Account;

  /** The company the record belongs to (null: group level). */
  @Column('uuid', { nullable: true })
  companyId!: string | null;

  @Column('varchar', { length: 40 })
  eventType!: EventType;

  @Column('varchar', { length: 200 })
  dedupeKey!: string;

  @Column('jsonb', { default: () => "'{}'" })
  params!: NotificationParams;

  /** The web app's path of the record, e.g. `/training/assignments/<id>`. */
  @Column('varchar', { length: 300, nullable: true })
  link!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @Column('varchar', { length: 10, default: 'none' })
  digestState!: 'none' | 'pending' | 'sent';
}
