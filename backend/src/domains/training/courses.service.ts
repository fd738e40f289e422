import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { Attachment } from '../../platform/attachments/attachment.entity';
import { AttachmentsService } from '../../platform/attachments/attachments.service';
import { scopeIncludes } from '../../platform/access/permissions';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { definedOnly, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import { DEFAULT_LIMIT, Page, SqlConditions } from '../../platform/pagination/pagination';
import { findScoped } from '../organization/scoped';
import { CourseContent, TrainingCourseVersion } from './course-version.entity';
import { TrainingCourse } from './course.entity';
import {
  CourseDto,
  CourseListQueryDto,
  CourseSummaryDto,
  CourseVersionSummaryDto,
  CreateCourseDto,
  QuizQuestionInputDto,
  UpdateCourseDto,
} from './dto/course.dto';
import { courseAuditSnapshot, toCourseDto, toCourseSummaryDto } from './mappers';
import { trainingProblems } from './training.errors';
import { missingTopics, QuizQuestion, quizErrors } from './training.rules';

const shortId = () => randomUUID().replace(/-/g, '').slice(0, 12);

/** Ids for new questions and options; the ones an editor sends back are kept. */
export function normalizeQuiz(questions: QuizQuestionInputDto[]): QuizQuestion[] {
  return questions.map((q) => ({
    id: q.id ?? `q${shortId()}`,
    kind: q.kind,
    textJa: q.textJa,
    textEn: q.textEn,
    options: q.options.map((o) => ({
      id: o.id ?? `o${shortId()}`,
      textJa: o.textJa,
      textEn: o.textEn,
      correct: o.correct,
    })),
  }));
}

/** Owner type of a course's files (platform attachments); a version lists the ones it was published with. */
export const COURSE_FILES = 'training_course';

function contentOf(c: TrainingCourse): CourseContent {
  return {
    titleJa: c.titleJa,
    titleEn: c.titleEn,
    bodyJa: c.bodyJa,
    bodyEn: c.bodyEn,
    videoUrls: c.videoUrls,
    topics: c.topics,
    annual: c.annual,
    questions: c.questions,
    passMark: c.passMark,
    pledgeJa: c.pledgeJa,
    pledgeEn: c.pledgeEn,
  };
}

/** R-ED-02 and the quiz's shape, checked on every save. */
function check(content: Pick<CourseContent, 'questions' | 'annual' | 'topics'>) {
  const errors = quizErrors(content.questions);
  if (errors.length) throw problems.validation(errors);
  if (content.annual) {
    const missing = missingTopics(content.topics);
    if (missing.length) throw trainingProblems.topicsIncomplete(missing);
  }
}

/**
 * Courses: drafts are edited in place; publishing freezes the content as version 1, and every later edit
 * of a published course is published at once as the next version (attestations keep theirs).
 */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: AttachmentsService,
  ) {}

  private async load(manager: EntityManager, auth: AuthContext, id: string, action: 'read' | 'update' | 'delete') {
    const course = await findScoped(
      manager,
      TrainingCourse,
      id,
      this.access.scope(auth, 'training_course', action),
      'companyId',
      action !== 'read',
    );
    if (!course) throw problems.notFound();
    return course;
  }

  async list(auth: AuthContext, query: CourseListQueryDto): Promise<Page<CourseSummaryDto>> {
    const scope = this.access.scope(auth, 'training_course', 'read');
    const c = new SqlConditions();
    if (!scope.all) c.add(`company_id = ANY(${c.p(scope.companyIds)}::uuid[])`);
    if (query.companyId) c.add(`company_id = ${c.p(query.companyId)}`);
    if (query.status) c.add(`status = ${c.p(query.status)}`);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM training_courses ${c.where()}`,
      c.params,
    );
    const limit = query.limit ?? DEFAULT_LIMIT;
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM training_courses ${c.where()} ORDER BY updated_at DESC, id LIMIT ${c.p(limit)} OFFSET ${c.p(query.offset ?? 0)}`,
      c.params,
    );
    const rows = ids.length
      ? await this.dataSource.manager.findBy(TrainingCourse, { id: In(ids.map((r) => r.id)) })
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { items: ids.map((r) => toCourseSummaryDto(byId.get(r.id)!)), total, nextCursor: null };
  }

  async get(auth: AuthContext, id: string): Promise<CourseDto> {
    return toCourseDto(await this.load(this.dataSource.manager, auth, id, 'read'));
  }

  async create(auth: AuthContext, dto: CreateCourseDto): Promise<CourseDto> {
    if (!scopeIncludes(this.access.scope(auth, 'training_course', 'create'), dto.companyId)) throw problems.notFound();
    const questions = normalizeQuiz(dto.questions);
    const annual = dto.annual ?? false;
    check({ questions, annual, topics: dto.topics });
    const now = this.clock.now();
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(TrainingCourse, {
        id,
        companyId: dto.companyId,
        titleJa: dto.titleJa,
        titleEn: dto.titleEn,
        bodyJa: dto.bodyJa,
        bodyEn: dto.bodyEn,
        videoUrls: dto.videoUrls ?? [],
        topics: [...new Set(dto.topics)],
        annual,
        questions,
        passMark: dto.passMark,
        pledgeJa: dto.pledgeJa,
        pledgeEn: dto.pledgeEn,
        status: 'draft',
        publishedVersion: 0,
        currentVersionId: null,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const created = toCourseDto(await manager.findOneByOrFail(TrainingCourse, { id }));
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: dto.companyId,
        action: 'training_course.created',
        entityType: 'training_course',
        entityId: id,
        changes: diffSnapshots(null, courseAuditSnapshot(created)),
      });
      return created;
    });
  }

  /** Freezes the course's current content as its next version. */
  private async snapshot(manager: EntityManager, auth: AuthContext, course: TrainingCourse): Promise<void> {
    const versionId = randomUUID();
    const versionNo = course.publishedVersion + 1;
    await manager.insert(TrainingCourseVersion, {
      id: versionId,
      companyId: course.companyId,
      courseId: course.id,
      versionNo,
      content: { ...contentOf(course), attachments: await this.files.list(manager, COURSE_FILES, course.id) },
      publishedAt: this.clock.now(),
      publishedBy: auth.accountId,
    });
    await manager.query(
      `UPDATE training_courses SET status = 'published', published_version = $2, current_version_id = $3 WHERE id = $1`,
      [course.id, versionNo, versionId],
    );
    await this.audit.append(manager, {
      actor: actorOf(auth),
      companyId: course.companyId,
      action: 'training_course.published',
      entityType: 'training_course',
      entityId: course.id,
      details: { versionNo, versionId },
    });
  }

  async update(auth: AuthContext, id: string, dto: UpdateCourseDto, version: number): Promise<CourseDto> {
    const { version: _v, questions, ...rest } = dto;
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, auth, id, 'update');
      if (before.version !== version) throw problems.staleVersion();
      const patch: Partial<TrainingCourse> = definedOnly({
        ...rest,
        topics: rest.topics ? [...new Set(rest.topics)] : undefined,
        questions: questions ? normalizeQuiz(questions) : undefined,
      }) as Partial<TrainingCourse>;
      const merged = { ...before, ...patch } as TrainingCourse;
      check(merged);
      await updateVersioned(manager, TrainingCourse, id, version, patch, actorOf(auth), this.clock.now());
      const saved = await manager.findOneByOrFail(TrainingCourse, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'training_course.updated',
        entityType: 'training_course',
        entityId: id,
        changes: diffSnapshots(courseAuditSnapshot(toCourseDto(before)), courseAuditSnapshot(toCourseDto(saved))),
      });
      // A published course is never changed under the people who took it: the edit is the next version.
      if (before.status === 'published') await this.snapshot(manager, auth, saved);
      return toCourseDto(await manager.findOneByOrFail(TrainingCourse, { id }));
    });
  }

  async publish(auth: AuthContext, id: string, version: number): Promise<CourseDto> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.load(manager, auth, id, 'update');
      if (course.version !== version) throw problems.staleVersion();
      if (course.status === 'published') throw trainingProblems.alreadyPublished();
      check(course);
      await updateVersioned(manager, TrainingCourse, id, version, {}, actorOf(auth), this.clock.now());
      await this.snapshot(manager, auth, course);
      return toCourseDto(await manager.findOneByOrFail(TrainingCourse, { id }));
    });
  }

  /** Only a draft that was never published may be deleted; published courses stay with their versions. */
  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const course = await this.load(manager, auth, id, 'delete');
      if (course.version !== version) throw problems.staleVersion();
      if (course.publishedVersion > 0) throw trainingProblems.courseInUse();
      for (const file of await manager.findBy(Attachment, { ownerType: COURSE_FILES, ownerId: id })) {
        await this.files.remove(manager, auth, file);
      }
      await manager.delete(TrainingCourse, { id, version });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: course.companyId,
        action: 'training_course.deleted',
        entityType: 'training_course',
        entityId: id,
        changes: diffSnapshots(courseAuditSnapshot(toCourseDto(course)), null),
      });
    });
  }

  /** The course's files (reading material), oldest first. */
  async attachments(auth: AuthContext, id: string): Promise<AttachmentDto[]> {
    const manager = this.dataSource.manager;
    await this.load(manager, auth, id, 'read');
    return this.files.list(manager, COURSE_FILES, id);
  }

  /**
   * Adds a file to the course. Files are part of the content: on a published course the upload is
   * published at once as the next version, like any other edit, so a version's files never change.
   */
  async attach(auth: AuthContext, id: string, fileName: string | undefined, body: Buffer): Promise<AttachmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.load(manager, auth, id, 'update');
      const stored = await this.files.store(manager, auth, {
        companyId: course.companyId,
        ownerType: COURSE_FILES,
        ownerId: id,
        fileName,
        body,
      });
      if (course.status === 'published') {
        await updateVersioned(manager, TrainingCourse, id, course.version, {}, actorOf(auth), this.clock.now());
        await this.snapshot(manager, auth, course);
      }
      return stored;
    });
  }

  async download(auth: AuthContext, id: string, attachmentId: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    await this.load(manager, auth, id, 'read');
    return this.files.file(await this.files.get(manager, COURSE_FILES, id, attachmentId));
  }

  async versions(auth: AuthContext, id: string): Promise<{ items: CourseVersionSummaryDto[] }> {
    await this.load(this.dataSource.manager, auth, id, 'read');
    const rows = await this.dataSource.manager.find(TrainingCourseVersion, {
      where: { courseId: id },
      order: { versionNo: 'DESC' },
    });
    return {
      items: rows.map((v) => ({
        id: v.id,
        versionNo: v.versionNo,
        publishedAt: v.publishedAt.toISOString(),
        titleJa: v.content.titleJa,
        titleEn: v.content.titleEn,
      })),
    };
  }
}
