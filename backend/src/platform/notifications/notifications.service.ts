import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Language } from '../../domains/organization/account.entity';
import type { Role } from '../access/permissions';
import { actorOf, AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../auth/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { problems } from '../errors/problem';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import { renderDigestMail, renderNotificationMail } from '../mail/templates';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, Page } from '../pagination/pagination';
import { Delivery, EVENT_TYPES, EventType, NotificationParams } from './event-types';
import { addDays, dedupeKey, reminderKind, tokyoDate } from './notification.rules';

export const REMINDER_JOB = 'notifications.reminders';
export const DIGEST_JOB = 'notifications.digest';

export interface NotifyInput {
  type: EventType;
  recipientAccountIds: readonly string[];
  /** What the notification is about, unique for the event (a record id, with its due date for reminders). */
  subject: string;
  companyId: string | null;
  params: NotificationParams;
  /** The web app's path of the record. */
  link?: string | null;
}

export interface NotificationRow {
  id: string;
  eventType: EventType;
  companyId: string | null;
  params: NotificationParams;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

interface RawNotification {
  id: string;
  event_type: EventType;
  company_id: string | null;
  params: NotificationParams;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

const fromRaw = (r: RawNotification): NotificationRow => ({
  id: r.id,
  eventType: r.event_type,
  companyId: r.company_id,
  params: r.params,
  link: r.link,
  createdAt: r.created_at,
  readAt: r.read_at,
});

interface Recipient {
  id: string;
  email: string;
  language: Language;
}

/**
 * In-app notifications, their mail (immediately or in the daily digest, as each recipient prefers),
 * and the reminder job that turns declared deadlines into due-soon, due-today and overdue notifications.
 * `notify` runs in the caller's transaction: the notification exists exactly when the event committed.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: REMINDER_JOB,
      schedule: { everyMs: 15 * 60_000 },
      run: (now) => this.sendReminders(now),
    });
    this.jobs.register({
      name: DIGEST_JOB,
      schedule: { dailyAt: { hour: 8, minute: 0 } },
      run: (now) => this.sendDigests(now),
    });
  }

  /** Creates the notifications (once per dedupe key) and their mail. Returns how many were new. */
  async notify(manager: EntityManager, input: NotifyInput): Promise<number> {
    const ids = [...new Set(input.recipientAccountIds)];
    if (!ids.length) return 0;
    const recipients: (Recipient & { delivery: Delivery | null })[] = await manager.query(
      `SELECT a.id, a.email, a.language, p.delivery FROM accounts a
       LEFT JOIN notification_preferences p ON p.account_id = a.id AND p.event_type = $2
       WHERE a.id = ANY($1::uuid[]) AND NOT a.disabled`,
      [ids, input.type],
    );
    const now = this.clock.now();
    let created = 0;
    for (const recipient of recipients) {
      const delivery = recipient.delivery ?? 'immediate';
      const id = randomUUID();
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO notifications (id, recipient_account_id, company_id, event_type, dedupe_key, params, link, created_at, digest_state)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [
          id,
          recipient.id,
          input.companyId,
          input.type,
          dedupeKey(input.type, input.subject, recipient.id),
          JSON.stringify(input.params),
          input.link ?? null,
          now,
          delivery === 'digest' ? 'pending' : 'none',
        ],
      );
      if (!rows.length) continue;
      created++;
      if (delivery === 'immediate') {
        await this.mail.enqueue(manager, {
          recipientAccountId: recipient.id,
          to: recipient.email,
          language: recipient.language,
          template: input.type,
          dedupeKey: `notification:${id}`,
          content: renderNotificationMail(
            { type: input.type, params: input.params, link: input.link ?? null },
            recipient.language,
            this.config.publicUrl,
          ),
        });
      }
    }
    return created;
  }

