import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const JOB_STATUSES = ['succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * The shared state of one scheduled job. Every API process polls this table; a run belongs to the
 * process whose conditional UPDATE took the lease (`locked_until`), so each due run happens once.
 * A process that dies mid-run loses the lease when it expires and another process takes over.
 */
@Entity({ name: 'job_states' })
@Check('ck_job_states_last_status', "last_status IS NULL OR last_status IN ('succeeded', 'failed')")
export class JobState {
  @PrimaryColumn('varchar', { length: 80 })
  name!: string;

  @Column('timestamptz')
  nextRunAt!: Date;

  /** Which process holds the lease; null when no run is in progress. */
  @Column('varchar', { length: 64, nullable: true })
  lockedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastStartedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastFinishedAt!: Date | null;

  @Column('varchar', { length: 20, nullable: true })
  lastStatus!: JobStatus | null;

  /** The last failure's message (no personal data: jobs report counts and codes). */
  @Column('varchar', { length: 1000, nullable: true })
  lastError!: string | null;

  @Column('integer', { nullable: true })
  lastDurationMs!: number | null;

  /** A short summary of the last successful run (e.g. `{"created":3}`). */
  @Column('jsonb', { nullable: true })
  lastResult!: Record<string, number> | null;

  /** Consecutive failures; the next retry waits backoffMs(failures). */
  @Column('integer', { default: 0 })
  failures!: number;

  @Column('timestamptz')
  updatedAt!: Date;
}
