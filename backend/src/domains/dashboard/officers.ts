import type { EntityManager } from 'typeorm';
import type { OfficerStatusDto } from './dto/dashboard.dto';

/**
 * Every company of `companyIds` (null: all) with its appointed officers: the 個人情報保護管理者 (PMS
 * manager, JIS Q 15001 A.3.3.4) and the executives, counting active accounts with that role in the
 * company itself. A company without a PMS manager first, then by name.
 */
export async function officerStatuses(
  manager: EntityManager,
  companyIds: string[] | null,
): Promise<OfficerStatusDto[]> {
  const rows: {
    id: string;
    name_ja: string;
    name_en: string;
    pms_managers: string[];
    executives: string[];
  }[] = await manager.query(
    `SELECT c.id, c.name_ja, c.name_en,
            coalesce(array_agg(o.name ORDER BY o.name) FILTER (WHERE o.role = 'pms_manager'), '{}') AS pms_managers,
            coalesce(array_agg(o.name ORDER BY o.name) FILTER (WHERE o.role = 'executive'), '{}') AS executives
       FROM companies c
       LEFT JOIN (
         SELECT DISTINCT m.company_id, m.role, p.family_name || ' ' || p.given_name AS name
           FROM memberships m
           JOIN accounts a ON a.id = m.account_id AND NOT a.disabled
           JOIN people p ON p.id = a.person_id
          WHERE m.role IN ('pms_manager', 'executive') AND m.company_id IS NOT NULL
       ) o ON o.company_id = c.id
      ${companyIds ? 'WHERE c.id = ANY($1::uuid[])' : ''}
      GROUP BY c.id
      ORDER BY count(*) FILTER (WHERE o.role = 'pms_manager') > 0, c.name_ja, c.id`,
    companyIds ? [companyIds] : [],
  );
  return rows.map((r) => ({
    companyId: r.id,
    companyNameJa: r.name_ja,
    companyNameEn: r.name_en,
    pmsManagers: r.pms_managers,
    executives: r.executives,
    pmsManagerMissing: r.pms_managers.length === 0,
  }));
}