  /** Accounts holding `role` in the company (or group-wide), for events addressed to a role. */
  async accountsWithRole(manager: EntityManager, role: Role, companyId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT a.id FROM memberships m JOIN accounts a ON a.id = m.account_id
       WHERE m.role = $1 AND (m.company_id IS NULL OR m.company_id = $2) AND NOT a.disabled`,
      [role, companyId],
    );
    return rows.map((r) => r.id);
  }

  /** The recipient's notifications, newest first. Nobody else's are ever visible. */
  async list(
    accountId: string,
    filters: { unread?: boolean },
    page: { limit?: number; offset?: number; cursor?: string },
  ): Promise<Page<NotificationRow>> {
    const limit = page.limit ?? DEFAULT_LIMIT;
    const params: unknown[] = [accountId];
    let where = 'recipient_account_id = $1';
    if (filters.unread) where += ' AND read_at IS NULL';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM notifications WHERE ${where}`,
      params,
    );
    let offset = page.offset ?? 0;
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor, 2);
      params.push(at, id);
      where += ` AND (created_at, id) < ($2::timestamptz, $3::uuid)`;
      offset = 0;
    }
    params.push(limit + 1, offset);
    const rows: RawNotification[] = await this.dataSource.query(
      `SELECT id, event_type, company_id, params, link, created_at, read_at FROM notifications WHERE ${where}
       ORDER BY created_at DESC, id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit).map(fromRaw);
    const last = items[items.length - 1];
    return {
      items,
      total,
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async unreadCount(accountId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM notifications WHERE recipient_account_id = $1 AND read_at IS NULL',
      [accountId],
    );
    return n;
  }

  /** Marks one of the caller's notifications read; anyone else's answers 404. */
  async markRead(auth: AuthContext, id: string): Promise<NotificationRow> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [RawNotification[], number] = await manager.query(
        `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND recipient_account_id = $2
         RETURNING id, event_type, company_id, params, link, created_at, read_at`,
        [id, auth.accountId, this.clock.now()],
      );
      if (!rows.length) throw problems.notFound();
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: auth.companyId,
        action: 'notification.read',
        entityType: 'notification',
        entityId: id,
      });
      return fromRaw(rows[0]);
    });
  }

  async markAllRead(auth: AuthContext): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [, updated]: [unknown, number] = await manager.query(
        'UPDATE notifications SET read_at = $2 WHERE recipient_account_id = $1 AND read_at IS NULL',
        [auth.accountId, this.clock.now()],
      );
      if (updated) {
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: auth.companyId,
          action: 'notification.all_read',
          entityType: 'notification',
          details: { count: updated },
        });
      }
      return updated;
    });
  }

  async preferences(accountId: string): Promise<{ eventType: EventType; delivery: Delivery }[]> {
    const rows: { event_type: EventType; delivery: Delivery }[] = await this.dataSource.query(
      'SELECT event_type, delivery FROM notification_preferences WHERE account_id = $1',
      [accountId],
    );
    const chosen = new Map(rows.map((r) => [r.event_type, r.delivery]));
    return EVENT_TYPES.map((eventType) => ({ eventType, delivery: chosen.get(eventType) ?? 'immediate' }));
  }

  async setPreferences(auth: AuthContext, items: { eventType: EventType; delivery: Delivery }[]) {
    const before = await this.preferences(auth.accountId);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      for (const item of items) {
        await manager.query(
          `INSERT INTO notification_preferences (account_id, event_type, delivery, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (account_id, event_type) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = EXCLUDED.updated_at`,
          [auth.accountId, item.eventType, item.delivery, now],
        );
      }
      const changes: Record<string, { from: string; to: string }> = {};
      for (const item of items) {
        const old = before.find((b) => b.eventType === item.eventType)?.delivery;
        if (old !== item.delivery) changes[item.eventType] = { from: old ?? 'immediate', to: item.delivery };
      }
      if (Object.keys(changes).length) {
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: auth.companyId,
          action: 'notification_preferences.updated',
          entityType: 'account',
          entityId: auth.accountId,
          details: { changes },
        });
      }
    });
    return this.preferences(auth.accountId);
  }

  /**
   * The reminder job: every open deadline within the window gets its due-soon, due-today or overdue
   * notification. Re-running is harmless: the dedupe key (deadline, due date, kind, recipient) is unique.
   */
  async sendReminders(now: Date): Promise<{ checked: number; created: number }> {
    const today = tokyoDate(now);
    const horizon = addDays(today, this.config.reminderDaysAhead);
    const deadlines: {
      id: string;
      company_id: string | null;
      source_type: string;
      assignee_account_id: string;
      title_ja: string;
      title_en: string;
      due_on: string;
      link: string | null;
    }[] = await this.dataSource.query(
      `SELECT id, company_id, source_type, assignee_account_id, title_ja, title_en, to_char(due_on, 'YYYY-MM-DD') AS due_on, link
       FROM deadlines WHERE completed_at IS NULL AND due_on <= $1::date ORDER BY due_on, id`,
      [horizon],
    );
    let created = 0;
    for (let i = 0; i < deadlines.length; i += 100) {
      const batch = deadlines.slice(i, i + 100);
      created += await this.dataSource.transaction(async (manager) => {
        let n = 0;
        for (const d of batch) {
          const kind = reminderKind(d.due_on, today, this.config.reminderDaysAhead);
          if (!kind) continue;
          n += await this.notify(manager, {
            type: kind,
            recipientAccountIds: [d.assignee_account_id],
            subject: `${d.id}:${d.due_on}`,
            companyId: d.company_id,
            params: { titleJa: d.title_ja, titleEn: d.title_en, dueOn: d.due_on, sourceType: d.source_type },
            link: d.link,
          });
        }
        return n;
      });
    }
    return { checked: deadlines.length, created };
  }

  /** The digest job: one mail per account listing its notifications that wait for the digest. */
  async sendDigests(now: Date): Promise<{ digests: number }> {
    const accounts: { id: string }[] = await this.dataSource.query(
      "SELECT DISTINCT recipient_account_id AS id FROM notifications WHERE digest_state = 'pending'",
    );
    let digests = 0;
    for (const { id } of accounts) {
      digests += await this.dataSource.transaction(async (manager) => {
        const rows: (RawNotification & { email: string; language: Language; disabled: boolean })[] =
          await manager.query(
            `SELECT n.id, n.event_type, n.company_id, n.params, n.link, n.created_at, n.read_at, a.email, a.language, a.disabled
           FROM notifications n JOIN accounts a ON a.id = n.recipient_account_id
           WHERE n.recipient_account_id = $1 AND n.digest_state = 'pending'
           ORDER BY n.created_at FOR UPDATE OF n SKIP LOCKED`,
            [id],
          );
        if (!rows.length) return 0;
        await manager.query("UPDATE notifications SET digest_state = 'sent' WHERE id = ANY($1::uuid[])", [
          rows.map((r) => r.id),
        ]);
        const unread = rows.filter((r) => !r.read_at);
        if (!unread.length || rows[0].disabled) return 0;
        const { email, language } = rows[0];
        await this.mail.enqueue(manager, {
          recipientAccountId: id,
          to: email,
          language,
          template: 'digest',
          dedupeKey: `digest:${id}:${tokyoDate(now)}:${rows[0].id}`,
          content: renderDigestMail(
            unread.map((r) => ({ type: r.event_type, params: r.params, link: r.link })),
            language,
            this.config.publicUrl,
          ),
        });
        return 1;
      });
    }
    return { digests };
  }
}
