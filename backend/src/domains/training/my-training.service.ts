import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { scopeIncludes } from '../../platform/access/permissions';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { AttachmentsService } from '../../platform/attachments/attachments.service';
import { AuditService } from '../../platform/audit/audit.service';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { problems } from '../../platform/errors/problem';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { tokyoDate } from '../../platform/notifications/notification.rules';
import { TrainingAssignment } from './assignment.entity';
import { TrainingAttempt } from './attempt.entity';
import { TrainingCampaign } from './campaign.entity';
import { ASSIGNMENT_SOURCE, DEPARTMENT_SOURCE } from './campaigns.service';
import { TrainingCourseVersion } from './course-version.entity';
import { COURSE_FILES } from './courses.service';
import { TrainingCourse } from './course.entity';
import {
  AttemptResultDto,
  AttestationDto,
  MyAssignmentDetailDto,
  MyAssignmentDto,
  MyAssignmentListDto,
  SubmitAttemptDto,
} from './dto/me.dto';
import { trainingProblems } from './training.errors';
import {
  answerErrors,
  assignmentState,
  AssignmentStatus,
  attemptRefusal,
  grade,
  shuffleQuiz,
  withoutAnswers,
} from './training.rules';

interface MineRow {
  id: string;
  campaign_id: string;
  title_ja: string;
  title_en: string;
  kind: 'regular' | 'makeup';
  status: AssignmentStatus;
  due_on: string;
  attempts: number;
  best_score: number | null;
  passed_at: Date | null;
  attestation_id: string | null;
}

/**
 * "My training": a person's own assignments, the course without its answers, the quiz graded here, and
 * the attestation. Anyone else's assignment answers 404.
 */
