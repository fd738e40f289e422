import { randomUUID } from 'node:crypto';
import type { Factory } from './factories';

/** A valid annual course body for `POST /api/v1/training/courses`. */
export function trainingCourseBody(companyId: string) {
  return {
    companyId,
    titleJa: '個人情報保護教育',
    titleEn: 'Privacy training',
    bodyJa: '方針',
    bodyEn: 'Policy',
    topics: ['policy', 'importance', 'roles', 'consequences'],
    annual: true,
    passMark: 80,
    pledgeJa: '遵守します。',
    pledgeEn: 'I will comply.',
    questions: [
      {
        kind: 'single',
        textJa: '問',
        textEn: 'Q',
        options: [
          { textJa: 'はい', textEn: 'Yes', correct: true },
          { textJa: 'いいえ', textEn: 'No', correct: false },
        ],
      },
    ],
  };
}

const QUESTIONS = JSON.stringify([
  {
    id: 'q1',
    kind: 'single',
    textJa: '問',
    textEn: 'Q',
    options: [
      { id: 'a', textJa: 'はい', textEn: 'Yes', correct: true },
      { id: 'b', textJa: 'いいえ', textEn: 'No', correct: false },
    ],
  },
]);

/** A draft course, a published course with its version, and a campaign on it, straight into the tables. */
export async function insertTraining(f: Factory, companyId: string) {
  const trainingCourseId = randomUUID();
  const publishedCourseId = randomUUID();
  const versionId = randomUUID();
  const trainingCampaignId = randomUUID();
  const insertCourse = (id: string, status: string, published: number, current: string | null) =>
    f.db.query(
      `INSERT INTO training_courses (id, company_id, title_ja, title_en, body_ja, body_en, video_urls, topics, annual, questions, pass_mark,
                                     pledge_ja, pledge_en, status, published_version, current_version_id, created_at, updated_at, version)
       VALUES ($1, $2, '教育', 'Training', '本文', 'Body', '[]', '["policy","importance","roles","consequences"]', true, $3::jsonb, 80,
               '遵守します。', 'I will comply.', $4, $5, $6, now(), now(), 1)`,
      [id, companyId, QUESTIONS, status, published, current],
    );
  await insertCourse(trainingCourseId, 'draft', 0, null);
  await insertCourse(publishedCourseId, 'draft', 0, null);
  await f.db.query(
    `INSERT INTO training_course_versions (id, company_id, course_id, version_no, content, published_at)
     SELECT $1, company_id, id, 1, jsonb_build_object('titleJa', title_ja, 'titleEn', title_en, 'bodyJa', body_ja, 'bodyEn', body_en,
            'videoUrls', video_urls, 'topics', topics, 'annual', annual, 'questions', questions, 'passMark', pass_mark,
            'pledgeJa', pledge_ja, 'pledgeEn', pledge_en), now()
     FROM training_courses WHERE id = $2`,
    [versionId, publishedCourseId],
  );
  await f.db.query(
    "UPDATE training_courses SET status = 'published', published_version = 1, current_version_id = $2 WHERE id = $1",
    [publishedCourseId, versionId],
  );
  await f.db.query(
    `INSERT INTO training_campaigns (id, company_id, title_ja, title_en, course_id, audience, window_start, window_end, due_on,
                                     reminders, status, created_at, updated_at, version)
     VALUES ($1, $2, '年次教育', 'Annual training', $3, $4::jsonb, '2026-04-01', '2027-03-31', '2026-12-31', true, 'open', now(), now(), 1)`,
    [
      trainingCampaignId,
      companyId,
      publishedCourseId,
      JSON.stringify({ companyIds: [companyId], departmentIds: [], employmentTypes: [] }),
    ],
  );
  return { trainingCourseId, publishedCourseId, trainingCampaignId };
}
