import { createHash } from 'node:crypto';

/** The previous hash of the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped, Dates as
 * ISO-8601 UTC strings. The same value gives the same text before and after a round trip through jsonb.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(toJson(value));
}

/** The JSON form of a value as stored and hashed: Dates become ISO strings, undefined members vanish. */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => toJson(v));
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Non-finite numbers cannot be audited');
      return value;
    case 'bigint':
      return value.toString();
    case 'object': {
      const out: { [key: string]: Json } = {};
      for (const key of Object.keys(value as object).sort()) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) out[key] = toJson(v);
      }
      return out;
    }
    default:
      throw new Error(`Cannot audit a value of type ${typeof value}`);
  }
}

/** The fields of an event that its hash covers (everything but the hashes themselves). */
export interface HashedEvent {
  id: string;
  companyId: string | null;
  seq: number;
  occurredAt: Date;
  actorAccountId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  details: unknown;
  requestId: string | null;
}

/** A link of a chain: `sha256(previous hash ‖ canonical JSON of the event)`, in hex. */
export function chainHash(previousHash: string, canonical: string): string {
  return createHash('sha256').update(previousHash).update(canonical).digest('hex');
}

export function eventHash(previousHash: string, event: HashedEvent): string {
  return chainHash(previousHash, canonicalEvent(event));
}

/** The canonical JSON of the hashed fields of an event. */
export function canonicalEvent(event: HashedEvent): string {
  return canonicalJson({
    action: event.action,
    actorAccountId: event.actorAccountId,
    changes: event.changes ?? null,
    companyId: event.companyId,
    details: event.details ?? null,
    entityId: event.entityId,
    entityType: event.entityType,
    id: event.id,
    occurredAt: event.occurredAt,
    requestId: event.requestId,
    seq: event.seq,
  });
}

export type Changes = Record<string, { before: Json; after: Json }>;

/**
 * The changed fields between two snapshots (`before` null for a creation, `after` null for a deletion).
 * Values are compared in their JSON form, so a Date and its ISO string are equal.
 */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of [...keys].sort()) {
    const b = toJson(before?.[key]);
    const a = toJson(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
