import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { withCheckDigit } from '../domains/organization/corporate-number.rules';
import type { EmploymentType } from '../domains/organization/person.entity';
import { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-context';
import { Clock } from '../platform/auth/clock';
import { hashPassword } from '../platform/auth/password-hasher';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { FAMILY_NAMES, GIVEN_NAMES } from './demo-names';
import type { Seeder } from './seeder';

/** A stable uuid for a demo row, so every run addresses the same rows (name-based, version 5 layout). */
export function demoId(name: string): string {
  const h = createHash('sha1').update(`mamori-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface DemoCompany {
  key: string;
  nameJa: string;
  nameEn: string;
  prefix: string;
  domain: string;
  staff: number;
  postalCode: string | null;
  address: string | null;
  privacyMarkHolder: boolean;
  contact?: { name: string; postalCode: string; address: string; phone: string; hours: string; email: string };
  departments: [code: string, name: string, parent: string | null][];
}

const STANDARD_DEPARTMENTS: DemoCompany['departments'] = [
  ['ADM', '管理本部', null],
  ['ADM-GA', '総務部', 'ADM'],
  ['ADM-HR', '人事部', 'ADM'],
  ['AUD', '内部監査室', null],
  ['SALES', '営業部', null],
  ['DEV', '開発部', null],
];

/**
 * GMO TECH (the privacy policy's company, with its complaints and consultation desk from §10 of the
 * policy) and four other GMO Internet Group companies (names from the domain reference §10.1).
 * Corporate numbers, representatives and PrivacyMark numbers are fictional demo values: the corporate
 * numbers use the base 9999… so they can never be a real company's, and they pass the check digit.
 */
const COMPANIES: DemoCompany[] = [
  {
    key: 'gmo-tech',
    nameJa: 'GMO TECH株式会社',
    nameEn: 'GMO TECH, Inc.',
    prefix: 'T',
    domain: 'gmo-tech.example',
    staff: 120,
    postalCode: '150-8512',
    address: '東京都渋谷区桜丘町26-1 セルリアンタワー',
    privacyMarkHolder: true,
    contact: {
      name: '個人情報問合せ窓口',
      postalCode: '150-8512',
      address: '東京都渋谷区桜丘町26-1 セルリアンタワー',
      phone: '03-5489-6370',
      hours: '平日10:00〜19:00',
      email: 'ask@gmotech.jp',
    },
    departments: [
      ['MGT', '経営管理本部', null],
      ['MGT-GA', '総務部', 'MGT'],
      ['MGT-HR', '人事部', 'MGT'],
      ['MGT-FIN', '経理部', 'MGT'],
      ['PMS', '個人情報保護推進室', null],
      ['AUD', '内部監査室', null],
      ['SALES', '営業本部', null],
      ['SALES-1', '第一営業部', 'SALES'],
      ['SALES-2', '第二営業部', 'SALES'],
      ['MKT', 'マーケティング部', null],
      ['DEV', '開発本部', null],
      ['DEV-PRD', 'プロダクト開発部', 'DEV'],
      ['DEV-INF', 'インフラ部', 'DEV'],
    ],
  },
  {
    key: 'gmo-internet-group',
    nameJa: 'GMOインターネットグループ株式会社',
    nameEn: 'GMO Internet Group, Inc.',
    prefix: 'G',
    domain: 'gmo-internet-group.example',
    staff: 20,
    postalCode: '150-8512',
    address: '東京都渋谷区桜丘町26番1号',
    privacyMarkHolder: true,
    departments: STANDARD_DEPARTMENTS,
  },
  {
    key: 'gmo-payment-gateway',
    nameJa: 'GMOペイメントゲートウェイ株式会社',
    nameEn: 'GMO Payment Gateway, Inc.',
    prefix: 'P',
    domain: 'gmo-payment-gateway.example',
    staff: 20,
    postalCode: null,
    address: '東京都渋谷区道玄坂1-2-3',
    privacyMarkHolder: true,
    departments: STANDARD_DEPARTMENTS,
  },
  {
    key: 'gmo-pepabo',
    nameJa: 'GMOペパボ株式会社',
    nameEn: 'GMO Pepabo, Inc.',
    prefix: 'B',
    domain: 'gmo-pepabo.example',
    staff: 20,
    postalCode: null,
    address: null,
    privacyMarkHolder: true,
    departments: STANDARD_DEPARTMENTS,
  },
  {
    key: 'gmo-globalsign',
    nameJa: 'GMOグローバルサイン株式会社',
    nameEn: 'GMO GlobalSign K.K.',
    prefix: 'S',
    domain: 'gmo-globalsign.example',
    staff: 20,
    postalCode: null,
    address: null,
    privacyMarkHolder: false,
    departments: STANDARD_DEPARTMENTS,
  },
];

/** Employment types in proportion: mostly regular staff, some contract, part-time and dispatched, a few officers. */
const EMPLOYMENT_MIX: EmploymentType[] = [
  ...Array<EmploymentType>(13).fill('regular'),
  ...Array<EmploymentType>(2).fill('contract'),
  ...Array<EmploymentType>(2).fill('part_time'),
  ...Array<EmploymentType>(2).fill('dispatched'),
  'officer',
];

/** Deterministic pseudo-random numbers (a linear congruential generator), so every run makes the same people. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

interface Counts {
  companies: number;
  departments: number;
  people: number;
  accounts: number;
  memberships: number;
}

/** Inserts a row unless its id exists; returns whether it was inserted. Existing rows are never changed. */
async function insert(manager: EntityManager, table: string, row: Record<string, unknown>): Promise<boolean> {
  const columns = Object.keys(row);
  const result = await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING RETURNING id`,
    Object.values(row),
  );
  return result.length > 0;
}

export const demoOrganizationSeeder: Seeder = {
  name: 'demo-organization',
  async run(manager: EntityManager): Promise<void> {
    const clock = new Clock();
    const now = clock.now();
    const audit = new AuditService(manager.connection, clock);
    const stamp = { created_at: now, updated_at: now, version: 1 };
    const demoPersonOf = new Map<string, string>();

    for (const [index, c] of COMPANIES.entries()) {
      const counts: Counts = { companies: 0, departments: 0, people: 0, accounts: 0, memberships: 0 };
      const companyId = demoId(`company:${c.key}`);
      const inserted = await insert(manager, 'companies', {
        id: companyId,
        name_ja: c.nameJa,
        name_en: c.nameEn,
        corporate_number: withCheckDigit(`99990000000${index + 1}`.slice(-12)),
        postal_code: c.postalCode,
        address: c.address,
        representative_title: '代表取締役社長',
        representative_name: null,
        privacy_mark_holder: c.privacyMarkHolder,
        privacy_mark_number: c.privacyMarkHolder ? `1099${String(index + 1).padStart(4, '0')}(01)` : null,
        privacy_mark_expires_on: c.privacyMarkHolder ? '2027-03-31' : null,
        contact_desk_name: c.contact?.name ?? null,
        contact_postal_code: c.contact?.postalCode ?? null,
        contact_address: c.contact?.address ?? null,
        contact_phone: c.contact?.phone ?? null,
        contact_hours: c.contact?.hours ?? null,
        contact_email: c.contact?.email ?? null,
        ...stamp,
      });
      counts.companies += Number(inserted);

      const departmentIds: string[] = [];
      for (const [code, name, parent] of c.departments) {
        const id = demoId(`department:${c.key}:${code}`);
        departmentIds.push(id);
        counts.departments += Number(
          await insert(manager, 'departments', {
            id,
            company_id: companyId,
            parent_id: parent ? demoId(`department:${c.key}:${parent}`) : null,
            name,
            code,
            ...stamp,
          }),
        );
      }

      const random = generator(index + 7);
      for (let n = 1; n <= c.staff; n++) {
        const [family, familyKana, familyRomaji] = FAMILY_NAMES[random(FAMILY_NAMES.length)];
        const [given, givenKana, givenRomaji] = GIVEN_NAMES[random(GIVEN_NAMES.length)];
        const employeeNumber = `${c.prefix}${String(n).padStart(5, '0')}`;
        const type = n <= 2 ? 'officer' : EMPLOYMENT_MIX[random(EMPLOYMENT_MIX.length)];
        const hireYear = 2008 + random(17);
        const left = n > 10 && random(25) === 0;
        const id = demoId(`person:${c.key}:${employeeNumber}`);
        demoPersonOf.set(`${c.key}:${n}`, id);
        counts.people += Number(
          await insert(manager, 'people', {
            id,
            company_id: companyId,
            employee_number: employeeNumber,
            family_name: family,
            given_name: given,
            family_name_kana: familyKana,
            given_name_kana: givenKana,
            email: `${givenRomaji}.${familyRomaji}.${employeeNumber.toLowerCase()}@${c.domain}`,
            department_id: departmentIds[random(departmentIds.length)],
            employment_type: type,
            hire_date: `${hireYear}-04-01`,
            leave_date: left ? '2025-12-31' : null,
            active: !left,
            ...stamp,
          }),
        );
      }

      // The demo accounts of this company: each signs in for one of its generated people.
      for (const [i, a] of DEMO_ACCOUNTS.entries()) {
        const home = a.scope === 'group' ? 'gmo-tech' : a.scope;
        if (home !== c.key) continue;
        const accountId = demoId(`account:${a.email}`);
        const exists =
          (await manager.query('SELECT 1 FROM accounts WHERE id = $1 OR email = $2', [accountId, a.email])).length > 0;
        if (!exists) {
          counts.accounts += Number(
            await insert(manager, 'accounts', {
              id: accountId,
              company_id: companyId,
              person_id: demoPersonOf.get(`${c.key}:${i + 3}`),
              email: a.email,
              password_hash: await hashPassword(DEMO_PASSWORD),
              disabled: false,
              must_change_password: false,
              failed_attempts: 0,
              language: 'ja',
              ...stamp,
            }),
          );
        }
        counts.memberships += Number(
          await insert(manager, 'memberships', {
            id: demoId(`membership:${a.email}:${a.role}`),
            account_id: accountId,
            company_id: a.scope === 'group' ? null : companyId,
            role: a.role,
            ...stamp,
          }),
        );
      }

      if (Object.values(counts).some((v) => v > 0)) {
        await audit.append(manager, {
          actor: SYSTEM_ACTOR,
          companyId,
          action: 'seed.applied',
          entityType: 'company',
          entityId: companyId,
          details: { seeder: 'demo-organization', inserted: counts },
        });
      }
    }
  },
};
