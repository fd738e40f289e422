import type { EntityManager } from 'typeorm';
import { REVIEW_INPUT_KEYS } from '../domains/management-reviews/management-reviews.rules';
import { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-context';
import { Clock } from '../platform/auth/clock';
import { addDays, tokyoDate } from '../platform/notifications/notification.rules';
import { demoId } from './demo-organization.seeder';
import type { Seeder } from './seeder';

/** The person a demo account signs in as (see demo-organization: account i → generated person i + 3). */
const PREFIX: Record<string, string> = { 'gmo-tech': 'T', 'gmo-pepabo': 'B' };
const person = (company: string, n: number) =>
  demoId(`person:${company}:${PREFIX[company]}${String(n).padStart(5, '0')}`);
const EXEC = person('gmo-tech', 8);
const PMS = person('gmo-tech', 4);
const AUDITOR = person('gmo-tech', 5);
const MANAGER = person('gmo-tech', 6);

const INPUT_TEXT: Record<string, string> = {
  c93_a: '前回レビューの処置6件のうち5件が完了。残る1件（委託先評価基準の見直し）は継続中。',
  c93_b: '改正個人情報保護法の施行規則改正に対応。内部では開発部の組織変更があった。',
  c93_c: '不適合2件（軽微1件、重大1件）に是正処置を実施。教育の受講率は98%。内部監査の指摘は3件。',
  c93_d: '顧客からの苦情1件（メール誤送信の懸念）に対応済み。',
  c93_e: 'リスク分析を年次で見直し、残留リスクは受容水準内。',
  c93_f: 'クラウドサービス利用時の委託先評価の簡素化を検討する。',
  a373_a: '内部監査報告書のとおり。PMSは概ね適切に運用されている。',
  a373_b: '外部からの苦情1件。対応済み。',
  a373_c: '前回レビューの指示事項はフォローアップ済み。',
  a373_d: 'PPCガイドライン（通則編）の一部改正を確認した。',
  a373_e: '生成AIの業務利用が広がっており、利用ルールの整備が必要。',
  a373_f: '事業領域に大きな変化なし。',
  a373_g: '従業者から、教育資料を短くする提案があった。',
};

interface DemoAction {
  key: string;
  title: string;
  description: string;
  kind: 'corrective' | 'preventive' | 'improvement';
  grade: 'major_nonconformity' | 'minor_nonconformity' | 'observation' | 'opportunity';
  source: string;
  sourceLabel: string | null;
  owner: string;
  /** Due date, days from the day the seed runs. */
  due: number;
  status: 'open' | 'in_progress' | 'implemented' | 'effectiveness_check' | 'closed';
  rootCause?: string;
  plan?: string;
}

const ACTIONS: DemoAction[] = [
  {
    key: 'shared-drive',
    title: '共有フォルダのアクセス権限の棚卸し漏れ',
    description: '内部監査で、退職者が共有フォルダのアクセス権を保持していたことが判明した。',
    kind: 'corrective',
    grade: 'major_nonconformity',
    source: 'internal_audit',
    sourceLabel: '2026年度 内部監査 指摘1',
    owner: MANAGER,
    due: -20,
    status: 'effectiveness_check',
    rootCause: '退職手続にアクセス権削除の確認が含まれていなかった。',
    plan: '退職チェックリストにアクセス権削除を追加し、月次で棚卸しする。',
  },
  {
    key: 'mail-misdelivery',
    title: 'メール誤送信の再発防止',
    description: '顧客宛てメールの宛先誤りが1件発生した（個人データを含まない）。',
    kind: 'preventive',
    grade: 'minor_nonconformity',
    source: 'incident',
    sourceLabel: 'ヒヤリハット報告',
    owner: MANAGER,
    due: -5,
    status: 'in_progress',
    rootCause: '宛先の自動補完をそのまま確定していた。',
    plan: '外部宛て送信時の確認ダイアログを有効にする。',
  },
  {
    key: 'subcontractor-criteria',
    title: '委託先評価基準の見直し',
    description: 'クラウドサービスの評価項目が現行の利用実態に合っていない。',
    kind: 'improvement',
    grade: 'opportunity',
    source: 'management_review',
    sourceLabel: '2025年度 マネジメントレビュー',
    owner: PMS,
    due: 45,
    status: 'in_progress',
    plan: '第三者認証の有無で評価を簡素化する基準案を作る。',
  },
  {
    key: 'training-material',
    title: '教育資料の短縮',
    description: '従業者から、年次教育の資料が長いとの提案があった。',
    kind: 'improvement',
    grade: 'opportunity',
    source: 'management_review',
    sourceLabel: '2025年度 マネジメントレビュー',
    owner: PMS,
    due: 90,
    status: 'open',
  },
  {
    key: 'clean-desk',
    title: 'クリアデスクの徹底',
    description: '運用確認で、退社時に書類が机上に残っている例が見られた。',
    kind: 'corrective',
    grade: 'observation',
    source: 'operation_check',
    sourceLabel: '第3四半期 運用確認',
    owner: MANAGER,
    due: 14,
    status: 'open',
  },
  {
    key: 'ledger-update',
    title: '個人情報管理台帳の更新漏れ',
    description: '新サービスの問い合わせフォームが台帳に登録されていなかった。',
    kind: 'corrective',
    grade: 'minor_nonconformity',
    source: 'internal_audit',
    sourceLabel: '2026年度 内部監査 指摘2',
    owner: AUDITOR,
    due: -60,
    status: 'closed',
    rootCause: 'サービス開始手続に台帳登録の確認がなかった。',
    plan: 'サービス開始チェックリストに台帳登録を追加する。',
  },
];

export const demoImprovementSeeder: Seeder = {
  name: 'demo-improvement',
  async run(manager: EntityManager): Promise<void> {
    const clock = new Clock();
    const now = clock.now();
    const today = tokyoDate(now);
    const audit = new AuditService(manager.connection, clock);
    const tech = demoId('company:gmo-tech');
    const pepabo = demoId('company:gmo-pepabo');
    const execAccount = demoId('account:exec@mamori.example');
    let inserted = 0;

    const exists = async (table: string, id: string) =>
      (await manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;
    const name = async (id: string) =>
      ((await manager.query("SELECT family_name || ' ' || given_name AS n FROM people WHERE id = $1", [id]))[0]
        ?.n as string) ?? '';

    // Last year's signed review of GMO TECH (200 days ago) and an older one of GMO Pepabo (over a year: red).
    const reviews = [
      {
        key: 'tech-2025',
        companyId: tech,
        chair: EXEC,
        heldOn: addDays(today, -200),
        title: '2025年度 マネジメントレビュー',
      },
      {
        key: 'pepabo-2025',
        companyId: pepabo,
        chair: person('gmo-pepabo', 1),
        heldOn: addDays(today, -400),
        title: '2025年度 マネジメントレビュー',
      },
    ];
    for (const r of reviews) {
      const id = demoId(`management-review:${r.key}`);
      if (await exists('management_reviews', id)) continue;
      const attendees = [];
      for (const p of r.companyId === tech ? [PMS, AUDITOR, MANAGER] : [person('gmo-pepabo', 3)]) {
        attendees.push({ personId: p, name: await name(p) });
      }
      const decisions =
        r.companyId === tech
          ? [
              {
                id: demoId('decision:tech-2025:1'),
                type: 'improvement',
                description: '委託先評価基準の見直し',
                ownerPersonId: PMS,
                ownerName: await name(PMS),
                dueOn: addDays(today, 45),
                actionId: demoId('improvement-action:subcontractor-criteria'),
              },
              {
                id: demoId('decision:tech-2025:2'),
                type: 'pms_change',
                description: '教育資料の短縮',
                ownerPersonId: PMS,
                ownerName: await name(PMS),
                dueOn: addDays(today, 90),
                actionId: demoId('improvement-action:training-material'),
              },
            ]
          : [];
      await manager.query(
        `INSERT INTO management_reviews (id, company_id, title, held_on, status, revision, chair_person_id, chair_name, attendees,
            inputs, compiled_at, compiled_as_of, decisions, audit_report_reference, signed_by_account_id, signed_by_name, signed_at,
            created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, 'signed', 1, $5, $6, $7::jsonb, $8::jsonb, $9, $9, $10::jsonb, $11, $12, $6, $9, $13, $13, 1)`,
        [
          id,
          r.companyId,
          r.title,
          r.heldOn,
          r.chair,
          await name(r.chair),
          JSON.stringify(attendees),
          JSON.stringify(
            REVIEW_INPUT_KEYS.map((key) => ({ key, commentary: INPUT_TEXT[key], noChange: false, compiled: [] })),
          ),
          new Date(`${r.heldOn}T01:00:00Z`),
          JSON.stringify(decisions),
          '2025年度 内部監査報告書',
          r.companyId === tech ? execAccount : null,
          now,
        ],
      );
      inserted++;
    }

    for (const a of ACTIONS) {
      const id = demoId(`improvement-action:${a.key}`);
      if (await exists('improvement_actions', id)) continue;
      const dueOn = addDays(today, a.due);
      const done = ['implemented', 'effectiveness_check', 'closed'].includes(a.status);
      const checked = ['effectiveness_check', 'closed'].includes(a.status);
      await manager.query(
        `INSERT INTO improvement_actions (id, company_id, title, description, kind, grade, source_type, source_id, source_label,
            root_cause, plan, owner_person_id, due_on, status, implemented_on, implementation_note, verifier_person_id,
            effectiveness_checked_on, effectiveness_result, effectiveness_note, closing_approved_by_account_id, closing_approved_at,
            closed_on, reopen_count, created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, NULL, NULL, $21, 0, $22, $22, 1)`,
        [
          id,
          tech,
          a.title,
          a.description,
          a.kind,
          a.grade,
          a.source,
          a.source === 'management_review' ? demoId('management-review:tech-2025') : null,
          a.sourceLabel,
          a.rootCause ?? null,
          a.plan ?? null,
          a.owner,
          dueOn,
          a.status,
          done ? addDays(dueOn, -3) : null,
          done ? '手順を改訂し、関係者に周知した。' : null,
          checked ? (a.owner === AUDITOR ? PMS : AUDITOR) : null,
          checked ? addDays(dueOn, 10) : null,
          checked ? 'effective' : null,
          checked ? '1か月分の記録を確認し、再発がないことを確かめた。' : null,
          a.status === 'closed' ? addDays(dueOn, 12) : null,
          new Date(`${addDays(today, -Math.max(30, 90 - a.due))}T01:00:00Z`),
        ],
      );
      inserted++;
    }

    if (inserted > 0) {
      await audit.append(manager, {
        actor: SYSTEM_ACTOR,
        companyId: tech,
        action: 'seed.applied',
        entityType: 'company',
        entityId: tech,
        details: { seeder: 'demo-improvement', inserted },
      });
    }
  },
};
