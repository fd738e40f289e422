import type { EntityManager } from 'typeorm';
import { DEFAULT_QUESTIONS } from '../domains/subcontractors/questionnaire.defaults';
import {
  addMonths,
  computeRiskTier,
  DEFAULT_AUDIT_SCHEDULE,
  DEFAULT_CRITERIA,
  DEFAULT_PASS_MARK,
  nextAuditDue,
  type RiskTier,
  type SubcontractorStatus,
} from '../domains/subcontractors/subcontractors.rules';
import { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-context';
import { Clock } from '../platform/auth/clock';
import { addDays, tokyoDate } from '../platform/notifications/notification.rules';
import { demoId } from './demo-organization.seeder';
import type { Seeder } from './seeder';

interface DemoSubcontractor {
  key: string;
  name: string;
  services: string;
  items: string;
  persons: number;
  sensitive?: boolean;
  myNumber?: boolean;
  override?: { tier: RiskTier; reason: string };
  privacyMark?: { number: string; expiresInDays: number };
  isms?: number;
  status: SubcontractorStatus;
  /** Days before today: approval and the last audit (null: none yet). */
  approvedDaysAgo?: number;
  lastAuditDaysAgo?: number;
  /** Days from today to the contract's end. */
  contractEndsInDays?: number;
  score?: number;
  resubcontractor?: string;
  openAudit?: boolean;
}

/** Fictional subcontractors of GMO TECH in varied states; one has its supervision audit overdue. */
const SUBCONTRACTORS: DemoSubcontractor[] = [
  {
    key: 'ad-data',
    name: '株式会社サンプル広告データ集計',
    services: '広告配信ログの集計・効果測定レポート作成',
    items: 'Cookie ID、広告ID、IPアドレス、閲覧履歴',
    persons: 800000,
    privacyMark: { number: '10800001(05)', expiresInDays: 400 },
    isms: 500,
    status: 'approved',
    approvedDaysAgo: 700,
    lastAuditDaysAgo: 200,
    contractEndsInDays: 300,
    score: 4,
    resubcontractor: '株式会社サンプルクラウド運用',
  },
  {
    key: 'call-center',
    name: '株式会社デモコールセンター',
    services: '問い合わせ窓口の一次対応',
    items: '氏名、電話番号、メールアドレス、問い合わせ内容',
    persons: 12000,
    privacyMark: { number: '10800002(03)', expiresInDays: 45 },
    status: 'approved',
    approvedDaysAgo: 500,
    lastAuditDaysAgo: 400,
    contractEndsInDays: 200,
    score: 4,
  },
  {
    key: 'payroll',
    name: '架空給与計算サービス株式会社',
    services: '給与計算・年末調整',
    items: '氏名、住所、マイナンバー、給与額、扶養家族',
    persons: 120,
    myNumber: true,
    privacyMark: { number: '10800003(02)', expiresInDays: 600 },
    status: 'approved',
    approvedDaysAgo: 300,
    contractEndsInDays: 40,
    score: 5,
    openAudit: true,
  },
  {
    key: 'print',
    name: 'テスト印刷株式会社',
    services: 'DM・案内状の印刷と発送',
    items: '氏名、住所',
    persons: 3000,
    status: 'conditionally_approved',
    approvedDaysAgo: 90,
    contractEndsInDays: 275,
    score: 3,
  },
  {
    key: 'survey',
    name: '株式会社見本リサーチ',
    services: 'マーケティング調査の実施と分析',
    items: '年代、性別、メールアドレス、回答内容',
    persons: 4000,
    override: { tier: 'high', reason: '自由記述欄に要配慮個人情報が含まれうるため' },
    isms: 300,
    status: 'approved',
    approvedDaysAgo: 120,
    contractEndsInDays: 600,
    score: 4,
  },
  {
    key: 'health',
    name: '例示ヘルスケア株式会社',
    services: '従業員の健康診断結果の管理',
    items: '氏名、社員番号、健康診断結果',
    persons: 400,
    sensitive: true,
    status: 'evaluating',
  },
  {
    key: 'shredding',
    name: '模擬文書廃棄株式会社',
    services: '機密文書の溶解処理',
    items: '紙媒体の個人情報全般',
    persons: 100,
    status: 'candidate',
  },
  {
    key: 'dev',
    name: '株式会社ダミー開発',
    services: '広告管理画面の開発・保守',
    items: '広告主担当者の氏名、メールアドレス',
    persons: 600,
    isms: 700,
    status: 'suspended',
    approvedDaysAgo: 800,
    lastAuditDaysAgo: 350,
    score: 3,
  },
  {
    key: 'hosting',
    name: 'サンプルホスティング株式会社',
    services: 'サーバのハウジング',
    items: '（暗号化されたデータのみ）',
    persons: 0,
    status: 'terminated',
    approvedDaysAgo: 1500,
    lastAuditDaysAgo: 400,
    contractEndsInDays: -100,
    score: 3,
  },
  {
    key: 'translation',
    name: '株式会社試験翻訳',
    services: '広告原稿の翻訳',
    items: '広告主担当者の氏名',
    persons: 50,
    status: 'approved',
    approvedDaysAgo: 40,
    contractEndsInDays: 325,
    score: 4,
  },
];

async function insert(manager: EntityManager, table: string, row: Record<string, unknown>): Promise<boolean> {
  const columns = Object.keys(row);
  const result = await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING RETURNING id`,
    Object.values(row).map((v) =>
      v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v,
    ),
  );
  return result.length > 0;
}

export const demoSubcontractorsSeeder: Seeder = {
  name: 'demo-subcontractors',
  async run(manager: EntityManager): Promise<void> {
    const clock = new Clock();
    const now = clock.now();
    const today = tokyoDate(now);
    const audit = new AuditService(manager.connection, clock);
    const companyId = demoId('company:gmo-tech');
    const owner = demoId('account:pms@mamori.example');
    const ownerExists = (await manager.query('SELECT 1 FROM accounts WHERE id = $1', [owner])).length > 0;
    if ((await manager.query('SELECT 1 FROM companies WHERE id = $1', [companyId])).length === 0) return;
    const stamp = { created_at: now, updated_at: now, version: 1 };
    let inserted = 0;

    for (const d of SUBCONTRACTORS) {
      const id = demoId(`subcontractor:${d.key}`);
      const computed = computeRiskTier({
        sensitiveData: !!d.sensitive,
        myNumber: !!d.myNumber,
        approxPersons: d.persons,
      });
      const tier = d.override?.tier ?? computed;
      const approvedOn = d.approvedDaysAgo !== undefined ? addDays(today, -d.approvedDaysAgo) : null;
      const lastAuditOn = d.lastAuditDaysAgo !== undefined ? addDays(today, -d.lastAuditDaysAgo) : null;
      const next = nextAuditDue(d.status, tier, lastAuditOn, approvedOn);
      const contractEndsOn = d.contractEndsInDays !== undefined ? addDays(today, d.contractEndsInDays) : null;
      const created = await insert(manager, 'subcontractors', {
        id,
        company_id: companyId,
        name: d.name,
        corporate_number: null,
        address: '東京都渋谷区（架空）',
        representative: '代表取締役 見本 太郎',
        contact_name: '窓口 花子',
        contact_email: `contact-${d.key}@example.com`,
        services: d.services,
        personal_data_items: d.items,
        approx_persons: d.persons,
        sensitive_data: !!d.sensitive,
        my_number: !!d.myNumber,
        computed_risk_tier: computed,
        risk_tier_override: d.override?.tier ?? null,
        risk_tier_override_reason: d.override?.reason ?? null,
        risk_tier: tier,
        privacy_mark_number: d.privacyMark?.number ?? null,
        privacy_mark_expires_on: d.privacyMark ? addDays(today, d.privacyMark.expiresInDays) : null,
        isms_certified: d.isms !== undefined,
        isms_expires_on: d.isms !== undefined ? addDays(today, d.isms) : null,
        status: d.status,
        approved_on: approvedOn,
        last_audit_on: lastAuditOn,
        next_audit_due_on: next,
        contract_ends_on: contractEndsOn,
        owner_account_id: ownerExists ? owner : null,
        ...stamp,
      });
      if (!created) continue;
      inserted++;

      if (d.score !== undefined) {
        const scores = DEFAULT_CRITERIA.map((c) => ({
          criterionKey: c.key,
          score: d.score!,
          evidence: '提出資料・ヒアリングにより確認',
        }));
        const total = d.score * DEFAULT_CRITERIA.length;
        await insert(manager, 'subcontractor_evaluations', {
          id: demoId(`subcontractor-evaluation:${d.key}`),
          company_id: companyId,
          subcontractor_id: id,
          evaluated_on: approvedOn ?? today,
          evaluator_name: '個人情報保護管理者',
          criteria: DEFAULT_CRITERIA,
          scores,
          total,
          pass_mark: DEFAULT_PASS_MARK,
          passed: total >= DEFAULT_PASS_MARK,
          comment: null,
          ...stamp,
        });
      }
      if (contractEndsOn && approvedOn) {
        const held = d.status !== 'terminated';
        await insert(manager, 'subcontractor_contracts', {
          id: demoId(`subcontractor-contract:${d.key}`),
          company_id: companyId,
          subcontractor_id: id,
          title: '業務委託基本契約書（個人情報の取扱いに関する覚書付）',
          starts_on: approvedOn,
          ends_on: contractEndsOn,
          clauses: { a: true, b: true, c: true, d: true, e: true, f: true, g: true, h: true },
          clause_exceptions: [],
          retain_until: addMonths(contractEndsOn, 12),
          data_disposition: held ? 'held' : 'deleted',
          data_disposed_on: held ? null : addDays(contractEndsOn, 10),
          ...stamp,
        });
      }
      if (lastAuditOn) {
        await insert(manager, 'subcontractor_audits', {
          id: demoId(`subcontractor-audit:${d.key}:last`),
          company_id: companyId,
          subcontractor_id: id,
          kind: DEFAULT_AUDIT_SCHEDULE[tier].kind,
          due_on: lastAuditOn,
          status: 'closed',
          questions: DEFAULT_QUESTIONS,
          answers: Object.fromEntries(DEFAULT_QUESTIONS.map((q) => [q.key, '規程どおり運用しています。'])),
          answered_at: new Date(`${lastAuditOn}T01:00:00Z`),
          result: 'satisfactory',
          result_comment: '指摘事項なし',
          closed_on: lastAuditOn,
          findings: [],
          ...stamp,
        });
      }
      if (d.openAudit) {
        await insert(manager, 'subcontractor_audits', {
          id: demoId(`subcontractor-audit:${d.key}:open`),
          company_id: companyId,
          subcontractor_id: id,
          kind: DEFAULT_AUDIT_SCHEDULE[tier].kind,
          due_on: next ?? today,
          status: 'planned',
          questions: DEFAULT_QUESTIONS,
          answers: {},
          answered_at: null,
          result: null,
          result_comment: null,
          closed_on: null,
          findings: [],
          ...stamp,
        });
      }
      if (d.resubcontractor && approvedOn) {
        await insert(manager, 'subcontractor_resubcontractors', {
          id: demoId(`subcontractor-resub:${d.key}`),
          company_id: companyId,
          subcontractor_id: id,
          parent_id: null,
          name: d.resubcontractor,
          services: '集計基盤のクラウド運用',
          personal_data_items: 'Cookie ID、広告ID',
          basis: 'prior_approval',
          basis_on: approvedOn,
          starts_on: approvedOn,
          note: '書面による事前承認',
          ...stamp,
        });
      }
      if (ownerExists && next) {
        await insert(manager, 'deadlines', {
          id: demoId(`deadline:subcontractor-audit:${d.key}`),
          company_id: companyId,
          source_type: 'subcontractors.audit',
          source_id: id,
          assignee_account_id: owner,
          title_ja: `委託先の監督（定期確認）: ${d.name}`,
          title_en: `Supervision audit due: ${d.name}`,
          due_on: next,
          link: `/subcontractors/${id}`,
          created_at: now,
          updated_at: now,
        });
      }
    }
    if (inserted) {
      await audit.append(manager, {
        actor: SYSTEM_ACTOR,
        companyId,
        action: 'seed.applied',
        entityType: 'company',
        entityId: companyId,
        details: { seeder: 'demo-subcontractors', inserted: { subcontractors: inserted } },
      });
    }
  },
};
