import { Injectable, OnModuleInit, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { AttachmentsService } from '../../platform/attachments/attachments.service';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { Actor, actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { problems } from '../../platform/errors/problem';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { tokyoDate } from '../../platform/notifications/notification.rules';
import { DEFAULT_LIMIT, likeEscape, Page, PageQueryDto, pageOf } from '../../platform/pagination/pagination';
import { findScoped } from '../organization/scoped';
import {
  ArrangementDto,
  ArrangementQueryDto,
  ChangeArrangementDto,
  ChangePreviewDto,
  CreateArrangementDto,
  JointUseNoticeDto,
  NoticeVersionDto,
} from './dto/arrangement.dto';
import { JointUseArrangement } from './joint-use-arrangement.entity';
import { JointUseNoticeVersion } from './joint-use-notice-version.entity';
import { jointUseProblems } from './joint-use.errors';
import {
  classifyChange,
  decideChange,
  diffNotice,
  DirectoryCompany,
  groupReview,
  JointUser,
  jointUsersWithoutContract,
  LEGAL_BASIS_JA,
  missingNoticeItems,
  NOTICE_FIELDS,
  NoticeContent,
  NoticeLanguage,
  renderNotice,
} from './joint-use.rules';

/** Attachments of an arrangement: its signed joint-use contracts. */
export const CONTRACT_OWNER = 'joint_use_contract';

/** The deadline a change of the responsible party's details creates: publish it without delay. */
export const PUBLICATION_DEADLINE = 'joint_use.publication';

export function emptyContent(): NoticeContent {
  return {
    dataItemsJa: '',
    dataItemsEn: '',
    scopeDescriptionJa: '',
    scopeDescriptionEn: '',
    coversGroup: false,
    jointUsers: [],
    purposesJa: '',
    purposesEn: '',
    responsibleCompanyId: null,
    responsibleNameJa: '',
    responsibleNameEn: '',
    responsibleAddressJa: '',
    responsibleAddressEn: '',
    responsibleRepresentativeJa: '',
    responsibleRepresentativeEn: '',
    responsibleIsCorporation: true,
    acquisitionMethodJa: '',
    acquisitionMethodEn: '',
  };
}

/** The body's notice fields applied over the content (left-out fields keep their value). */
function applyContent(content: NoticeContent, dto: Partial<Record<keyof NoticeContent, unknown>>): NoticeContent {
  const next: NoticeContent = { ...content };
  for (const field of NOTICE_FIELDS) {
    const value = dto[field];
    if (value === undefined) continue;
    if (field === 'jointUsers') {
      next.jointUsers = (value as Partial<JointUser>[]).map((u) => ({
        companyId: u.companyId ?? null,
        name: (u.name ?? '').trim(),
        address: u.address ?? null,
        representative: u.representative ?? null,
        country: u.country ?? null,
        contractSignedOn: u.contractSignedOn ?? null,
        contractReference: u.contractReference ?? null,
      }));
    } else if (field === 'responsibleCompanyId') next.responsibleCompanyId = (value as string | null) ?? null;
    else if (field === 'coversGroup' || field === 'responsibleIsCorporation') next[field] = Boolean(value);
    else (next as unknown as Record<string, unknown>)[field] = value ?? '';
  }
  return next;
}

function auditView(a: Pick<JointUseArrangement, 'title' | 'status' | 'content' | 'currentVersionNo'>) {
  return { title: a.title, status: a.status, currentVersionNo: a.currentVersionNo, ...a.content };
}

@Injectable()
export class ArrangementsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly attachments: AttachmentsService,
  ) {}

  onModuleInit(): void {
    this.deadlines.declareSource({ type: PUBLICATION_DEADLINE, notifyOnAssign: true });
  }

  private today(): string {
    return tokyoDate(this.clock.now());
  }

  private async directory(manager: EntityManager): Promise<DirectoryCompany[]> {
    const rows: { id: string; name_ja: string }[] = await manager.query(
      'SELECT id, name_ja FROM companies ORDER BY name_ja, id',
    );
    return rows.map((r) => ({ id: r.id, nameJa: r.name_ja }));
  }

  private async latestVersion(manager: EntityManager, arrangementId: string): Promise<JointUseNoticeVersion | null> {
    return manager.findOne(JointUseNoticeVersion, { where: { arrangementId }, order: { versionNo: 'DESC' } });
  }

  private toDto(
    a: JointUseArrangement,
    latest: JointUseNoticeVersion | null,
    directory: DirectoryCompany[],
  ): ArrangementDto {
    return {
      id: a.id,
      companyId: a.companyId,
      title: a.title,
      status: a.status,
      legalBasis: LEGAL_BASIS_JA,
      ...a.content,
      currentVersionNo: a.currentVersionNo,
      publishedAt: a.publishedAt?.toISOString() ?? null,
      endedAt: a.endedAt?.toISOString() ?? null,
      pending: {
        kinds: a.pendingKinds,
        effectiveOn: a.pendingEffectiveOn,
        exception: a.pendingException,
        justification: a.pendingJustification,
        publishWithoutDelaySince: a.publishWithoutDelaySince?.toISOString() ?? null,
      },
      completeness: {
        missingItems: missingNoticeItems(a.content),
        jointUsersWithoutContract: jointUsersWithoutContract(a.content.jointUsers),
      },
      groupReview:
        a.status === 'ended'
          ? { needed: false, added: [], removed: [] }
          : groupReview(a.content.coversGroup, latest?.groupCompanies ?? null, directory),
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      version: a.version,
    };
  }

  private async load(
    auth: AuthContext,
    manager: EntityManager,
    id: string,
    action: 'read' | 'update' | 'delete',
    lock = false,
  ) {
    const row = await findScoped(
      manager,
      JointUseArrangement,
      id,
      this.access.scope(auth, 'joint_use', action),
      'companyId',
      lock,
    );
    if (!row) throw problems.notFound();
    return row;
  }

  private async assertCompaniesKnown(manager: EntityManager, content: NoticeContent): Promise<void> {
    const wanted: [string, string][] = [];
    if (content.responsibleCompanyId) wanted.push(['responsibleCompanyId', content.responsibleCompanyId]);
    content.jointUsers.forEach((u, i) => u.companyId && wanted.push([`jointUsers.${i}.companyId`, u.companyId]));
    if (!wanted.length) return;
    const ids = [...new Set(wanted.map(([, id]) => id))];
    const found: { id: string }[] = await manager.query('SELECT id FROM companies WHERE id = ANY($1::uuid[])', [ids]);
    const known = new Set(found.map((r) => r.id));
    const unknown = wanted.find(([, id]) => !known.has(id));
    if (unknown) throw jointUseProblems.companyUnknown(unknown[0]);
  }

  async list(auth: AuthContext, query: ArrangementQueryDto): Promise<Page<ArrangementDto>> {
    const scope = this.access.scope(auth, 'joint_use', 'read');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource.getRepository(JointUseArrangement).createQueryBuilder('a');
    if (!scope.all)
      qb.andWhere(scope.companyIds.length ? 'a.company_id IN (:...ids)' : 'false', { ids: scope.companyIds });
    if (query.companyId) qb.andWhere('a.company_id = :companyId', { companyId: query.companyId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.q) {
      qb.andWhere(
        "(a.title ILIKE :q OR a.content->>'scopeDescriptionJa' ILIKE :q OR a.content->>'dataItemsJa' ILIKE :q)",
        {
          q: `%${likeEscape(query.q.normalize('NFKC'))}%`,
        },
      );
    }
    const total = await qb.getCount();
    const rows = await qb
      .orderBy('a.title', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip(query.offset ?? 0)
      .take(limit)
      .getMany();
    const directory = await this.directory(this.dataSource.manager);
    const latest = rows.length
      ? await this.dataSource.manager
          .createQueryBuilder(JointUseNoticeVersion, 'v')
          .where('v.arrangement_id IN (:...ids)', { ids: rows.map((r) => r.id) })
          .andWhere(
            'v.version_no = (SELECT max(w.version_no) FROM joint_use_notice_versions w WHERE w.arrangement_id = v.arrangement_id)',
          )
          .getMany()
      : [];
    const byArrangement = new Map(latest.map((v) => [v.arrangementId, v]));
    const items = rows.map((r) => this.toDto(r, byArrangement.get(r.id) ?? null, directory));
    return { items, total, nextCursor: null };
  }

  async get(auth: AuthContext, id: string): Promise<ArrangementDto> {
    const manager = this.dataSource.manager;
    const a = await this.load(auth, manager, id, 'read');
    return this.toDto(a, await this.latestVersion(manager, id), await this.directory(manager));
  }

  async create(auth: AuthContext, dto: CreateArrangementDto): Promise<ArrangementDto> {
    const now = this.clock.now();
    const id = randomUUID();
    const content = applyContent(emptyContent(), dto);
    return this.dataSource.transaction(async (manager) => {
      await this.assertCompaniesKnown(manager, content);
      await manager.insert(JointUseArrangement, {
        id,
        companyId: dto.companyId,
        title: dto.title.trim(),
        status: 'draft',
        content,
        currentVersionNo: 0,
        pendingKinds: [],
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const created = await manager.findOneByOrFail(JointUseArrangement, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: created.companyId,
        action: 'joint_use_arrangement.created',
        entityType: 'joint_use_arrangement',
        entityId: id,
        changes: diffSnapshots(null, auditView(created)),
      });
      return this.toDto(created, null, await this.directory(manager));
    });
  }

  /** R-JU-03 for a change of `a` as the body describes it: the classification and the decision. */
  private assess(a: JointUseArrangement, latest: JointUseNoticeVersion | null, dto: ChangeArrangementDto) {
    const content = applyContent(a.content, dto);
    const publicationDate = this.today();
    if (a.status === 'draft' || !latest) {
      return {
        content,
        publicationDate,
        classification: { kinds: [], changedFields: [], verdict: 'none' as const },
        decision: { allowed: true as const, publishWithoutDelay: false, effectiveOn: null, exception: null },
      };
    }
    const classification = classifyChange(latest.content, content);
    const decision = decideChange(classification, {
      effectiveOn: dto.effectiveOn !== undefined ? dto.effectiveOn : a.pendingEffectiveOn,
      exception: dto.exception !== undefined ? dto.exception : a.pendingException,
      justification: dto.justification !== undefined ? dto.justification : a.pendingJustification,
      publicationDate,
    });
    return { content, publicationDate, classification, decision };
  }

  async preview(auth: AuthContext, id: string, dto: ChangeArrangementDto): Promise<ChangePreviewDto> {
    const manager = this.dataSource.manager;
    const a = await this.load(auth, manager, id, 'update');
    const { classification, decision, publicationDate } = this.assess(a, await this.latestVersion(manager, id), dto);
    return {
      kinds: classification.kinds,
      changedFields: classification.changedFields,
      verdict: classification.verdict,
      publicationDate,
      decision: decision.allowed
        ? {
            allowed: true,
            code: null,
            publishWithoutDelay: decision.publishWithoutDelay,
            effectiveOn: decision.effectiveOn,
          }
        : { allowed: false, code: decision.code, publishWithoutDelay: false, effectiveOn: null },
    };
  }

  async change(auth: AuthContext, id: string, dto: ChangeArrangementDto, version: number): Promise<ArrangementDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(auth, manager, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      if (before.status === 'ended') throw jointUseProblems.ended();
      const latest = await this.latestVersion(manager, id);
      const { content, classification, decision } = this.assess(before, latest, dto);
      if (!decision.allowed) throw jointUseProblems.changeRefused(decision.code, classification);
      await this.assertCompaniesKnown(manager, content);
      const now = this.clock.now();
      const pending = classification.kinds.length > 0;
      const needsPublication = pending && decision.publishWithoutDelay;
      const publishWithoutDelaySince = needsPublication ? (before.publishWithoutDelaySince ?? now) : null;
      const result = await manager
        .createQueryBuilder()
        .update(JointUseArrangement)
        .set({
          title: dto.title?.trim() ?? before.title,
          content,
          pendingKinds: classification.kinds,
          pendingEffectiveOn: pending ? decision.effectiveOn : null,
          pendingException: pending ? decision.exception : null,
          pendingJustification:
            pending && decision.exception ? (dto.justification ?? before.pendingJustification) : null,
          publishWithoutDelaySince,
          updatedAt: now,
          updatedBy: auth.accountId,
          version: () => 'version + 1',
        } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw problems.staleVersion();
      if (needsPublication && !before.publishWithoutDelaySince && auth.accountId) {
        await this.deadlines.upsert(manager, {
          sourceType: PUBLICATION_DEADLINE,
          sourceId: id,
          companyId: before.companyId,
          assigneeAccountId: auth.accountId,
          titleJa: `共同利用の通知を遅滞なく公表: ${before.title}`,
          titleEn: `Publish the joint-use notice without delay: ${before.title}`,
          dueOn: this.today(),
          link: `/joint-use/arrangements/${id}`,
        });
      } else if (!needsPublication && before.publishWithoutDelaySince) {
        await this.deadlines.complete(manager, PUBLICATION_DEADLINE, id);
      }
      const after = await manager.findOneByOrFail(JointUseArrangement, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: after.companyId,
        action: 'joint_use_arrangement.updated',
        entityType: 'joint_use_arrangement',
        entityId: id,
        changes: diffSnapshots(auditView(before), auditView(after)),
        details: pending
          ? { kinds: classification.kinds, effectiveOn: decision.effectiveOn, exception: decision.exception }
          : null,
      });
      return this.toDto(after, latest, await this.directory(manager));
    });
  }

  async publish(auth: AuthContext, id: string, version: number): Promise<ArrangementDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(auth, manager, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      if (before.status === 'ended') throw jointUseProblems.ended();
      const latest = await this.latestVersion(manager, id);
      const directory = await this.directory(manager);
      const missing = missingNoticeItems(before.content);
      if (missing.length) throw jointUseProblems.noticeIncomplete(missing);
      const withoutContract = jointUsersWithoutContract(before.content.jointUsers);
      if (withoutContract.length) throw jointUseProblems.contractMissing(withoutContract);
      const { classification, decision } = this.assess(before, latest, {} as ChangeArrangementDto);
      if (!decision.allowed) throw jointUseProblems.changeRefused(decision.code, classification);
      if (latest && classification.kinds.length === 0) {
        const review = groupReview(before.content.coversGroup, latest.groupCompanies, directory);
        if (!review.needed) throw jointUseProblems.nothingToPublish();
      }
      return this.insertVersion(manager, actorOf(auth), before, latest, directory, {
        origin: 'published',
        effectiveOn: decision.allowed ? decision.effectiveOn : null,
        kinds: classification.kinds,
      });
    });
  }

  /** Writes the next notice version and marks the arrangement published (also used by the demo import). */
  async insertVersion(
    manager: EntityManager,
    actor: Actor,
    before: JointUseArrangement,
    latest: JointUseNoticeVersion | null,
    directory: DirectoryCompany[],
    options: { origin: 'published' | 'imported'; effectiveOn: string | null; kinds: string[] },
  ): Promise<ArrangementDto> {
    const now = this.clock.now();
    const versionNo = before.currentVersionNo + 1;
    const versionId = randomUUID();
    await manager.insert(JointUseNoticeVersion, {
      id: versionId,
      companyId: before.companyId,
      arrangementId: before.id,
      versionNo,
      content: before.content,
      textJa: renderNotice(before.content, 'ja'),
      textEn: renderNotice(before.content, 'en'),
      publishedAt: now,
      effectiveOn: options.effectiveOn,
      changeKinds: options.kinds as never,
      exception: before.pendingException,
      justification: before.pendingJustification,
      missingItems: missingNoticeItems(before.content),
      groupCompanies: before.content.coversGroup ? directory : null,
      origin: options.origin,
      publishedBy: actor.accountId,
    });
    await manager
      .createQueryBuilder()
      .update(JointUseArrangement)
      .set({
        status: 'published',
        currentVersionNo: versionNo,
        publishedAt: now,
        pendingKinds: [],
        pendingEffectiveOn: null,
        pendingException: null,
        pendingJustification: null,
        publishWithoutDelaySince: null,
        updatedAt: now,
        updatedBy: actor.accountId,
        version: () => 'version + 1',
      } as never)
      .where('id = :id', { id: before.id })
      .execute();
    await this.deadlines.complete(manager, PUBLICATION_DEADLINE, before.id);
    const after = await manager.findOneByOrFail(JointUseArrangement, { id: before.id });
    await this.audit.append(manager, {
      actor,
      companyId: before.companyId,
      action: `joint_use_arrangement.${options.origin}`,
      entityType: 'joint_use_arrangement',
      entityId: before.id,
      changes: diffSnapshots(
        { status: before.status, currentVersionNo: before.currentVersionNo },
        { status: after.status, currentVersionNo: after.currentVersionNo },
      ),
      details: { versionNo, versionId, effectiveOn: options.effectiveOn, previousVersionNo: latest?.versionNo ?? null },
    });
    const version = await manager.findOneByOrFail(JointUseNoticeVersion, { id: versionId });
    return this.toDto(after, version, directory);
  }

  async end(auth: AuthContext, id: string, version: number): Promise<ArrangementDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(auth, manager, id, 'update', true);
      if (before.version !== version) throw problems.staleVersion();
      if (before.status !== 'published')
        throw before.status === 'ended' ? jointUseProblems.ended() : jointUseProblems.notDraft();
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .update(JointUseArrangement)
        .set({
          status: 'ended',
          endedAt: now,
          updatedAt: now,
          updatedBy: auth.accountId,
          version: () => 'version + 1',
        } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      await this.deadlines.complete(manager, PUBLICATION_DEADLINE, id);
      const after = await manager.findOneByOrFail(JointUseArrangement, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: after.companyId,
        action: 'joint_use_arrangement.ended',
        entityType: 'joint_use_arrangement',
        entityId: id,
        changes: diffSnapshots({ status: before.status }, { status: after.status }),
      });
      return this.toDto(after, await this.latestVersion(manager, id), await this.directory(manager));
    });
  }

  /** Only a draft can be deleted: what was published stays on record (R-JU-04). */
  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.load(auth, manager, id, 'delete', true);
      if (before.version !== version) throw problems.staleVersion();
      if (before.status !== 'draft') throw jointUseProblems.notDraft();
      await manager.delete(JointUseArrangement, { id, version });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: before.companyId,
        action: 'joint_use_arrangement.deleted',
        entityType: 'joint_use_arrangement',
        entityId: id,
        changes: diffSnapshots(auditView(before), null),
      });
    });
  }

  async notice(auth: AuthContext, id: string, lang: NoticeLanguage): Promise<JointUseNoticeDto> {
    const manager = this.dataSource.manager;
    await this.load(auth, manager, id, 'read');
    const latest = await this.latestVersion(manager, id);
    if (!latest) throw jointUseProblems.notPublished();
    return {
      arrangementId: id,
      versionNo: latest.versionNo,
      lang,
      text: lang === 'en' ? latest.textEn : latest.textJa,
      publishedAt: latest.publishedAt.toISOString(),
      effectiveOn: latest.effectiveOn,
    };
  }

  /** Signed joint-use contracts (R-JU-02) kept with the arrangement, through the platform attachments. */
  async contracts(auth: AuthContext, id: string): Promise<AttachmentDto[]> {
    const manager = this.dataSource.manager;
    await this.load(auth, manager, id, 'read');
    return this.attachments.list(manager, CONTRACT_OWNER, id);
  }

  async addContract(auth: AuthContext, id: string, fileName: string | undefined, body: Buffer): Promise<AttachmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const a = await this.load(auth, manager, id, 'update');
      return this.attachments.store(manager, auth, {
        companyId: a.companyId,
        ownerType: CONTRACT_OWNER,
        ownerId: id,
        fileName,
        body,
      });
    });
  }

  async contractFile(auth: AuthContext, id: string, attachmentId: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    await this.load(auth, manager, id, 'read');
    return this.attachments.file(await this.attachments.get(manager, CONTRACT_OWNER, id, attachmentId));
  }

  async versions(auth: AuthContext, id: string, query: PageQueryDto): Promise<Page<NoticeVersionDto>> {
    const manager = this.dataSource.manager;
    await this.load(auth, manager, id, 'read');
    const all = await manager.find(JointUseNoticeVersion, {
      where: { arrangementId: id },
      order: { versionNo: 'ASC' },
    });
    const dtos = all
      .map((v, i) => ({
        id: v.id,
        versionNo: v.versionNo,
        publishedAt: v.publishedAt.toISOString(),
        effectiveOn: v.effectiveOn,
        origin: v.origin,
        changeKinds: v.changeKinds,
        exception: v.exception,
        justification: v.justification,
        missingItems: v.missingItems,
        textJa: v.textJa,
        textEn: v.textEn,
        diff: diffNotice(i > 0 ? all[i - 1].content : null, v.content),
      }))
      .reverse();
    return pageOf(dtos, query);
  }
}
