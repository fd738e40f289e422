import type { EntityManager } from 'typeorm';
import { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-context';
import { Clock } from '../platform/auth/clock';
import { addDays, tokyoDate } from '../platform/notifications/notification.rules';
import { demoId } from './demo-organization.seeder';
import type { Seeder } from './seeder';

const QUESTIONS = [
  {
    id: 'q1',
    kind: 'single',
    textJa: '個人情報保護方針を定め、公表しているのは誰ですか。',
    textEn: 'Who sets and publishes the privacy policy?',
    options: [
      { id: 'a', textJa: 'トップマネジメント（代表者）', textEn: 'Top management', correct: true },
      { id: 'b', textJa: '各従業者', textEn: 'Each member of staff', correct: false },
      { id: 'c', textJa: '委託先', textEn: 'Subcontractors', correct: false },
    ],
  },
  {
    id: 'q2',
    kind: 'multiple',
    textJa: '個人情報の漏えいに気づいたときにすべきことをすべて選んでください。',
    textEn: 'Choose everything you do when you notice a leak of personal information.',
    options: [
      {
        id: 'a',
        textJa: '直ちに上長と個人情報保護管理者に報告する',
        textEn: 'Report to your manager and the PMS manager at once',
        correct: true,
      },
      { id: 'b', textJa: '事実と経緯を記録する', textEn: 'Record the facts and what happened', correct: true },
      {
        id: 'c',
        textJa: '自分で判断して削除し、報告しない',
        textEn: 'Delete it yourself and tell nobody',
        correct: false,
      },
    ],
  },
  {
    id: 'q3',
    kind: 'single',
    textJa: 'ルールに違反した場合に起こりうることは何ですか。',
    textEn: 'What may follow a violation of the rules?',
    options: [
      {
        id: 'a',
        textJa: '懲戒処分や会社の信用失墜',
        textEn: 'Disciplinary action and loss of trust in the company',
        correct: true,
      },
      { id: 'b', textJa: '特に何も起こらない', textEn: 'Nothing in particular', correct: false },
    ],
  },
];

const CONTENT = {
  titleJa: '2026年度 個人情報保護教育（年次）',
  titleEn: 'FY2026 annual privacy training',
  bodyJa:
    '# 個人情報保護方針\n当社の個人情報保護方針と、その12項目の約束を確認します。\n# 適合することの重要性と利点\n- お客様と取引先からの信頼\n- 事故の予防\n# 役割と責任\n- 個人情報保護管理者、部門責任者、従業者それぞれの役割\n# 違反した場合に予想される結果\n- 懲戒処分、損害賠償、Pマークの取消し',
  bodyEn:
    '# Privacy policy\nWe go through our privacy policy and its twelve commitments.\n# Why conforming matters\n- Trust of customers and partners\n- Preventing incidents\n# Roles and responsibilities\n- The PMS manager, department managers and every member of staff\n# Consequences of violations\n- Disciplinary action, damages, withdrawal of the PrivacyMark',
  videoUrls: ['https://video.example.jp/mamori/pms-2026'],
  topics: ['policy', 'importance', 'roles', 'consequences'],
  annual: true,
  questions: QUESTIONS,
  passMark: 80,
  pledgeJa: '私は、当社の個人情報保護方針及び関連規程を理解し、これを遵守することを誓約します。',
  pledgeEn: 'I understand and pledge to follow the privacy policy and the related rules of the company.',
};

/**
 * GMO TECH's FY2026 annual course and campaign: most of the staff have passed, some are open, a few
 * overdue, so the progress dashboard and the coverage list have something to show. Idempotent.
 */
export const demoTrainingSeeder: Seeder = {
  name: 'demo-training',
  async run(manager: EntityManager): Promise<void> {
    const clock = new Clock();
    const now = clock.now();
    const today = tokyoDate(now);
    const companyId = demoId('company:gmo-tech');
    const courseId = demoId('training-course:fy2026');
    const versionId = demoId('training-course-version:fy2026:1');
    const campaignId = demoId('training-campaign:fy2026');
    const [exists] = await manager.query('SELECT 1 FROM training_courses WHERE id = $1', [courseId]);
    const [company] = await manager.query('SELECT 1 FROM companies WHERE id = $1', [companyId]);
    if (exists || !company) return;
    await manager.query(
      `INSERT INTO training_courses (id, company_id, title_ja, title_en, body_ja, body_en, video_urls, topics, annual, questions, pass_mark,
                                     pledge_ja, pledge_en, status, published_version, current_version_id, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, true, $9::jsonb, $10, $11, $12, 'published', 1, $13, $14, $14, 1)`,
      [
        courseId,
        companyId,
        CONTENT.titleJa,
        CONTENT.titleEn,
        CONTENT.bodyJa,
        CONTENT.bodyEn,
        JSON.stringify(CONTENT.videoUrls),
        JSON.stringify(CONTENT.topics),
        JSON.stringify(QUESTIONS),
        CONTENT.passMark,
        CONTENT.pledgeJa,
        CONTENT.pledgeEn,
        versionId,
        now,
      ],
    );
    await manager.query(
      `INSERT INTO training_course_versions (id, company_id, course_id, version_no, content, published_at) VALUES ($1, $2, $3, 1, $4::jsonb, $5)`,
      [versionId, companyId, courseId, JSON.stringify(CONTENT), now],
    );
    const windowStart = addDays(today, -40);
    const dueOn = addDays(today, 14);
    await manager.query(
      `INSERT INTO training_campaigns (id, company_id, title_ja, title_en, course_id, audience, window_start, window_end, due_on, reminders,
                                       status, created_at, updated_at, version)
       VALUES ($1, $2, '2026年度 年次個人情報保護教育', 'FY2026 annual PMS training', $3, $4::jsonb, $5, $6, $7, true, 'open', $8, $8, 1)`,
      [
        campaignId,
        companyId,
        courseId,
        JSON.stringify({ companyIds: [companyId], departmentIds: [], employmentTypes: [] }),
        windowStart,
        addDays(today, 120),
        dueOn,
        now,
      ],
    );
    // Everyone active is assigned; the demo accounts' people keep theirs open, to try it out.
    await manager.query(
      `INSERT INTO training_assignments (id, company_id, campaign_id, person_id, department_id, employment_type, kind, status, due_on,
                                         attempts, notice_sent_at, created_at, updated_at, version)
       SELECT gen_random_uuid(), p.company_id, $1, p.id, p.department_id, p.employment_type, 'regular', 'assigned', $2, 0, $3, $3, $3, 1
       FROM people p WHERE p.company_id = $4 AND p.active`,
      [campaignId, dueOn, now, companyId],
    );
    // About two in three have passed (with their attestation), a few of the rest are past a make-up date.
    const passed: { id: string; person_id: string }[] = await manager.query(
      `SELECT a.id, a.person_id FROM training_assignments a JOIN people p ON p.id = a.person_id
       WHERE a.campaign_id = $1 AND NOT EXISTS (SELECT 1 FROM accounts acc WHERE acc.person_id = a.person_id)
       AND (hashtext(p.employee_number) % 3) <> 0`,
      [campaignId],
    );
    const answers = JSON.stringify([
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q2', optionIds: ['a', 'b'] },
      { questionId: 'q3', optionIds: ['a'] },
    ]);
    await manager.query(
      `INSERT INTO training_attempts (id, company_id, assignment_id, person_id, course_version_id, annual, answers, score, pass_mark, passed,
                                      pledge_text, ip, account_id, submitted_at)
       SELECT gen_random_uuid(), $2, a.id, a.person_id, $3, true, $4::jsonb, 100, 80, true, $5, NULL, NULL,
              $6::timestamptz - (abs(hashtext(a.id::text)) % 35) * interval '1 day'
       FROM training_assignments a WHERE a.id = ANY($1::uuid[])`,
      [passed.map((p) => p.id), companyId, versionId, answers, `${CONTENT.pledgeJa}\n\n${CONTENT.pledgeEn}`, now],
    );
    await manager.query(
      `UPDATE training_assignments a SET status = 'passed', attempts = 1, best_score = 100, passed_at = t.submitted_at
       FROM training_attempts t WHERE t.assignment_id = a.id AND a.id = ANY($1::uuid[])`,
      [passed.map((p) => p.id)],
    );
    await new AuditService(manager.connection, clock).append(manager, {
      actor: SYSTEM_ACTOR,
      companyId,
      action: 'training_campaign.created',
      entityType: 'training_campaign',
      entityId: campaignId,
      details: { seeded: true, passed: passed.length },
    });
  },
};
