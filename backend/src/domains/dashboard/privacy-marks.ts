import type { EntityManager } from 'typeorm';
import type { PrivacyMarkStatusDto } from './dto/dashboard.dto';
import { privacyMarkState, renewalWindow } from './dashboard.rules';

/** Every company of `companyIds` (null: all) with its PrivacyMark state, soonest expiry first. */
export async function privacyMarkStatuses(
  manager: EntityManager,
  companyIds: string[] | null,
  today: string,
): Promise<PrivacyMarkStatusDto[]> {
  const rows: { id: string; name_ja: string; name_en: string; number: string | null; expires_on: string | null }[] =
    await manager.query(
      `SELECT id, name_ja, name_en, privacy_mark_number AS number, privacy_mark_expires_on::text AS expires_on
         FROM companies ${companyIds ? 'WHERE id = ANY($1::uuid[])' : ''}
        ORDER BY privacy_mark_expires_on NULLS LAST, name_ja, id`,
      companyIds ? [companyIds] : [],
    );
  return rows.map((r) => {
    const window = r.expires_on ? renewalWindow(r.expires_on) : null;
    return {
      companyId: r.id,
      companyNameJa: r.name_ja,
      companyNameEn: r.name_en,
      privacyMarkNumber: r.number,
      expiresOn: r.expires_on,
      renewalOpensOn: window?.opensOn ?? null,
      renewalClosesOn: window?.closesOn ?? null,
      state: privacyMarkState(r.expires_on, today),
    };
  });
}

export function matchesState(row: PrivacyMarkStatusDto, state: string | undefined): boolean {
  if (!state) return true;
  if (state === 'attention') return row.state === 'late' || row.state === 'expired';
  if (state === 'held') return row.expiresOn !== null;
  return row.state === state;
}
