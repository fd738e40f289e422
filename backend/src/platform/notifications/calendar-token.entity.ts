import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../domains/organization/account.entity';

/**
 * A private calendar-feed URL. Only the SHA-256 of the token is stored; the URL is shown once, when it is
 * made. Making a new one or revoking ends the old one; an expired or revoked token answers 404.
 */
@Entity({ name: 'calendar_tokens' })
@Index('ux_calendar_tokens_token_hash', ['tokenHash'], { unique: true })
@Index('ux_calendar_tokens_active_account', ['accountId'], { unique: true, where: 'revoked_at IS NULL' })
export class CalendarToken {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_calendar_tokens_account' })
  account?: Account;

  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
