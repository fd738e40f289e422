import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import type { Language } from '../../domains/organization/account.entity';
import { Clock } from '../auth/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { errorText, JobRunner } from '../jobs/job-runner';
import { backoffMs } from '../jobs/schedule';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, Page, SqlConditions } from '../pagination/pagination';
import type { MailStatus } from './mail-message.entity';
import type { RenderedMail } from './templates';

/** Attempts before a mail is given up (`failed`); an administrator can send it again. */
export const MAX_ATTEMPTS = 8;
const BATCH = 20;
const SEND_LEASE_MS = 2 * 60 * 1000;
export const DELIVERY_JOB = 'mail.deliver';
/** nodemailer's codes for "the server could not be reached or talked to", as opposed to a refused message. */
const CONNECTION_ERRORS = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'EPROTOCOL']);

export interface OutgoingMail {
  recipientAccountId: string | null;
  to: string;
  language: Language;
  template: string;
  /** At most one mail per key (a notification id, a digest day). */
  dedupeKey: string;
  content: RenderedMail;
}

export interface MailRow {
  id: string;
  recipientAccountId: string | null;
  toAddress: string;
  language: Language;
  template: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

interface RawMail {
  id: string;
  recipient_account_id: string | null;
  to_address: string;
  language: Language;
  template: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: MailStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  created_at: Date;
}

function fromRaw(r: RawMail): MailRow {
  return {
    id: r.id,
    recipientAccountId: r.recipient_account_id,
    toAddress: r.to_address,
    language: r.language,
    template: r.template,
    subject: r.subject,
    textBody: r.text_body,
    htmlBody: r.html_body,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    sentAt: r.sent_at,
    createdAt: r.created_at,
  };
}

/** What a failed attempt leaves in the log: the SMTP error class, never addresses or content. */
function errorCode(error: unknown): string {
  const e = error as { code?: string; responseCode?: number };
  return [e?.code, e?.responseCode].filter(Boolean).join(' ') || 'error';
}

/**
 * The outbox and its delivery. `enqueue` writes a mail in the caller's transaction; the `mail.deliver`
 * job (and a nudge right after new mail, when SMTP is configured) sends due rows. Each row is claimed
 * with `FOR UPDATE SKIP LOCKED`, so several processes never send the same mail.
 */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transporter?: Transporter;
  private nudge?: NodeJS.Timeout;
  private delivering?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    if (this.config.smtpUrl) {
      this.transporter = createTransport({
        url: this.config.smtpUrl,
        connectionTimeout: this.config.smtpTimeoutMs,
        greetingTimeout: this.config.smtpTimeoutMs,
        socketTimeout: this.config.smtpTimeoutMs,
      });
    }
    this.jobs.register({ name: DELIVERY_JOB, schedule: { everyMs: 30_000 }, run: () => this.deliverDue() });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.nudge) clearTimeout(this.nudge);
    await this.delivering?.catch(() => undefined);
    this.transporter?.close();
  }

  get smtpConfigured(): boolean {
    return !!this.transporter;
  }

  /** Records a mail in the caller's transaction. Returns false when the dedupe key was already used. */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<boolean> {
    const now = this.clock.now();
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO mail_outbox (id, recipient_account_id, to_address, language, template, dedupe_key, subject, text_body, html_body,
                                status, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', 0, $10, $10)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        mail.recipientAccountId,
        mail.to,
        mail.language,
        mail.template,
        mail.dedupeKey,
        mail.content.subject,
        mail.content.text,
        mail.content.html,
        now,
      ],
    );
    if (rows.length) this.scheduleNudge();
    return rows.length > 0;
  }

  /** Sends soon after new mail, when this process runs jobs; the scheduled job covers everything else. */
  private scheduleNudge(): void {
    if (!this.transporter || !this.config.jobsEnabled || this.nudge) return;
    this.nudge = setTimeout(() => {
      this.nudge = undefined;
      this.delivering = this.deliverDue().catch((error: unknown) =>
        this.logger.warn(`mail delivery failed: ${errorCode(error)}`),
      );
    }, 250);
  }

  /** Sends every due mail. Without SMTP, mail stays in the outbox. */
  async deliverDue(): Promise<{ sent: number; failed: number; waiting: number }> {
    if (!this.transporter) {
      const [{ n }] = await this.dataSource.query(
        "SELECT count(*)::int AS n FROM mail_outbox WHERE status IN ('pending', 'retrying')",
      );
      return { sent: 0, failed: 0, waiting: n };
    }
    let sent = 0;
    let failed = 0;
    for (;;) {
      const batch = await this.claim();
      let serverDown = false;
      for (const [index, mail] of batch.entries()) {
        const outcome = await this.send(mail);
        if (outcome === 'sent') sent++;
        else failed++;
        if (outcome === 'server_unavailable') {
          // The server is unreachable: the rest of the batch was not tried and waits for the next run.
          await this.release(batch.slice(index + 1).map((m) => m.id));
          serverDown = true;
          break;
        }
      }
      if (serverDown || batch.length < BATCH) break;
    }
    return { sent, failed, waiting: 0 };
  }

  private async claim(): Promise<RawMail[]> {
    const now = this.clock.now();
    const [rows]: [RawMail[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sending', locked_until = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE (status IN ('pending', 'retrying') AND next_attempt_at <= $1) OR (status = 'sending' AND locked_until < $1)
         ORDER BY next_attempt_at, created_at LIMIT ${BATCH}
         FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [now, new Date(now.getTime() + SEND_LEASE_MS)],
    );
    return rows;
  }

  private async release(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.query(
      `UPDATE mail_outbox SET attempts = attempts - 1, locked_until = NULL,
         status = CASE WHEN attempts - 1 = 0 THEN 'pending' ELSE 'retrying' END
       WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
      [ids],
    );
  }

  private async send(mail: RawMail): Promise<'sent' | 'refused' | 'server_unavailable'> {
    try {
      await this.transporter!.sendMail({
        from: this.config.mailFrom,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
      });
      await this.dataSource.query(
        "UPDATE mail_outbox SET status = 'sent', sent_at = $2, locked_until = NULL, last_error = NULL WHERE id = $1",
        [mail.id, this.clock.now()],
      );
      return 'sent';
    } catch (error) {
      const now = this.clock.now();
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      this.logger.warn(`sending a mail failed (attempt ${mail.attempts}): ${errorCode(error)}`);
      await this.dataSource.query(
        'UPDATE mail_outbox SET status = $2, next_attempt_at = $3, locked_until = NULL, last_error = $4 WHERE id = $1',
        [mail.id, giveUp ? 'failed' : 'retrying', new Date(now.getTime() + backoffMs(mail.attempts)), errorText(error)],
      );
      return CONNECTION_ERRORS.has((error as { code?: string })?.code ?? '') ? 'server_unavailable' : 'refused';
    }
  }

  async list(
    filters: { status?: MailStatus },
    page: { limit?: number; offset?: number; cursor?: string },
  ): Promise<Page<MailRow>> {
    const limit = page.limit ?? DEFAULT_LIMIT;
    const c = new SqlConditions();
    if (filters.status) c.add(`m.status = ${c.p(filters.status)}`);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM mail_outbox m ${c.where()}`,
      c.params,
    );
    let offset = page.offset ?? 0;
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor, 2);
      c.add(`(m.created_at, m.id) < (${c.p(at)}::timestamptz, ${c.p(id)}::uuid)`);
      offset = 0;
    }
    const rows: RawMail[] = await this.dataSource.query(
      `SELECT * FROM mail_outbox m ${c.where()} ORDER BY m.created_at DESC, m.id DESC LIMIT ${c.p(limit + 1)} OFFSET ${c.p(offset)}`,
      c.params,
    );
    const items = rows.slice(0, limit).map(fromRaw);
    const last = items[items.length - 1];
    return {
      items,
      total,
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async get(id: string): Promise<MailRow | null> {
    const rows: RawMail[] = await this.dataSource.query('SELECT * FROM mail_outbox WHERE id = $1', [id]);
    return rows[0] ? fromRaw(rows[0]) : null;
  }

  async summary(): Promise<Record<MailStatus, number>> {
    const rows: { status: MailStatus; n: number }[] = await this.dataSource.query(
      'SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status',
    );
    const out: Record<MailStatus, number> = { pending: 0, sending: 0, retrying: 0, sent: 0, failed: 0 };
    for (const r of rows) out[r.status] = r.n;
    return out;
  }

  /** Puts a retrying or failed mail back in the queue, due now, with a fresh attempt count. */
  async retry(manager: EntityManager, id: string): Promise<MailRow | null> {
    const [rows]: [RawMail[], number] = await manager.query(
      `UPDATE mail_outbox SET status = 'pending', attempts = 0, next_attempt_at = $2, locked_until = NULL
       WHERE id = $1 AND status IN ('retrying', 'failed') RETURNING *`,
      [id, this.clock.now()],
    );
    if (rows.length) this.scheduleNudge();
    return rows[0] ? fromRaw(rows[0]) : null;
  }
}
