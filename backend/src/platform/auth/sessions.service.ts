import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Language } from '../../domains/organization/account.entity';
import { isRole, Role } from '../access/permissions';
import type { AuthContext } from './auth-context';
import { Clock } from './clock';
import { newToken, sha256Hex } from './tokens';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most once a minute per session. */
const TOUCH_INTERVAL_MS = 60 * 1000;

interface SessionRow {
  id: string;
  account_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  company_id: string;
  person_id: string;
  email: string;
  language: Language;
  disabled: boolean;
  must_change_password: boolean;
  memberships: { id: string; company_id: string | null; role: string }[];
}

/** Sessions in PostgreSQL, so several API instances share them. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Opens a session and returns the token for the cookie (only its hash is stored). */
  async open(manager: EntityManager, accountId: string, method = 'password'): Promise<{ token: string; id: string }> {
    const token = newToken();
    const now = this.clock.now();
    const id = randomUUID();
    await manager.query(
      'INSERT INTO sessions (id, account_id, token_hash, created_at, last_seen_at, expires_at, method) VALUES ($1, $2, $3, $4, $4, $5, $6)',
      [id, accountId, sha256Hex(token), now, new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS), method],
    );
    return { token, id };
  }

  /** The caller behind a session token, or null when the session is unknown, ended or its account disabled. */
  async authenticate(token: string, requestId: string): Promise<AuthContext | null> {
    // One round trip per request: the session, its account and the account's memberships together.
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.account_id, s.created_at, s.last_seen_at, s.expires_at,
              a.company_id, a.person_id, a.email, a.language, a.disabled, a.must_change_password,
              COALESCE(
                (SELECT json_agg(json_build_object('id', m.id, 'company_id', m.company_id, 'role', m.role)
                                 ORDER BY m.company_id NULLS FIRST, m.role)
                   FROM memberships m WHERE m.account_id = s.account_id),
                '[]'::json) AS memberships
         FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = $1`,
      [sha256Hex(token)],
    );
    const row = rows[0];
    if (!row) return null;
    const now = this.clock.now().getTime();
    if (row.disabled || now >= row.expires_at.getTime() || now - row.last_seen_at.getTime() >= IDLE_TIMEOUT_MS) {
      await this.dataSource.query('DELETE FROM sessions WHERE id = $1', [row.id]);
      return null;
    }
    if (now - row.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
      await this.dataSource.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [row.id, new Date(now)]);
    }
    return {
      accountId: row.account_id,
      sessionId: row.id,
      companyId: row.company_id,
      personId: row.person_id,
      email: row.email,
      language: row.language,
      mustChangePassword: row.must_change_password,
      memberships: row.memberships
        .filter((m) => isRole(m.role))
        .map((m) => ({ id: m.id, companyId: m.company_id, role: m.role as Role })),
      sessionCreatedAt: row.created_at,
      sessionExpiresAt: row.expires_at,
      requestId,
    };
  }

  async end(manager: EntityManager | DataSource, sessionId: string): Promise<void> {
    await manager.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
  }

  /** Ends every session of the account except `keepSessionId`; returns how many ended. */
  async endAll(manager: EntityManager | DataSource, accountId: string, keepSessionId?: string): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      keepSessionId
        ? 'DELETE FROM sessions WHERE account_id = $1 AND id <> $2 RETURNING id'
        : 'DELETE FROM sessions WHERE account_id = $1 RETURNING id',
      keepSessionId ? [accountId, keepSessionId] : [accountId],
    );
    return Array.isArray(result[0]) ? result[0].length : 0;
  }

  /** Deletes sessions past their end (housekeeping; a scheduled job calls it). */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const result: [unknown[], number] = await this.dataSource.query(
      'DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING id',
      [now, new Date(now.getTime() - IDLE_TIMEOUT_MS)],
    );
    return Array.isArray(result[0]) ? result[0].length : 0;
  }
}
