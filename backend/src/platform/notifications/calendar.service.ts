import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Language } from '../../domains/organization/account.entity';
import { actorOf, AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../auth/clock';
import { isToken, newToken, sha256Hex } from '../auth/tokens';
import { APP_CONFIG, AppConfig } from '../config/config';
import { buildCalendar } from './ics';
import { addDays, tokyoDate } from './notification.rules';

/** A calendar URL stays valid for a year; making a new one or revoking ends it sooner. */
export const CALENDAR_TOKEN_DAYS = 365;
/** Deadlines completed or older than this many days leave the feed. */
const FEED_PAST_DAYS = 90;

export interface CalendarStatus {
  active: boolean;
  createdAt: Date | null;
  expiresAt: Date | null;
}

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  feedUrl(token: string): string {
    return `${this.config.publicUrl}/api/v1/calendar/${token}.ics`;
  }

  async status(accountId: string): Promise<CalendarStatus> {
    const rows: { created_at: Date; expires_at: Date }[] = await this.dataSource.query(
      'SELECT created_at, expires_at FROM calendar_tokens WHERE account_id = $1 AND revoked_at IS NULL AND expires_at > $2',
      [accountId, this.clock.now()],
    );
    return rows[0]
      ? { active: true, createdAt: rows[0].created_at, expiresAt: rows[0].expires_at }
      : { active: false, createdAt: null, expiresAt: null };
  }

  /** A new private URL; the previous one stops working. The token is returned once and stored hashed. */
  async create(auth: AuthContext): Promise<{ url: string; createdAt: Date; expiresAt: Date }> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + CALENDAR_TOKEN_DAYS * 86_400_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE calendar_tokens SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL', [
        auth.accountId,
        now,
      ]);
      const id = randomUUID();
      await manager.query(
        'INSERT INTO calendar_tokens (id, account_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [id, auth.accountId, sha256Hex(token), now, expiresAt],
      );
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: auth.companyId,
        action: 'calendar_token.created',
        entityType: 'calendar_token',
        entityId: id,
        details: { expiresAt },
      });
    });
    return { url: this.feedUrl(token), createdAt: now, expiresAt };
  }

  async revoke(auth: AuthContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[], number] = await manager.query(
        'UPDATE calendar_tokens SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL RETURNING id',
        [auth.accountId, this.clock.now()],
      );
      for (const row of rows) {
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: auth.companyId,
          action: 'calendar_token.revoked',
          entityType: 'calendar_token',
          entityId: row.id,
        });
      }
    });
  }

  /** The feed of a token, or null (unknown, revoked, expired, or its account disabled). */
  async feed(token: string): Promise<string | null> {
    if (!isToken(token)) return null;
    const now = this.clock.now();
    const owners: { account_id: string; language: Language }[] = await this.dataSource.query(
      `SELECT t.account_id, a.language FROM calendar_tokens t JOIN accounts a ON a.id = t.account_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND NOT a.disabled`,
      [sha256Hex(token), now],
    );
    const owner = owners[0];
    if (!owner) return null;
    const deadlines: { id: string; title_ja: string; title_en: string; due_on: string; link: string | null }[] =
      await this.dataSource.query(
        `SELECT id, title_ja, title_en, to_char(due_on, 'YYYY-MM-DD') AS due_on, link FROM deadlines
         WHERE assignee_account_id = $1 AND completed_at IS NULL AND due_on >= $2::date ORDER BY due_on, id LIMIT 2000`,
        [owner.account_id, addDays(tokyoDate(now), -FEED_PAST_DAYS)],
      );
    const ja = owner.language === 'ja';
    const host = new URL(this.config.publicUrl).hostname;
    return buildCalendar(
      ja ? 'Mamori 期限' : 'Mamori deadlines',
      deadlines.map((d) => ({
        uid: `${d.id}@${host}`,
        date: d.due_on,
        summary: `${ja ? '期限' : 'Due'}: ${ja ? d.title_ja : d.title_en}`,
        url: d.link ? `${this.config.publicUrl}${d.link}` : undefined,
      })),
      now,
    );
  }
}
