import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../access/permissions';
import type { Actor } from '../auth/auth-context';
import { Clock } from '../auth/clock';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, Page, SqlConditions } from '../pagination/pagination';
import { canonicalEvent, Changes, chainHash, eventHash, GENESIS_HASH, HashedEvent, toJson } from './canonical';

/** Advisory lock namespace of the chains ("audt"); the second key is hashtext(company id or 'group'). */
const AUDIT_LOCK_NAMESPACE = 0x61756474;
const VERIFY_BATCH = 2000;
/** Events per INSERT in appendPrepared. */
const APPEND_BATCH = 5000;
/** The end of an event's canonical JSON at position 0 of its chain: `seq` sorts after every other key. */
const SEQ_TAIL = '"seq":0}';
export const EXPORT_MAX_ROWS = 100_000;

export interface AuditInput {
  actor: Actor;
  companyId: string | null;
  /** `<entity>.<verb>`, e.g. `person.updated`, `auth.login_failed`, `access.denied`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Changes | null;
  details?: Record<string, unknown> | null;
}

interface PreparedEvent {
  id: string;
  event: HashedEvent;
  /** The canonical JSON up to `"seq":`, or null when `seq` is not its last member (then hashed in full). */
  body: string | null;
  /** The row as a JSON object without its closing brace: the chain fields are appended. */
  row: string;
}

/** Events ready to append to a chain (see `AuditService.prepareMany`). */
export interface PreparedEvents {
  readonly companyId: string | null;
  readonly events: readonly PreparedEvent[];
}

/** Prepared events of one chain, in order. */
export function joinPrepared(first: PreparedEvents, ...more: PreparedEvents[]): PreparedEvents {
  if (more.some((p) => p.companyId !== first.companyId)) throw new Error('Prepared events belong to one chain');
  return { companyId: first.companyId, events: [first, ...more].flatMap((p) => p.events) };
}

export interface AuditEventRow {
  id: string;
  companyId: string | null;
  seq: number;
  occurredAt: Date;
  actorAccountId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Changes | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
  previousHash: string;
  hash: string;
}

export interface AuditFilters {
  companyId?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenEventId: string | null;
}

interface RawEvent {
  id: string;
  company_id: string | null;
  seq: string;
  occurred_at: Date;
  actor_account_id: string | null;
  actor_email?: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: Changes | null;
  details: Record<string, unknown> | null;
  request_id: string | null;
  previous_hash: string;
  hash: string;
}

const COLUMNS =
  'e.id, e.company_id, e.seq, e.occurred_at, e.actor_account_id, e.action, e.entity_type, e.entity_id, e.changes, e.details, e.request_id, e.previous_hash, e.hash';

