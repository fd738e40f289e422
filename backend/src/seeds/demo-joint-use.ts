import type { EntityManager } from 'typeorm';
import { JointUser, missingNoticeItems, NoticeContent, renderNotice } from '../domains/joint-use/joint-use.rules';
import { purgeAfter, ProvisionRecordInput } from '../domains/joint-use/provision-record.rules';
import { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-context';
import { Clock } from '../platform/auth/clock';
import { addDays, tokyoDate } from '../platform/notifications/notification.rules';
import { demoId } from './demo-organization.seeder';
import type { Seeder } from './seeder';

const GMO_TECH = 'gmo-tech';
const GROUP_JOINT_USERS = ['gmo-internet-group', 'gmo-payment-gateway', 'gmo-pepabo', 'gmo-globalsign'];

/** The responsible party as the policy (§8) names it: the name only, no address, no representative. */
const RESPONSIBLE = {
  responsibleNameJa: 'GMO TECH株式会社',
  responsibleNameEn: 'GMO TECH, Inc.',
  responsibleAddressJa: '',
  responsibleAddressEn: '',
  responsibleRepresentativeJa: '',
  responsibleRepresentativeEn: '',
  responsibleIsCorporation: true,
  acquisitionMethodJa: '',
  acquisitionMethodEn: '',
};

interface DemoArrangement {
  key: string;
  title: string;
  content: (techId: string, groupUsers: JointUser[]) => NoticeContent;
}

/** The privacy policy's two joint-use arrangements (§8), in its own wording. */
const ARRANGEMENTS: DemoArrangement[] = [
  {
    key: 'gmo-internet-group',
    title: 'GMOインターネットグループ各社との共同利用',
    content: (techId, groupUsers) => ({
      ...RESPONSIBLE,
      responsibleCompanyId: techId,
      scopeDescriptionJa:
        'GMOインターネットグループ各社(こちらに記載の、「主要グループ会社一覧」をご参照ください。)\n※グループ会社は、将来、新設・統廃合などにより変更される場合があります。最新のグループ各社については上記にてご確認下さい。',
      scopeDescriptionEn:
        'GMO Internet Group companies (see the "List of main group companies" referred to here).\nGroup companies may change in the future through new companies, mergers or reorganisations; please check the list above for the current group companies.',
      coversGroup: true,
      jointUsers: groupUsers,
      dataItemsJa: 'お名前、E-Mailアドレス、購買情報、その他下記の利用目的に必要な範囲の項目。',
      dataItemsEn: 'Name, e-mail address, purchase information and other items needed for the purposes below.',
      purposesJa:
        '共同利用するGMOインターネットグループの当該会社において定めるプライバシーポリシーの「個人情報の利用目的」の範囲。',
      purposesEn:
        'Within the "purposes of use of personal information" set out in the privacy policy of the GMO Internet Group company concerned.',
    }),
  },
  {
    key: 'written-byte',
    title: 'Written Byte Ltdとの共同利用',
    content: (techId) => ({
      ...RESPONSIBLE,
      responsibleCompanyId: techId,
      scopeDescriptionJa: '',
      scopeDescriptionEn: '',
      coversGroup: false,
      // Written Byte Ltd's address and representative are not public: obviously fictional demo values.
      jointUsers: [
        {
          companyId: null,
          name: 'Written Byte Ltd',
          address: '1 Example Street, London (demo address)',
          representative: 'Demo Director',
          country: 'GB',
          contractSignedOn: '2023-10-01',
          contractReference: 'JU-WB-2023-01',
        },
      ],
      dataItemsJa: 'お名前、E-Mailアドレス、契約内容、その他下記の利用目的に必要な範囲の項目。',
      dataItemsEn: 'Name, e-mail address, contract details and other items needed for the purposes below.',
      purposesJa: 'Written Byte Ltdが定めるプライバシーポリシー内に記載されている利用目的の範囲。',
      purposesEn: 'Within the purposes of use stated in the privacy policy of Written Byte Ltd.',
    }),
  },
];

type DemoRecord = Omit<ProvisionRecordInput, 'recordedOn'> & {
  key: string;
  recordedDaysAgo: number;
  note: string | null;
};

const base = {
  lawExceptionCase: null,
  lastProvidedOn: null,
  counterpartyAddress: null,
  counterpartyRepresentative: null,
  counterpartyIsCorporation: true,
  providerAcquisition: null,
  consentObtained: false,
  note: null,
};

/** Provisions and receipts of GMO TECH; every counterparty is fictional. */
const RECORDS: DemoRecord[] = [
  {
    ...base,
    key: 'consent-advertiser',
    direction: 'provision',
    basis: 'consent',
    recordingMethod: 'per_provision',
    providedOn: '2026-09-15',
    recordedDaysAgo: 70,
    counterpartyName: '株式会社サンプル広告(架空)',
    counterpartyAddress: '東京都千代田区丸の内1-1-1',
    personsConcerned: 'キャンペーン当選者 24名(当選者一覧 2026-09)',
    dataItems: 'お名前、送付先住所、電話番号',
    consentObtained: true,
    note: '賞品発送のため広告主へ提供(応募フォームで同意取得)',
  },
  {
    ...base,
    key: 'consent-media-bulk',
    direction: 'provision',
    basis: 'consent',
    recordingMethod: 'bulk',
    providedOn: '2026-04-01',
    lastProvidedOn: '2026-10-31',
    recordedDaysAgo: 240,
    counterpartyName: '株式会社メディアパートナー(架空)',
    personsConcerned: 'レポート配信を希望した広告主担当者',
    dataItems: 'お名前、E-Mailアドレス、会社名',
    consentObtained: true,
    note: '月次レポート共同配信(継続的な提供として一括記録)',
  },
  {
    ...base,
    key: 'contract-reseller',
    direction: 'provision',
    basis: 'consent',
    recordingMethod: 'contract',
    providedOn: '2025-07-01',
    lastProvidedOn: '2026-06-30',
    recordedDaysAgo: 500,
    counterpartyName: '株式会社販売代理店サンプル(架空)',
    personsConcerned: '代理店経由の契約者',
    dataItems: 'お名前、E-Mailアドレス、契約内容',
    consentObtained: true,
    note: '代理店契約書(契約番号 AG-2025-07)を記録として利用',
  },
  {
    ...base,
    key: 'law-exception-police',
    direction: 'provision',
    basis: 'law_exception',
    lawExceptionCase: 1,
    recordingMethod: 'per_provision',
    providedOn: '2026-08-20',
    recordedDaysAgo: 100,
    counterpartyName: '警視庁(捜査関係事項照会書による照会)',
    personsConcerned: '照会対象の会員 1名',
    dataItems: 'お名前、E-Mailアドレス、アクセス日時',
    note: '法令に基づく場合(方針7(1))',
  },
  {
    ...base,
    key: 'outsourcing-mailing',
    direction: 'provision',
    basis: 'outsourcing',
    recordingMethod: 'per_provision',
    providedOn: '2026-10-05',
    recordedDaysAgo: 50,
    counterpartyName: '株式会社配送代行サンプル(架空)',
    personsConcerned: '資料請求者',
    dataItems: 'お名前、送付先住所',
    note: '委託(記録義務なし)',
  },
  {
    ...base,
    key: 'joint-use-written-byte',
    direction: 'provision',
    basis: 'joint_use',
    recordingMethod: 'per_provision',
    providedOn: '2026-11-02',
    recordedDaysAgo: 25,
    counterpartyName: 'Written Byte Ltd',
    personsConcerned: '翻訳サービス契約者',
    dataItems: 'お名前、E-Mailアドレス、契約内容',
    note: '共同利用(記録義務なし)',
  },
  {
    ...base,
    key: 'receipt-research',
    direction: 'receipt',
    basis: 'consent',
    recordingMethod: 'per_provision',
    providedOn: '2026-10-20',
    recordedDaysAgo: 38,
    counterpartyName: '株式会社サンプルリサーチ(架空)',
    counterpartyAddress: '大阪府大阪市北区梅田1-1-1',
    counterpartyRepresentative: '代表取締役 見本次郎',
    providerAcquisition: '提供元のアンケートサイトで本人から取得。第三者提供への同意を回答時に取得済み。',
    personsConcerned: 'アンケート回答者 310名',
    dataItems: '年代、性別、E-Mailアドレス、回答内容',
    consentObtained: true,
    note: null,
  },
];

async function insert(manager: EntityManager, table: string, row: Record<string, unknown>): Promise<boolean> {
  const columns = Object.keys(row);
  const result = await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING RETURNING id`,
    Object.values(row),
  );
  return result.length > 0;
}

/**
 * The policy's two joint-use arrangements, imported as published today in the policy's wording (so the
 * completeness check shows the missing address and representative on version 1), and a few provision
 * records of GMO TECH.
 */
export const demoJointUseSeeder: Seeder = {
  name: 'demo-joint-use',
  async run(manager: EntityManager): Promise<void> {
    const clock = new Clock();
    const now = clock.now();
    const today = tokyoDate(now);
    const audit = new AuditService(manager.connection, clock);
    const techId = demoId(`company:${GMO_TECH}`);
    if (!(await manager.query('SELECT 1 FROM companies WHERE id = $1', [techId])).length) return;

    const directory: { id: string; name_ja: string; address: string | null }[] = await manager.query(
      'SELECT id, name_ja, address FROM companies ORDER BY name_ja, id',
    );
    const groupUsers: JointUser[] = GROUP_JOINT_USERS.map((key) =>
      directory.find((c) => c.id === demoId(`company:${key}`)),
    )
      .filter((c): c is (typeof directory)[number] => !!c)
      .map((c) => ({
        companyId: c.id,
        name: c.name_ja,
        address: c.address,
        representative: null,
        country: 'JP',
        contractSignedOn: '2022-04-01',
        contractReference: 'GMOインターネットグループ共同利用契約書 GRP-JU-2022',
      }));

    for (const a of ARRANGEMENTS) {
      const id = demoId(`joint-use:${a.key}`);
      const content = a.content(techId, groupUsers);
      const inserted = await insert(manager, 'joint_use_arrangements', {
        id,
        company_id: techId,
        title: a.title,
        status: 'published',
        content: JSON.stringify(content),
        current_version_no: 1,
        pending_kinds: '[]',
        published_at: now,
        created_at: now,
        updated_at: now,
        version: 1,
      });
      if (!inserted) continue;
      const versionId = demoId(`joint-use:${a.key}:v1`);
      await insert(manager, 'joint_use_notice_versions', {
        id: versionId,
        company_id: techId,
        arrangement_id: id,
        version_no: 1,
        content: JSON.stringify(content),
        text_ja: renderNotice(content, 'ja'),
        text_en: renderNotice(content, 'en'),
        published_at: now,
        missing_items: JSON.stringify(missingNoticeItems(content)),
        change_kinds: '[]',
        group_companies: content.coversGroup
          ? JSON.stringify(directory.map((c) => ({ id: c.id, nameJa: c.name_ja })))
          : null,
        origin: 'imported',
      });
      await audit.append(manager, {
        actor: SYSTEM_ACTOR,
        companyId: techId,
        action: 'joint_use_arrangement.imported',
        entityType: 'joint_use_arrangement',
        entityId: id,
        details: { seeder: 'demo-joint-use', versionNo: 1, versionId, missingItems: missingNoticeItems(content) },
      });
    }

    let records = 0;
    for (const r of RECORDS) {
      const { key, recordedDaysAgo, ...values } = r;
      const recordedOn = addDays(today, -recordedDaysAgo);
      const input = { ...values, recordedOn };
      const id = demoId(`provision-record:${key}`);
      const inserted = await insert(manager, 'provision_records', {
        id,
        company_id: techId,
        direction: input.direction,
        basis: input.basis,
        law_exception_case: input.lawExceptionCase,
        recording_method: input.recordingMethod,
        provided_on: input.providedOn,
        last_provided_on: input.lastProvidedOn,
        recorded_on: recordedOn,
        counterparty_name: input.counterpartyName,
        counterparty_address: input.counterpartyAddress,
        counterparty_representative: input.counterpartyRepresentative,
        counterparty_is_corporation: input.counterpartyIsCorporation,
        provider_acquisition: input.providerAcquisition,
        persons_concerned: input.personsConcerned,
        data_items: input.dataItems,
        consent_obtained: input.consentObtained,
        arrangement_id: key === 'joint-use-written-byte' ? demoId('joint-use:written-byte') : null,
        note: input.note,
        purge_after: purgeAfter(input),
        created_at: now,
        updated_at: now,
        version: 1,
      });
      records += Number(inserted);
    }
    if (records) {
      await audit.append(manager, {
        actor: SYSTEM_ACTOR,
        companyId: techId,
        action: 'seed.applied',
        entityType: 'company',
        entityId: techId,
        details: { seeder: 'demo-joint-use', inserted: { provisionRecords: records } },
      });
    }
  },
};