@Injectable()
export class MyTrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly files: AttachmentsService,
  ) {}

  private toDto(r: MineRow, today: string): MyAssignmentDto {
    return {
      id: r.id,
      campaignId: r.campaign_id,
      titleJa: r.title_ja,
      titleEn: r.title_en,
      kind: r.kind,
      state: assignmentState(r.status, r.due_on, today),
      dueOn: r.due_on,
      attempts: r.attempts,
      bestScore: r.best_score,
      passedAt: r.passed_at ? r.passed_at.toISOString() : null,
      attestationId: r.attestation_id,
    };
  }

  private rows(personId: string, id?: string): Promise<MineRow[]> {
    return this.dataSource.query(
      `SELECT a.id, a.campaign_id, k.title_ja, k.title_en, a.kind, a.status, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
              a.attempts, a.best_score, a.passed_at,
              (SELECT t.id FROM training_attempts t WHERE t.assignment_id = a.id AND t.passed LIMIT 1) AS attestation_id
       FROM training_assignments a JOIN training_campaigns k ON k.id = a.campaign_id
       WHERE a.person_id = $1 AND ($2::uuid IS NULL OR a.id = $2) AND (a.status <> 'withdrawn' OR $2::uuid IS NOT NULL)
       ORDER BY (a.status = 'assigned') DESC, a.due_on, a.id`,
      [personId, id ?? null],
    );
  }

  async list(auth: AuthContext): Promise<MyAssignmentListDto> {
    const today = tokyoDate(this.clock.now());
    const items = (await this.rows(auth.personId)).map((r) => this.toDto(r, today));
    return { items, total: items.length };
  }

  /** One of the caller's own assignments and the course version they read for it (404 otherwise). */
  private async reading(auth: AuthContext, id: string) {
    const [row] = await this.rows(auth.personId, id);
    if (!row) throw problems.notFound();
    const campaign = await this.dataSource.manager.findOneByOrFail(TrainingCampaign, { id: row.campaign_id });
    const course = await this.dataSource.manager.findOneByOrFail(TrainingCourse, { id: campaign.courseId });
    const version = await this.dataSource.manager.findOneByOrFail(TrainingCourseVersion, {
      id: course.currentVersionId!,
    });
    return { row, course, version };
  }

  /** The files of the version the caller reads, as it was published. */
  async attachments(auth: AuthContext, id: string): Promise<AttachmentDto[]> {
    const { version } = await this.reading(auth, id);
    return version.content.attachments ?? [];
  }

  /** A file of that version only: another course's file, or one added in a later version, is 404. */
  async download(auth: AuthContext, id: string, attachmentId: string): Promise<StreamableFile> {
    const { course, version } = await this.reading(auth, id);
    if (!(version.content.attachments ?? []).some((a) => a.id === attachmentId)) throw problems.notFound();
    return this.files.file(await this.files.get(this.dataSource.manager, COURSE_FILES, course.id, attachmentId));
  }

  async get(auth: AuthContext, id: string): Promise<MyAssignmentDetailDto> {
    const { row, version } = await this.reading(auth, id);
    const history: { id: string; score: number; passed: boolean; submitted_at: Date }[] = await this.dataSource.query(
      'SELECT id, score, passed, submitted_at FROM training_attempts WHERE assignment_id = $1 ORDER BY submitted_at',
      [id],
    );
    const c = version.content;
    return {
      ...this.toDto(row, tokyoDate(this.clock.now())),
      course: {
        versionId: version.id,
        versionNo: version.versionNo,
        titleJa: c.titleJa,
        titleEn: c.titleEn,
        bodyJa: c.bodyJa,
        bodyEn: c.bodyEn,
        videoUrls: c.videoUrls,
        passMark: c.passMark,
        pledgeJa: c.pledgeJa,
        pledgeEn: c.pledgeEn,
        attachments: c.attachments ?? [],
        // A new order for every try; never the correct options.
        questions: shuffleQuiz(withoutAnswers(c.questions), `${id}:${row.attempts}`),
      },
      history: history.map((h) => ({
        id: h.id,
        score: h.score,
        passed: h.passed,
        submittedAt: h.submitted_at.toISOString(),
      })),
    };
  }

  async submit(auth: AuthContext, id: string, dto: SubmitAttemptDto, ip: string | null): Promise<AttemptResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(TrainingAssignment, {
        where: { id, personId: auth.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!assignment) throw problems.notFound();
      const refusal = attemptRefusal(assignment.status);
      if (refusal === 'ALREADY_PASSED') throw trainingProblems.alreadyPassed();
      if (refusal === 'WITHDRAWN') throw trainingProblems.withdrawn();
      const campaign = await manager.findOneByOrFail(TrainingCampaign, { id: assignment.campaignId });
      const course = await manager.findOneByOrFail(TrainingCourse, { id: campaign.courseId });
      if (dto.courseVersionId !== course.currentVersionId) throw trainingProblems.versionMismatch();
      const version = await manager.findOneByOrFail(TrainingCourseVersion, { id: dto.courseVersionId });
      const content = version.content;
      const errors = answerErrors(content.questions, dto.answers);
      if (errors.length) throw problems.validation(errors);
      if (!dto.pledgeAccepted) throw trainingProblems.pledgeRequired();
      const result = grade(content.questions, dto.answers, content.passMark);
      const now = this.clock.now();
      const attemptId = randomUUID();
      await manager.insert(TrainingAttempt, {
        id: attemptId,
        companyId: assignment.companyId,
        assignmentId: id,
        personId: auth.personId,
        courseVersionId: version.id,
        annual: content.annual,
        answers: dto.answers.map((a) => ({ questionId: a.questionId, optionIds: a.optionIds })),
        score: result.score,
        passMark: content.passMark,
        passed: result.passed,
        pledgeText: result.passed ? content.pledgeJa + '\n\n' + content.pledgeEn : null,
        ip: ip ? ip.slice(0, 64) : null,
        accountId: auth.accountId,
        submittedAt: now,
      });
      await manager.query(
        `UPDATE training_assignments SET attempts = attempts + 1, best_score = GREATEST(coalesce(best_score, 0), $2),
                status = CASE WHEN $3 THEN 'passed' ELSE status END, passed_at = CASE WHEN $3 THEN $4 ELSE passed_at END,
                updated_at = $4, updated_by = $5, version = version + 1
         WHERE id = $1`,
        [id, result.score, result.passed, now, auth.accountId],
      );
      if (result.passed) await this.afterPass(manager, assignment, now, auth.accountId);
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: assignment.companyId,
        action: result.passed ? 'training_attempt.passed' : 'training_attempt.failed',
        entityType: 'training_attempt',
        entityId: attemptId,
        details: {
          assignmentId: id,
          campaignId: assignment.campaignId,
          courseVersionId: version.id,
          score: result.score,
          passMark: content.passMark,
        },
      });
      const chosen = new Map(dto.answers.map((a) => [a.questionId, new Set(a.optionIds)]));
      return {
        id: attemptId,
        score: result.score,
        passMark: content.passMark,
        passed: result.passed,
        correct: result.correct,
        total: result.total,
        submittedAt: now.toISOString(),
        attestationId: result.passed ? attemptId : null,
        results: content.questions.map((q) => {
          const right = q.options.filter((o) => o.correct).map((o) => o.id);
          const picked = chosen.get(q.id) ?? new Set<string>();
          return { questionId: q.id, correct: right.length === picked.size && right.every((o) => picked.has(o)) };
        }),
      };
    });
  }

  /**
   * A pass ends the person's reminders; a make-up's pass completes the regular assignment too; the
   * department manager's reminder ends when the department has nobody left open.
   */
  private async afterPass(manager: EntityManager, a: TrainingAssignment, now: Date, accountId: string) {
    await this.deadlines.complete(manager, ASSIGNMENT_SOURCE, a.id);
    const [others]: [{ id: string }[], number] = await manager.query(
      `UPDATE training_assignments SET status = 'passed', passed_at = $3, updated_at = $3, updated_by = $4, version = version + 1
       WHERE campaign_id = $1 AND person_id = $2 AND status = 'assigned' RETURNING id`,
      [a.campaignId, a.personId, now, accountId],
    );
    for (const o of others) await this.deadlines.complete(manager, ASSIGNMENT_SOURCE, o.id);
    if (!a.departmentId) return;
    const [{ open }] = await manager.query(
      `SELECT count(*)::int AS open FROM training_assignments WHERE campaign_id = $1 AND department_id = $2 AND status = 'assigned'`,
      [a.campaignId, a.departmentId],
    );
    if (open) return;
    const managers: { id: string }[] = await manager.query(
      'SELECT acc.id FROM accounts acc JOIN people p ON p.id = acc.person_id WHERE p.department_id = $1',
      [a.departmentId],
    );
    for (const m of managers) await this.deadlines.remove(manager, DEPARTMENT_SOURCE, a.campaignId, m.id);
  }

  /** The attestation (a passed attempt): its person, or those who may read the campaign's records. */
  async attestation(auth: AuthContext, id: string): Promise<AttestationDto> {
    const [r]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.id, t.person_id, t.company_id, p.family_name, p.given_name, p.employee_number, co.name_ja, co.name_en,
              k.title_ja AS campaign_title_ja, k.title_en AS campaign_title_en, v.content->>'titleJa' AS course_title_ja,
              v.content->>'titleEn' AS course_title_en, v.id AS version_id, v.version_no, t.score, t.pass_mark, t.submitted_at,
              t.pledge_text, t.ip
       FROM training_attempts t JOIN people p ON p.id = t.person_id JOIN companies co ON co.id = t.company_id
       JOIN training_assignments a ON a.id = t.assignment_id JOIN training_campaigns k ON k.id = a.campaign_id
       JOIN training_course_versions v ON v.id = t.course_version_id
       WHERE t.id = $1 AND t.passed`,
      [id],
    );
    if (!r) throw problems.notFound();
    const own = r.person_id === auth.personId;
    if (!own && !scopeIncludes(this.access.scope(auth, 'training_campaign', 'read'), r.company_id as string))
      throw problems.notFound();
    return {
      id: r.id as string,
      personId: r.person_id as string,
      familyName: r.family_name as string,
      givenName: r.given_name as string,
      employeeNumber: r.employee_number as string,
      companyNameJa: r.name_ja as string,
      companyNameEn: r.name_en as string,
      campaignTitleJa: r.campaign_title_ja as string,
      campaignTitleEn: r.campaign_title_en as string,
      courseTitleJa: r.course_title_ja as string,
      courseTitleEn: r.course_title_en as string,
      courseVersionId: r.version_id as string,
      courseVersionNo: r.version_no as number,
      score: r.score as number,
      passMark: r.pass_mark as number,
      submittedAt: (r.submitted_at as Date).toISOString(),
      pledgeText: r.pledge_text as string | null,
      ip: r.ip as string | null,
    };
  }
}
