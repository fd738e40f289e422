import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../../domains/organization/account.entity';

/**
 * A due date a domain declared for one assignee (a training assignment, an incident report clock, an
 * improvement action). The reminder job and the calendar feed read this one table, so a domain only
 * keeps its deadlines up to date (`DeadlinesService.upsert` / `complete`) in its own transactions.
 */
@Entity({ name: 'deadlines' })
@Index('ux_deadlines_source_assignee', ['sourceType', 'sourceId', 'assigneeAccountId'], { unique: true })
@Index('ix_deadlines_open_due_on', ['dueOn'], { where: 'completed_at IS NULL' })
@Index('ix_deadlines_assignee', ['assigneeAccountId'])
export class Deadline {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  companyId!: string | null;

  /** A declared source type, e.g. `training.assignment`. */
  @Column('varchar', { length: 60 })
  sourceType!: string;

  @Column('uuid')
  sourceId!: string;

  @Column('uuid')
  assigneeAccountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignee_account_id', foreignKeyConstraintName: 'fk_deadlines_assignee' })
  assignee?: Account;

  @Column('varchar', { length: 200 })
  titleJa!: string;

  @Column('varchar', { length: 200 })
  titleEn!: string;

  /** The due date in Asia/Tokyo. */
  @Column('date')
  dueOn!: string;

  @Column('varchar', { length: 300, nullable: true })
  link!: string | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
