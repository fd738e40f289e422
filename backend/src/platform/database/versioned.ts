import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { problems } from '../errors/problem';
import type { Actor } from '../auth/auth-context';

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2`: zero rows means someone else
 * changed the record since the caller read it → 409 STALE_VERSION.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
  actor: Actor,
  now: Date,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, updatedAt: now, updatedBy: actor.accountId, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (!result.affected) throw problems.staleVersion();
}

/** `DELETE … WHERE id = $1 AND version = $2`, 409 STALE_VERSION when nothing matched. */
export async function deleteVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (!result.affected) throw problems.staleVersion();
}

/** Drops `undefined` members, so a PATCH changes only what it names. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
