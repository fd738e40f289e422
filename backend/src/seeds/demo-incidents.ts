import type { EntityManager } from 'typeorm';
import { IncidentsService, DEADLINE_CLOCKS, deadlineSourceType } from '../domains/incidents/incidents.service';
import { prefillReport, type ReportItems } from '../domains/incidents/incident.rules';
import { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-context';
import { Clock } from '../platform/auth/clock';
import { DeadlinesService } from '../platform/notifications/deadlines.service';
import type { NotificationsService } from '../platform/notifications/notifications.service';
import { demoId } from './demo-organization.seeder';
import type { Seeder } from './seeder';

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoIncident {
  key: string;
  reporter: string;
  /** Days before the seeding moment when the first employee knew. */
  awareDaysAgo: number;
  row: Record<string, unknown>;
  notices?: { method: string; daysAfterAware: number; personCount: number }[];
  /** Reports submitted, with the day (after awareness) they were filed. */
  submitted?: { body: 'ppc' | 'jipdec'; stage: 'preliminary' | 'final'; daysAfterAware: number }[];
  notes?: { daysAfterAware: number; text: string }[];
}

/**
 * A handful of GMO TECH incidents (fictional): one whose PPC preliminary report is overdue, one being
 * triaged, an encrypted loss (JIPDEC only), a fresh report from staff and a closed case.
 */
const INCIDENTS: DemoIncident[] = [
  {
    key: 'skimming',
    reporter: 'pms@mamori.example',
    awareDaysAgo: 7,
    row: {
      title: '広告配信管理画面への不正アクセスによる会員情報漏えいのおそれ',
      summary:
        '委託先が運用する広告配信管理画面に不正アクセスの痕跡が見つかった。入力フォームが改ざんされ、入力中の会員情報が外部に送信されていたおそれがある。',
      occurred_days_before: 9,
      person_count: 1250,
      person_count_estimated: true,
      improper_intent: true,
      data_items: '氏名、メールアドレス、電話番号',
      event_type: 'leak',
      incident_type: 'unauthorized_access',
      cause: 'design_or_configuration_deficiency',
      medium: 'electronic',
      severity: 'critical',
      status: 'reporting',
    },
    notes: [
      { daysAfterAware: 0, text: '委託先から第一報。管理画面を停止するよう依頼した。' },
      { daysAfterAware: 1, text: 'フォームの改ざん箇所を特定し、修正版に差し替えた。' },
    ],
  },
  {
    key: 'mis-sent-mail',
    reporter: 'staff@mamori.example',
    awareDaysAgo: 2,
    row: {
      title: '広告レポートのメール誤送信',
      summary: '広告主A社向けの月次レポートを、誤って広告主B社の担当者に送信した。',
      occurred_days_before: 2,
      person_count: 12,
      data_items: '氏名、メールアドレス',
      event_type: 'leak',
      incident_type: 'mis_sending',
      cause: 'insufficient_checking',
      medium: 'electronic',
      severity: 'medium',
      status: 'triage',
    },
    notes: [{ daysAfterAware: 0, text: '誤送信先に削除を依頼し、削除完了の返信を受領した。' }],
  },
  {
    key: 'usb',
    reporter: 'manager@mamori.example',
    awareDaysAgo: 1,
    row: {
      title: '健康診断結果を含むUSBメモリの紛失',
      summary: '人事部の従業員が社外打合せの帰路でUSBメモリを紛失した。データは高度な暗号化が施されていた。',
      occurred_days_before: 1,
      person_count: 40,
      sensitive_data: true,
      high_level_encryption: true,
      data_items: '氏名、社員番号、健康診断結果',
      event_type: 'loss',
      incident_type: 'loss_damage',
      cause: 'rule_violation',
      medium: 'electronic',
      severity: 'high',
      status: 'contained',
    },
  },
  {
    key: 'reported-today',
    reporter: 'staff@mamori.example',
    awareDaysAgo: 0,
    row: {
      title: '問い合わせフォームの回答メールの宛先誤り',
      summary: '問い合わせへの回答メールを別の問い合わせ者に送信したおそれがある。',
      person_count: 1,
      person_count_estimated: true,
      medium: 'electronic',
      status: 'reported',
    },
  },
  {
    key: 'closed-misdelivery',
    reporter: 'pms@mamori.example',
    awareDaysAgo: 75,
    row: {
      title: 'セミナー案内はがきの誤配達',
      summary: 'セミナー案内のはがき1通が、宛名の異なる住所に配達された。',
      occurred_days_before: 76,
      person_count: 1,
      data_items: '氏名、住所',
      event_type: 'leak',
      incident_type: 'misdelivery',
      cause: 'operation_error',
      medium: 'paper',
      severity: 'low',
      status: 'closed',
      publication_decision: 'not_published',
      publication_note: '1名のみで二次被害のおそれがないため',
      cause_analysis: '宛名ラベルの貼付時に隣接する行を取り違えた。',
      recurrence_prevention: '宛名ラベル貼付後のダブルチェックを手順に追加した。',
    },
    notices: [{ method: 'phone', daysAfterAware: 1, personCount: 1 }],
    submitted: [{ body: 'jipdec', stage: 'final', daysAfterAware: 20 }],
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

export const demoIncidentsSeeder: Seeder = {
  name: 'demo-incidents',
  async run(manager: EntityManager): Promise<void> {
    const clock = new Clock();
    const now = clock.now();
    const audit = new AuditService(manager.connection, clock);
    const companyId = demoId('company:gmo-tech');
    if (!(await manager.query('SELECT 1 FROM companies WHERE id = $1', [companyId])).length) return;
    let inserted = 0;
    for (const d of INCIDENTS) {
      const id = demoId(`incident:gmo-tech:${d.key}`);
      const reporter = demoId(`account:${d.reporter}`);
      const awareAt = new Date(now.getTime() - d.awareDaysAgo * DAY_MS);
      const after = (days: number) => new Date(awareAt.getTime() + days * DAY_MS);
      const { occurred_days_before: occurredDaysBefore, ...fields } = d.row as Record<string, unknown> & {
        occurred_days_before?: number;
      };
      const created = await insert(manager, 'incidents', {
        id,
        company_id: companyId,
        ...fields,
        occurred_at: occurredDaysBefore === undefined ? null : new Date(now.getTime() - occurredDaysBefore * DAY_MS),
        aware_at: awareAt,
        discovered_at: null,
        reporter_account_id: reporter,
        closed_at: fields.status === 'closed' ? after(30) : null,
        created_at: awareAt,
        updated_at: now,
        created_by: reporter,
        updated_by: reporter,
        version: 1,
      });
      if (!created) continue;
      inserted++;
      const event = (at: Date, kind: string, details: Record<string, unknown>, actor: string | null = reporter) =>
        insert(manager, 'incident_events', {
          id: demoId(`incident-event:${d.key}:${kind}:${at.getTime()}`),
          company_id: companyId,
          incident_id: id,
          at,
          actor_account_id: actor,
          kind,
          details,
          created_at: now,
        });
      await event(awareAt, 'created', { title: fields.title });
      for (const n of d.notes ?? []) await event(after(n.daysAfterAware), 'note', { text: n.text });
      for (const [i, n] of (d.notices ?? []).entries()) {
        await insert(manager, 'incident_notices', {
          id: demoId(`incident-notice:${d.key}:${i}`),
          company_id: companyId,
          incident_id: id,
          method: n.method,
          notified_at: after(n.daysAfterAware),
          person_count: n.personCount,
          notice_text: '電話にて、はがきの誤配達についてご説明し、お詫び申し上げた。',
          created_at: now,
          updated_at: now,
          created_by: reporter,
          updated_by: reporter,
          version: 1,
        });
        await event(after(n.daysAfterAware), 'notice_recorded', { method: n.method, personCount: n.personCount });
      }
      for (const s of d.submitted ?? []) {
        const content: ReportItems = prefillReport({
          summary: String(fields.summary),
          dataItems: (fields as { data_items?: string }).data_items ?? null,
          personCount: Number((fields as { person_count?: number }).person_count ?? 0),
          personCountEstimated: false,
          causeAnalysis: (fields as { cause_analysis?: string }).cause_analysis ?? null,
          secondaryHarm: null,
          publicationDecision: 'not_published',
          publicationNote: (fields as { publication_note?: string }).publication_note ?? null,
          recurrencePrevention: (fields as { recurrence_prevention?: string }).recurrence_prevention ?? null,
          noticeCount: d.notices?.length ?? 0,
          notifiedPersons: (d.notices ?? []).reduce((sum, n) => sum + n.personCount, 0),
          occurredAt: null,
          awareAt,
          discoveredAt: null,
        });
        const submittedAt = after(s.daysAfterAware);
        await insert(manager, 'incident_reports', {
          id: demoId(`incident-report:${d.key}:${s.body}:${s.stage}`),
          company_id: companyId,
          incident_id: id,
          body: s.body,
          stage: s.stage,
          content,
          submitted_at: submittedAt,
          submitted_by: reporter,
          snapshot: { submittedAt: submittedAt.toISOString(), submittedBy: reporter, content, facts: { ...fields } },
          created_at: now,
          updated_at: now,
          created_by: reporter,
          updated_by: reporter,
          version: 1,
        });
        await event(submittedAt, 'report_submitted', { body: s.body, stage: s.stage });
      }
      if (fields.status === 'closed') await event(after(30), 'status_changed', { from: 'reporting', to: 'closed' });
    }

    // The clocks become deadlines with reminders for the PMS managers and executives, as the service does.
    const deadlines = new DeadlinesService(clock, null as unknown as NotificationsService);
    for (const kind of DEADLINE_CLOCKS)
      deadlines.declareSource({ type: deadlineSourceType(kind), notifyOnAssign: false });
    const service = new IncidentsService(
      manager.connection,
      null as never,
      audit,
      deadlines,
      clock,
      null as never,
      null as never,
    );
    await service.resyncCompany(manager, companyId);

    if (inserted) {
      await audit.append(manager, {
        actor: SYSTEM_ACTOR,
        companyId,
        action: 'seed.applied',
        entityType: 'company',
        entityId: companyId,
        details: { seeder: 'demo-incidents', inserted: { incidents: inserted } },
      });
    }
  },
};