function fromRaw(row: RawEvent): AuditEventRow {
  return {
    id: row.id,
    companyId: row.company_id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorAccountId: row.actor_account_id,
    actorEmail: row.actor_email ?? null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: row.changes,
    details: row.details,
    requestId: row.request_id,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/**
 * The audit trail. `append` runs inside the caller's transaction, so an event exists exactly when its
 * write committed. Appends to one chain are serialised by a transaction-scoped advisory lock, which
 * keeps `seq` gap-free and the hash chain linear with several API instances.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async append(manager: EntityManager, input: AuditInput): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('Audit events are appended inside the write transaction');
    const companyId = input.companyId;
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_NAMESPACE, companyId ?? 'group']);
    const last: { seq: string; hash: string }[] = await manager.query(
      companyId === null
        ? 'SELECT seq, hash FROM audit_events WHERE company_id IS NULL ORDER BY seq DESC LIMIT 1'
        : 'SELECT seq, hash FROM audit_events WHERE company_id = $1 ORDER BY seq DESC LIMIT 1',
      companyId === null ? [] : [companyId],
    );
    const event = {
      id: randomUUID(),
      companyId,
      seq: last.length ? Number(last[0].seq) + 1 : 1,
      occurredAt: this.clock.now(),
      actorAccountId: input.actor.accountId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      changes: input.changes ? toJson(input.changes) : null,
      details: input.details ? toJson(input.details) : null,
      requestId: input.actor.requestId,
    };
    const previousHash = last.length ? last[0].hash : GENESIS_HASH;
    const hash = eventHash(previousHash, event);
    await manager.query(
      `INSERT INTO audit_events (id, company_id, seq, occurred_at, actor_account_id, action, entity_type, entity_id, changes, details, request_id, previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13)`,
      [
        event.id,
        event.companyId,
        event.seq,
        event.occurredAt,
        event.actorAccountId,
        event.action,
        event.entityType,
        event.entityId,
        event.changes === null ? null : JSON.stringify(event.changes),
        event.details === null ? null : JSON.stringify(event.details),
        event.requestId,
        previousHash,
        hash,
      ],
    );
    return event.id;
  }

  /**
   * Appends many events to one company's chain, in order, inside the caller's transaction: one lock,
   * one read of the chain's end, rows inserted in batches (bulk imports).
   */
  async appendMany(
    manager: EntityManager,
    companyId: string | null,
    inputs: readonly Omit<AuditInput, 'companyId'>[],
  ): Promise<string[]> {
    return this.appendPrepared(manager, this.prepareMany(companyId, inputs));
  }

  /**
   * The costly part of appending many events, without the lock: each event's canonical text up to its
   * position in the chain (`seq` sorts last), and its row. A bulk writer prepares events while the
   * database works on something else, then appends them with `appendPrepared`.
   */
  prepareMany(companyId: string | null, inputs: readonly Omit<AuditInput, 'companyId'>[]): PreparedEvents {
    const occurredAt = this.clock.now();
    const events = inputs.map((input): PreparedEvent => {
      const event = {
        id: randomUUID(),
        companyId,
        seq: 0,
        occurredAt,
        actorAccountId: input.actor.accountId,
        action: input.action,
        entityType: input.entityType,
        entityId: input.entityId ?? null,
        changes: input.changes ?? null,
        details: input.details ?? null,
        requestId: input.actor.requestId,
      };
      const canonical = canonicalEvent(event);
      const row = JSON.stringify({
        id: event.id,
        occurredAt: event.occurredAt,
        actorAccountId: event.actorAccountId,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        changes: event.changes,
        details: event.details,
        requestId: event.requestId,
      });
      return {
        id: event.id,
        event,
        body: canonical.endsWith(SEQ_TAIL) ? canonical.slice(0, -SEQ_TAIL.length) : null,
        row: row.slice(0, -1),
      };
    });
    return { companyId, events };
  }

  /** Appends prepared events to their chain, in order, inside the caller's transaction. */
  async appendPrepared(manager: EntityManager, prepared: PreparedEvents): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('Audit events are appended inside the write transaction');
    const { companyId, events } = prepared;
    if (!events.length) return [];
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_NAMESPACE, companyId ?? 'group']);
    const last: { seq: string; hash: string }[] = await manager.query(
      companyId === null
        ? 'SELECT seq, hash FROM audit_events WHERE company_id IS NULL ORDER BY seq DESC LIMIT 1'
        : 'SELECT seq, hash FROM audit_events WHERE company_id = $1 ORDER BY seq DESC LIMIT 1',
      companyId === null ? [] : [companyId],
    );
    let seq = last.length ? Number(last[0].seq) : 0;
    let previousHash = last.length ? last[0].hash : GENESIS_HASH;
    for (let start = 0; start < events.length; start += APPEND_BATCH) {
      const rows: string[] = [];
      for (const prepared of events.slice(start, start + APPEND_BATCH)) {
        seq++;
        const hash =
          prepared.body !== null
            ? chainHash(previousHash, `${prepared.body}"seq":${seq}}`)
            : eventHash(previousHash, { ...prepared.event, seq });
        rows.push(`${prepared.row},"seq":${seq},"previousHash":"${previousHash}","hash":"${hash}"}`);
        previousHash = hash;
      }
      // One JSON document per batch: PostgreSQL parses it far faster than the driver serialises arrays.
      await manager.query(
        `INSERT INTO audit_events (id, company_id, seq, occurred_at, actor_account_id, action, entity_type, entity_id, changes, details, request_id, previous_hash, hash)
         SELECT t.id, $1::uuid, t.seq, t."occurredAt", t."actorAccountId", t.action, t."entityType", t."entityId", t.changes, t.details, t."requestId", t."previousHash", t.hash
           FROM jsonb_to_recordset($2::jsonb)
             AS t(id uuid, seq bigint, "occurredAt" timestamptz, "actorAccountId" uuid, action varchar, "entityType" varchar,
                  "entityId" varchar, changes jsonb, details jsonb, "requestId" varchar, "previousHash" char(64), hash char(64))`,
        [companyId, `[${rows.join(',')}]`],
      );
    }
    return events.map((e) => e.id);
  }

  /** Appends an event in a transaction of its own (sign-in attempts, refusals: nothing else is written). */
  record(input: AuditInput): Promise<string> {
    return this.dataSource.transaction((manager) => this.append(manager, input));
  }

  private conditions(scope: Scope, filters: AuditFilters): SqlConditions {
    const c = new SqlConditions();
    if (!scope.all) c.add(`e.company_id = ANY(${c.p(scope.companyIds)}::uuid[])`);
    if (filters.companyId) c.add(`e.company_id = ${c.p(filters.companyId)}`);
    if (filters.actorId) c.add(`e.actor_account_id = ${c.p(filters.actorId)}`);
    if (filters.entityType) c.add(`e.entity_type = ${c.p(filters.entityType)}`);
    if (filters.entityId) c.add(`e.entity_id = ${c.p(filters.entityId)}`);
    if (filters.action) c.add(`e.action = ${c.p(filters.action)}`);
    if (filters.from) c.add(`e.occurred_at >= ${c.p(filters.from)}`);
    if (filters.to) c.add(`e.occurred_at < ${c.p(filters.to)}`);
    return c;
  }

  /** Newest first. Group-level events (null company) are visible only with a group-wide scope. */
  async list(
    scope: Scope,
    filters: AuditFilters,
    page: { limit?: number; offset?: number; cursor?: string },
  ): Promise<Page<AuditEventRow>> {
    const limit = page.limit ?? DEFAULT_LIMIT;
    const c = this.conditions(scope, filters);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM audit_events e ${c.where()}`,
      c.params,
    );
    let offset = page.offset ?? 0;
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor, 2);
      c.add(`(e.occurred_at, e.id) < (${c.p(at)}::timestamptz, ${c.p(id)}::uuid)`);
      offset = 0;
    }
    const rows: RawEvent[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, a.email AS actor_email FROM audit_events e LEFT JOIN accounts a ON a.id = e.actor_account_id
       ${c.where()} ORDER BY e.occurred_at DESC, e.id DESC LIMIT ${c.p(limit + 1)} OFFSET ${c.p(offset)}`,
      c.params,
    );
    const items = rows.slice(0, limit).map(fromRaw);
    const last = items[items.length - 1];
    return {
      items,
      total,
      nextCursor: rows.length > limit && last ? encodeCursor([last.occurredAt.toISOString(), last.id]) : null,
    };
  }

  /** Every matching event, oldest first, capped at EXPORT_MAX_ROWS. */
  async exportRows(scope: Scope, filters: AuditFilters): Promise<AuditEventRow[]> {
    const c = this.conditions(scope, filters);
    const rows: RawEvent[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, a.email AS actor_email FROM audit_events e LEFT JOIN accounts a ON a.id = e.actor_account_id
       ${c.where()} ORDER BY e.occurred_at, e.id LIMIT ${EXPORT_MAX_ROWS}`,
      c.params,
    );
    return rows.map(fromRaw);
  }

  /**
   * Recomputes the chains in scope (one per company, plus the group chain for a group-wide scope) and
   * names the first event whose position, previous hash or own hash does not match.
   */
  async verify(scope: Scope, companyId?: string): Promise<VerifyResult> {
    let chains: (string | null)[];
    if (companyId) chains = [companyId];
    else if (scope.all) {
      const rows: { company_id: string | null }[] = await this.dataSource.query(
        'SELECT DISTINCT company_id FROM audit_events ORDER BY company_id NULLS FIRST',
      );
      chains = rows.map((r) => r.company_id);
    } else chains = [...scope.companyIds].sort();

    let checked = 0;
    for (const chain of chains) {
      let previousHash = GENESIS_HASH;
      let expectedSeq = 1;
      for (;;) {
        const rows: RawEvent[] = await this.dataSource.query(
          `SELECT ${COLUMNS} FROM audit_events e WHERE ${chain === null ? 'e.company_id IS NULL' : 'e.company_id = $2'} AND e.seq >= $1
           ORDER BY e.seq LIMIT ${VERIFY_BATCH}`,
          chain === null ? [expectedSeq] : [expectedSeq, chain],
        );
        for (const raw of rows) {
          const row = fromRaw(raw);
          checked++;
          const broken =
            row.seq !== expectedSeq || row.previousHash !== previousHash || row.hash !== eventHash(previousHash, row);
          if (broken) return { ok: false, checked, firstBrokenEventId: row.id };
          previousHash = row.hash;
          expectedSeq++;
        }
        if (rows.length < VERIFY_BATCH) break;
      }
    }
    return { ok: true, checked, firstBrokenEventId: null };
  }
}
