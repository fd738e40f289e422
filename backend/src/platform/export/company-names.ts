import type { DataSource, EntityManager } from 'typeorm';

/**
 * The Japanese names of the companies a register's rows belong to, for the 「会社 / Company」 column of its
 * export: a file of a group-level officer spans several companies, and a file is read away from the screen
 * that said which company it was.
 */
export async function companyNames(
  db: DataSource | EntityManager,
  companyIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(companyIds.filter((id): id is string => !!id))];
  if (!ids.length) return new Map();
  const rows: { id: string; name_ja: string }[] = await db.query(
    'SELECT id, name_ja FROM companies WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name_ja]));
}
