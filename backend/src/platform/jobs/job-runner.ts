import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../auth/clock';
import { jobProblems } from './jobs.errors';
import { describeSchedule, nextRunAfter, retryAt, Schedule } from './schedule';

/** What a run may report: small counts, shown on the admin page. */
export type JobResult = Record<string, number> | void;

export interface JobDefinition {
  /** Stable name, e.g. `notifications.reminders`. */
  name: string;
  schedule: Schedule;
  /** Must be idempotent: a run interrupted half-way is run again from the start. */
  run(now: Date): Promise<JobResult>;
}

export interface JobView {
  name: string;
  schedule: string;
  nextRunAt: Date | null;
  running: boolean;
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  lastStatus: 'succeeded' | 'failed' | null;
  lastError: string | null;
  lastDurationMs: number | null;
  lastResult: Record<string, number> | null;
  failures: number;
}

interface JobRow {
  name: string;
  next_run_at: Date;
  locked_by: string | null;
  locked_until: Date | null;
  last_started_at: Date | null;
  last_finished_at: Date | null;
  last_status: 'succeeded' | 'failed' | null;
  last_error: string | null;
  last_duration_ms: number | null;
  last_result: Record<string, number> | null;
  failures: number;
}

/** How long a run may hold its lease before another process may take the job over. */
export const LEASE_MS = 10 * 60 * 1000;
const RUN_NOW_WAIT_MS = 5000;
const RUN_NOW_POLL_MS = 100;

/** Error text kept for the admin page: the message only, one line, bounded. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 1000);
}

/**
 * Runs the registered jobs. Each process polls `job_states`; a due job is claimed with one conditional
 * UPDATE (the row's lease), so with several API processes on one database every due run happens in
 * exactly one of them. Failures keep the error, count up and retry with exponential backoff.
 */
@Injectable()
export class JobRunner implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly instanceId = randomUUID();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private timer?: NodeJS.Timeout;
  private ticking = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Domains and platform modules declare their jobs here (in `onModuleInit`). */
  register(definition: JobDefinition): void {
    if (this.definitions.has(definition.name)) throw new Error(`Job ${definition.name} is registered twice`);
    this.definitions.set(definition.name, definition);
  }

  names(): string[] {
    return [...this.definitions.keys()].sort();
  }

  /** Starts polling (main.ts calls this after the migrations ran). */
  async start(pollMs: number): Promise<void> {
    this.stopped = false;
    await this.ensureRows();
    const tick = () => {
      if (!this.stopped) void this.tick();
    };
    this.timer = setInterval(tick, pollMs);
    tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Creates the state row of every registered job that has none; a new job is due at once. */
  async ensureRows(): Promise<void> {
    const now = this.clock.now();
    for (const name of this.names()) {
      await this.dataSource.query(
        'INSERT INTO job_states (name, next_run_at, failures, updated_at) VALUES ($1, $2, 0, $2) ON CONFLICT (name) DO NOTHING',
        [name, now],
      );
    }
  }

  /** One poll: claims and runs every due job this process is not already running. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      for (const definition of this.definitions.values()) {
        if (this.stopped || this.inFlight.has(definition.name)) continue;
        const claimed = await this.claim(definition.name, false).catch((error: unknown) => {
          this.logger.warn(`claiming ${definition.name} failed: ${errorText(error)}`);
          return null;
        });
        if (claimed) await this.execute(definition, claimed.failures);
      }
    } finally {
      this.ticking = false;
    }
  }

  /** Runs a job now, in this process. 409 when a run holds the lease; 404 for an unknown name. */
  async runNow(name: string): Promise<JobView> {
    const definition = this.definitions.get(name);
    if (!definition) throw jobProblems.unknown();
    await this.ensureRows();
    // A run in progress (here or in another process) usually ends within moments: wait a little for it.
    let claimed: { failures: number } | null = null;
    for (let waited = 0; ; waited += RUN_NOW_POLL_MS) {
      if (!this.inFlight.has(name)) claimed = await this.claim(name, true);
      if (claimed) break;
      if (waited >= RUN_NOW_WAIT_MS) throw jobProblems.running();
      await new Promise((resolve) => setTimeout(resolve, RUN_NOW_POLL_MS));
    }
    await this.execute(definition, claimed.failures);
    return (await this.list()).find((j) => j.name === name)!;
  }

  async list(): Promise<JobView[]> {
    const rows: JobRow[] = await this.dataSource.query('SELECT * FROM job_states');
    const byName = new Map(rows.map((r) => [r.name, r]));
    const now = this.clock.now();
    return this.names().map((name) => {
      const row = byName.get(name);
      const definition = this.definitions.get(name)!;
      return {
        name,
        schedule: describeSchedule(definition.schedule),
        nextRunAt: row?.next_run_at ?? null,
        running: !!row?.locked_until && row.locked_until > now,
        lastStartedAt: row?.last_started_at ?? null,
        lastFinishedAt: row?.last_finished_at ?? null,
        lastStatus: row?.last_status ?? null,
        lastError: row?.last_error ?? null,
        lastDurationMs: row?.last_duration_ms ?? null,
        lastResult: row?.last_result ?? null,
        failures: row?.failures ?? 0,
      };
    });
  }

  private async claim(name: string, force: boolean): Promise<{ failures: number } | null> {
    const now = this.clock.now();
    const [rows]: [{ failures: number }[], number] = await this.dataSource.query(
      `UPDATE job_states SET locked_by = $2, locked_until = $3, last_started_at = $4, updated_at = $4
       WHERE name = $1 AND ($5 OR next_run_at <= $4) AND (locked_until IS NULL OR locked_until < $4)
       RETURNING failures`,
      [name, this.instanceId, new Date(now.getTime() + LEASE_MS), now, force],
    );
    return rows[0] ?? null;
  }

  private execute(definition: JobDefinition, failures: number): Promise<void> {
    const run = this.runClaimed(definition, failures).finally(() => this.inFlight.delete(definition.name));
    this.inFlight.set(definition.name, run);
    return run;
  }

  private async runClaimed(definition: JobDefinition, failures: number): Promise<void> {
    const started = this.clock.now();
    try {
      const result = await definition.run(started);
      const finished = this.clock.now();
      await this.dataSource.query(
        `UPDATE job_states SET locked_by = NULL, locked_until = NULL, last_finished_at = $2, last_status = 'succeeded',
         last_error = NULL, last_duration_ms = $3, last_result = $4::jsonb, failures = 0, next_run_at = $5, updated_at = $2
         WHERE name = $1 AND locked_by = $6`,
        [
          definition.name,
          finished,
          finished.getTime() - started.getTime(),
          JSON.stringify(result ?? {}),
          nextRunAfter(definition.schedule, finished),
          this.instanceId,
        ],
      );
    } catch (error) {
      const finished = this.clock.now();
      const count = failures + 1;
      this.logger.warn(`job ${definition.name} failed (${count} in a row): ${errorText(error)}`);
      await this.dataSource
        .query(
          `UPDATE job_states SET locked_by = NULL, locked_until = NULL, last_finished_at = $2, last_status = 'failed',
           last_error = $3, last_duration_ms = $4, failures = $5, next_run_at = $6, updated_at = $2
           WHERE name = $1 AND locked_by = $7`,
          [
            definition.name,
            finished,
            errorText(error),
            finished.getTime() - started.getTime(),
            count,
            retryAt(definition.schedule, finished, count),
            this.instanceId,
          ],
        )
        .catch((e: unknown) =>
          this.logger.error(`recording the failure of ${definition.name} failed: ${errorText(e)}`),
        );
    }
  }
}
