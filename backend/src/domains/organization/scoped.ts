import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Scope } from '../../platform/access/permissions';

/**
 * Loads one row by id within the caller's scope for the action (the guard has already decided; this
 * keeps every query scoped all the same). `column` is the entity property holding the company.
 */
export async function findScoped<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  scope: Scope,
  column = 'companyId',
  lock = false,
): Promise<T | null> {
  const qb = manager.createQueryBuilder(entity, 'e').where('e.id = :id', { id });
  if (!scope.all) {
    if (!scope.companyIds.length) return null;
    qb.andWhere(`e.${column} IN (:...scopeIds)`, { scopeIds: scope.companyIds });
  }
  if (lock) qb.setLock('pessimistic_write');
  return qb.getOne();
}
