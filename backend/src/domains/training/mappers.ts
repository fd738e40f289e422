import type { TrainingCampaign } from './campaign.entity';
import type { TrainingCourse } from './course.entity';
import type { CampaignCountsDto, CampaignDto } from './dto/campaign.dto';
import type { CourseDto, CourseSummaryDto } from './dto/course.dto';

/** One mapping function per response shape: entities never leave the backend. */

export function toCourseSummaryDto(c: TrainingCourse): CourseSummaryDto {
  return {
    id: c.id,
    companyId: c.companyId,
    titleJa: c.titleJa,
    titleEn: c.titleEn,
    topics: c.topics,
    annual: c.annual,
    status: c.status,
    publishedVersion: c.publishedVersion,
    questionCount: c.questions.length,
    passMark: c.passMark,
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

export function toCourseDto(c: TrainingCourse): CourseDto {
  return {
    ...toCourseSummaryDto(c),
    bodyJa: c.bodyJa,
    bodyEn: c.bodyEn,
    videoUrls: c.videoUrls,
    questions: c.questions,
    pledgeJa: c.pledgeJa,
    pledgeEn: c.pledgeEn,
    currentVersionId: c.currentVersionId,
    createdAt: c.createdAt.toISOString(),
  };
}

/** The audit snapshot of a course: the content fields, the quiz reduced to a count. */
export function courseAuditSnapshot(c: CourseDto): Record<string, unknown> {
  const { questions, createdAt: _c, updatedAt: _u, ...rest } = c;
  return { ...rest, questionCount: questions.length };
}

export function toCampaignDto(
  c: TrainingCampaign,
  course: { titleJa: string; titleEn: string },
  counts: CampaignCountsDto,
): CampaignDto {
  return {
    id: c.id,
    companyId: c.companyId,
    titleJa: c.titleJa,
    titleEn: c.titleEn,
    courseId: c.courseId,
    courseTitleJa: course.titleJa,
    courseTitleEn: course.titleEn,
    audience: c.audience,
    windowStart: c.windowStart,
    windowEnd: c.windowEnd,
    dueOn: c.dueOn,
    reminders: c.reminders,
    status: c.status,
    counts,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}
