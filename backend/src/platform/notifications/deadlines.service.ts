import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../auth/clock';
import { NotificationsService } from './notifications.service';

/** A kind of deadline a domain declares once (in its module's `onModuleInit`). */
export interface DeadlineSource {
  /** `<domain>.<record>`, e.g. `training.assignment`. */
  type: string;
  /** Whether a new assignee hears about it at once (`assigned` notification). */
  notifyOnAssign: boolean;
}

export interface DeadlineInput {
  sourceType: string;
  sourceId: string;
  companyId: string | null;
  assigneeAccountId: string;
  titleJa: string;
  titleEn: string;
  /** `YYYY-MM-DD`, Asia/Tokyo. */
  dueOn: string;
  link: string | null;
}

/**
 * The registry of deadline sources and the one table their deadlines live in. Domains keep their
 * deadlines current inside their own write transactions; reminders and the calendar feed follow.
 */
@Injectable()
export class DeadlinesService {
  private readonly sources = new Map<string, DeadlineSource>();

  constructor(
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  declareSource(source: DeadlineSource): void {
    if (!/^[a-z][a-z_]*\.[a-z][a-z_]*$/.test(source.type)) throw new Error(`Bad deadline source type ${source.type}`);
    this.sources.set(source.type, source);
  }

  sourceTypes(): string[] {
    return [...this.sources.keys()].sort();
  }

  /** Creates or moves a deadline. A changed due date gets fresh reminders (the dedupe key holds the date). */
  async upsert(manager: EntityManager, input: DeadlineInput): Promise<void> {
    const source = this.sources.get(input.sourceType);
    if (!source) throw new Error(`Deadline source ${input.sourceType} is not declared`);
    const now = this.clock.now();
    const rows: { id: string; inserted: boolean }[] = await manager.query(
      `INSERT INTO deadlines (id, company_id, source_type, source_id, assignee_account_id, title_ja, title_en, due_on, link, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10, $10)
       ON CONFLICT (source_type, source_id, assignee_account_id) DO UPDATE
         SET title_ja = EXCLUDED.title_ja, title_en = EXCLUDED.title_en, due_on = EXCLUDED.due_on, link = EXCLUDED.link,
             company_id = EXCLUDED.company_id, completed_at = NULL, updated_at = EXCLUDED.updated_at
       RETURNING id, (xmax = 0) AS inserted`,
      [
        randomUUID(),
        input.companyId,
        input.sourceType,
        input.sourceId,
        input.assigneeAccountId,
        input.titleJa,
        input.titleEn,
        input.dueOn,
        input.link,
        now,
      ],
    );
    if (source.notifyOnAssign && rows[0]?.inserted) {
      await this.notifications.notify(manager, {
        type: 'assigned',
        recipientAccountIds: [input.assigneeAccountId],
        subject: rows[0].id,
        companyId: input.companyId,
        params: { titleJa: input.titleJa, titleEn: input.titleEn, dueOn: input.dueOn, sourceType: input.sourceType },
        link: input.link,
      });
    }
  }

  /** The work is done: no more reminders, and the date leaves the calendar feed. */
  async complete(manager: EntityManager, sourceType: string, sourceId: string): Promise<void> {
    await manager.query(
      'UPDATE deadlines SET completed_at = $3, updated_at = $3 WHERE source_type = $1 AND source_id = $2 AND completed_at IS NULL',
      [sourceType, sourceId, this.clock.now()],
    );
  }

  /** The record is gone (or the assignee changed): its deadlines go too. */
  async remove(
    manager: EntityManager,
    sourceType: string,
    sourceId: string,
    assigneeAccountId?: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM deadlines WHERE source_type = $1 AND source_id = $2 ${assigneeAccountId ? 'AND assignee_account_id = $3' : ''}`,
      assigneeAccountId ? [sourceType, sourceId, assigneeAccountId] : [sourceType, sourceId],
    );
  }

  /** The assignees changed: the open deadlines of anyone else for this record go. Returns how many. */
  async keepAssignees(
    manager: EntityManager,
    sourceType: string,
    sourceId: string,
    assigneeAccountIds: string[],
  ): Promise<number> {
    const [, removed]: [unknown, number] = await manager.query(
      `DELETE FROM deadlines WHERE source_type = $1 AND source_id = $2 AND completed_at IS NULL
         AND NOT (assignee_account_id = ANY($3::uuid[]))`,
      [sourceType, sourceId, assigneeAccountIds],
    );
    return removed;
  }

  /**
   * Creates or moves many deadlines in one statement, for work assigned to many people at once (a training
   * campaign for a whole group). `select` yields company_id, source_id, assignee_account_id, title_ja,
   * title_en, due_on and link. No `assigned` notification: the domain sends those itself, in batches.
   */
  async upsertSelect(manager: EntityManager, sourceType: string, select: string, params: unknown[]): Promise<void> {
    if (!this.sources.has(sourceType)) throw new Error(`Deadline source ${sourceType} is not declared`);
    const n = params.length;
    await manager.query(
      `INSERT INTO deadlines (id, company_id, source_type, source_id, assignee_account_id, title_ja, title_en, due_on, link, created_at, updated_at)
       SELECT gen_random_uuid(), s.company_id, $${n + 1}, s.source_id, s.assignee_account_id, s.title_ja, s.title_en, s.due_on::date, s.link, $${n + 2}, $${n + 2}
       FROM (${select}) s
       ON CONFLICT (source_type, source_id, assignee_account_id) DO UPDATE
         SET title_ja = EXCLUDED.title_ja, title_en = EXCLUDED.title_en, due_on = EXCLUDED.due_on, link = EXCLUDED.link,
             company_id = EXCLUDED.company_id, completed_at = NULL, updated_at = EXCLUDED.updated_at`,
      [...params, sourceType, this.clock.now()],
    );
  }
}
