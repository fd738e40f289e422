import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../domains/organization/account.entity';
import type { Delivery, EventType } from './event-types';

/** How one account wants mail for one event type. No row means `immediate`. */
@Entity({ name: 'notification_preferences' })
@Check('ck_notification_preferences_delivery', "delivery IN ('immediate', 'digest')")
export class NotificationPreference {
  @PrimaryColumn('uuid')
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_notification_preferences_account' })
  account?: Account;

  @PrimaryColumn('varchar', { length: 40 })
  eventType!: EventType;

  @Column('varchar', { length: 10 })
  delivery!: Delivery;

  @Column('timestamptz')
  updatedAt!: Date;
}
