import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../domains/organization/account.entity';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * table does not let anyone sign in. A session ends after 30 minutes without a request (idle) or
 * 12 hours after sign-in (absolute), on sign-out, and when its account is disabled or changes password.
 */
@Entity({ name: 'sessions' })
@Index('ux_sessions_token_hash', ['tokenHash'], { unique: true })
@Index('ix_sessions_account', ['accountId'])
@Index('ix_sessions_expires_at', ['expiresAt'])
export class Session {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_sessions_account' })
  account?: Account;

  /** Hex SHA-256 of the cookie's token. */
  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  lastSeenAt!: Date;

  /** The absolute end: sign-in time + 12 hours. */
  @Column('timestamptz')
  expiresAt!: Date;

  /** How the session was opened: `password` today; single sign-on and a second factor come later. */
  @Column('varchar', { length: 20, default: 'password' })
  method!: string;
}
