import { ImprovementActionsService } from '../improvement-actions/improvement-actions.service';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { newToken, sha256Hex } from '../../platform/auth/tokens';
import { EntityManager } from 'typeorm';
import { diffSnapshots } from '../../platform/audit/canonical';
import { Actor, actorOf, AuthContext } from '../../platform/auth/auth-context';
import { APP_CONFIG, AppConfig } from '../../platform/config/config';
import { updateVersioned } from '../../platform/database/versioned';
import { FieldError, problems } from '../../platform/errors/problem';
import { MailService } from '../../platform/mail/mail.service';
import { escapeHtml } from '../../platform/mail/templates';
import { addDays } from '../../platform/notifications/notification.rules';
import { Company } from '../organization/company.entity';
import {
  AttachmentRefDto,
  AuditDto,
  CloseAuditDto,
  CreateAuditDto,
  PublicQuestionnaireDto,
  SendQuestionnaireDto,
} from './dto/subcontractor.dto';
import { auditSnapshot, toAuditDto } from './mappers';
import { DEFAULT_QUESTIONS } from './questionnaire.defaults';
import { Subcontractor, SubcontractorAudit, SubcontractorQuestionnaireLink } from './subcontractor.entity';
import { DEADLINE, SubcontractorStore } from './subcontractor-store';
import { subcontractorProblems } from './subcontractors.errors';
import { ACTIVE_STATUSES, linkState, QUESTIONNAIRE_ANSWER_DAYS } from './subcontractors.rules';

export const MAX_ANSWER_LENGTH = 5000;
const DAY_MS = 86_400_000;

export type AttachmentLookup = (ownerIds: string[]) => Promise<Map<string, AttachmentRefDto[]>>;

/** Supervision audits, the questionnaire link sent to the subcontractor, and its answers. */
@Injectable()
export class AuditsService {
  constructor(
    private readonly store: SubcontractorStore,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly improvementActions: ImprovementActionsService,
  ) {}

  private get ds() {
    return this.store.dataSource;
  }

  private async toDto(manager: EntityManager, audit: SubcontractorAudit, files: AttachmentLookup): Promise<AuditDto> {
    const links = await manager.find(SubcontractorQuestionnaireLink, {
      where: { auditId: audit.id },
      order: { createdAt: 'ASC' },
    });
    const attachments = await files([audit.id]);
    return toAuditDto(audit, links, attachments.get(audit.id) ?? [], this.store.clock.now());
  }

  async list(auth: AuthContext, id: string, files: AttachmentLookup): Promise<{ items: AuditDto[]; total: number }> {
    await this.store.load(this.ds.manager, auth, id, 'read');
    const rows = await this.ds.manager.find(SubcontractorAudit, {
      where: { subcontractorId: id },
      order: { dueOn: 'DESC', createdAt: 'DESC' },
    });
    const items: AuditDto[] = [];
    for (const r of rows) items.push(await this.toDto(this.ds.manager, r, files));
    return { items, total: rows.length };
  }

  async get(
    auth: AuthContext,
    id: string,
    auditId: string,
    action: 'read' | 'update',
    files: AttachmentLookup,
  ): Promise<AuditDto> {
    await this.store.load(this.ds.manager, auth, id, action);
    const row = await this.ds.manager.findOneBy(SubcontractorAudit, { id: auditId, subcontractorId: id });
    if (!row) throw problems.notFound();
    return this.toDto(this.ds.manager, row, files);
  }

  async create(auth: AuthContext, id: string, dto: CreateAuditDto, files: AttachmentLookup): Promise<AuditDto> {
    return this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      if (!ACTIVE_STATUSES.includes(s.status)) throw subcontractorProblems.contactRequired();
      const settings = await this.store.settings(manager, s.companyId);
      const now = this.store.clock.now();
      const auditId = randomUUID();
      await manager.insert(SubcontractorAudit, {
        id: auditId,
        companyId: s.companyId,
        subcontractorId: id,
        kind: dto.kind ?? settings.auditSchedule[s.riskTier].kind,
        dueOn: dto.dueOn ?? s.nextAuditDueOn ?? this.store.today(),
        status: 'planned',
        questions: (dto.questions ?? DEFAULT_QUESTIONS).map((q) => ({
          key: q.key,
          textJa: q.textJa,
          textEn: q.textEn,
        })),
        answers: {},
        answeredAt: null,
        result: null,
        resultComment: null,
        closedOn: null,
        findings: [],
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      const keys = new Set<string>();
      for (const [i, q] of (dto.questions ?? []).entries()) {
        if (keys.has(q.key))
          throw problems.validation([
            { field: `questions.${i}.key`, code: 'DUPLICATE', message: 'question keys must be unique' },
          ]);
        keys.add(q.key);
      }
      const created = await manager.findOneByOrFail(SubcontractorAudit, { id: auditId });
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_audit.created',
        'subcontractor_audit',
        auditId,
        diffSnapshots(null, auditSnapshot(created)),
      );
      return this.toDto(manager, created, files);
    });
  }

  private async loadAudit(manager: EntityManager, id: string, auditId: string): Promise<SubcontractorAudit> {
    const row = await manager.findOne(SubcontractorAudit, {
      where: { id: auditId, subcontractorId: id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw problems.notFound();
    return row;
  }

  /** Sends a fresh one-time link (earlier usable links of the audit are revoked). The link is returned once. */
  async send(
    auth: AuthContext,
    id: string,
    auditId: string,
    dto: SendQuestionnaireDto,
    files: AttachmentLookup,
  ): Promise<{ audit: AuditDto; url: string }> {
    return this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      const audit = await this.loadAudit(manager, id, auditId);
      if (audit.status === 'closed' || audit.status === 'answered') throw subcontractorProblems.auditClosed();
      const now = this.store.clock.now();
      await manager.query(
        'UPDATE subcontractor_questionnaire_links SET revoked_at = $2, updated_at = $2, version = version + 1 WHERE audit_id = $1 AND submitted_at IS NULL AND revoked_at IS NULL',
        [auditId, now],
      );
      const token = newToken();
      const linkId = randomUUID();
      const expiresAt = new Date(now.getTime() + (dto.expiresInDays ?? 21) * DAY_MS);
      await manager.insert(SubcontractorQuestionnaireLink, {
        id: linkId,
        companyId: s.companyId,
        auditId,
        tokenHash: sha256Hex(token),
        sentTo: dto.sentTo,
        language: dto.language,
        expiresAt,
        savedAt: null,
        submittedAt: null,
        revokedAt: null,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      if (audit.status === 'planned') {
        await updateVersioned(
          manager,
          SubcontractorAudit,
          auditId,
          audit.version,
          { status: 'sent' },
          actorOf(auth),
          now,
        );
      }
      const url = `${this.config.publicUrl}/q/${token}`;
      const company = await manager.findOneByOrFail(Company, { id: s.companyId });
      const requester = dto.language === 'ja' ? company.nameJa : company.nameEn;
      const expires = expiresAt.toISOString().slice(0, 10);
      const lines =
        dto.language === 'ja'
          ? [
              `${requester} より、委託先の監督に関するアンケートへのご回答をお願いいたします。`,
              '',
              `回答ページ: ${url}`,
              `有効期限: ${expires}`,
              '',
              '途中で保存して後から続けられます。送信は一度だけです。',
            ]
          : [
              `${requester} asks you to answer its subcontractor supervision questionnaire.`,
              '',
              `Answer here: ${url}`,
              `The link expires on ${expires}.`,
              '',
              'You can save and come back; you can submit once.',
            ];
      await this.mail.enqueue(manager, {
        recipientAccountId: null,
        to: dto.sentTo,
        language: dto.language,
        template: 'subcontractor_questionnaire',
        dedupeKey: `subcontractor_questionnaire:${linkId}`,
        content: {
          subject:
            dto.language === 'ja'
              ? `【${requester}】委託先アンケートのお願い`
              : `${requester}: subcontractor questionnaire`,
          text: lines.join('\n'),
          html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
        },
      });
      if (s.ownerAccountId) {
        await this.store.deadlines.upsert(manager, {
          sourceType: DEADLINE.questionnaire,
          sourceId: auditId,
          companyId: s.companyId,
          assigneeAccountId: s.ownerAccountId,
          titleJa: `委託先アンケート未回答: ${s.name}`,
          titleEn: `Questionnaire not answered: ${s.name}`,
          dueOn: addDays(this.store.today(), QUESTIONNAIRE_ANSWER_DAYS),
          link: `/subcontractors/${s.id}`,
        });
      }
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_audit.questionnaire_sent',
        'subcontractor_audit',
        auditId,
        null,
        { linkId, language: dto.language, expiresAt: expiresAt.toISOString() },
      );
      const after = await manager.findOneByOrFail(SubcontractorAudit, { id: auditId });
      return { audit: await this.toDto(manager, after, files), url };
    });
  }

  async close(
    auth: AuthContext,
    id: string,
    auditId: string,
    dto: CloseAuditDto,
    version: number,
    files: AttachmentLookup,
  ): Promise<AuditDto> {
    return this.ds.transaction(async (manager) => {
      const s = await this.store.load(manager, auth, id, 'update', true);
      const before = await this.loadAudit(manager, id, auditId);
      if (before.version !== version) throw problems.staleVersion();
      if (before.status === 'closed') throw subcontractorProblems.auditClosed();
      if (dto.closedOn > this.store.today()) {
        throw problems.validation([
          { field: 'closedOn', code: 'DATE_IN_FUTURE', message: 'closedOn cannot be in the future' },
        ]);
      }
      const findings = [];
      for (const [i, f] of (dto.findings ?? []).entries()) {
        let improvementActionId = f.improvementActionId ?? null;
        if (f.createImprovementAction) {
          if (improvementActionId)
            throw problems.validation([
              {
                field: `findings.${i}.createImprovementAction`,
                code: 'already_linked',
                message: 'The finding already names an improvement action.',
              },
            ]);
          const action = await this.improvementActions.createFromSource(manager, auth, {
            companyId: s.companyId,
            sourceType: 'subcontractor_audit',
            sourceId: auditId,
            sourceLabel: s.name.slice(0, 200),
            kind: 'corrective',
            grade: f.createImprovementAction.grade ?? 'minor_nonconformity',
            title: `委託先監督の指摘（${s.name}）: ${f.description}`.slice(0, 200),
            description: f.description,
            ownerPersonId: f.createImprovementAction.ownerPersonId,
            dueOn: f.dueOn,
          });
          improvementActionId = action.id;
        }
        findings.push({
          id: randomUUID(),
          description: f.description,
          ownerName: f.ownerName,
          dueOn: f.dueOn,
          improvementActionId,
        });
      }
      const now = this.store.clock.now();
      await manager.query(
        'UPDATE subcontractor_questionnaire_links SET revoked_at = $2, updated_at = $2, version = version + 1 WHERE audit_id = $1 AND submitted_at IS NULL AND revoked_at IS NULL',
        [auditId, now],
      );
      await updateVersioned(
        manager,
        SubcontractorAudit,
        auditId,
        version,
        {
          status: 'closed',
          result: dto.result,
          resultComment: dto.resultComment ?? null,
          closedOn: dto.closedOn,
          findings,
        },
        actorOf(auth),
        now,
      );
      if (!s.lastAuditOn || dto.closedOn >= s.lastAuditOn) {
        await manager.update(Subcontractor, { id }, { lastAuditOn: dto.closedOn });
      }
      await this.store.deadlines.remove(manager, DEADLINE.questionnaire, auditId);
      await this.store.refreshSchedule(manager, id);
      const after = await manager.findOneByOrFail(SubcontractorAudit, { id: auditId });
      await this.store.event(
        manager,
        actorOf(auth),
        s.companyId,
        id,
        'subcontractor_audit.closed',
        'subcontractor_audit',
        auditId,
        diffSnapshots(auditSnapshot(before), auditSnapshot(after)),
      );
      return this.toDto(manager, after, files);
    });
  }

  // ---- the public questionnaire (no account; the token is the only key) ----

  /** The link behind a token: 404 when unknown, 410 when used, revoked or expired. */
  async resolve(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<{ link: SubcontractorQuestionnaireLink; audit: SubcontractorAudit }> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw problems.notFound();
    const link = await manager.findOne(SubcontractorQuestionnaireLink, {
      where: { tokenHash: sha256Hex(token) },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!link) throw problems.notFound();
    if (linkState(link, this.store.clock.now()) !== 'usable') throw subcontractorProblems.questionnaireGone();
    const audit = await manager.findOneByOrFail(SubcontractorAudit, { id: link.auditId });
    if (audit.status === 'closed') throw subcontractorProblems.questionnaireGone();
    return { link, audit };
  }

  async publicAuditId(token: string): Promise<string> {
    return (await this.resolve(this.ds.manager, token)).audit.id;
  }

  async publicView(token: string, files: AttachmentLookup): Promise<PublicQuestionnaireDto> {
    const { link, audit } = await this.resolve(this.ds.manager, token);
    const s = await this.ds.manager.findOneByOrFail(Subcontractor, { id: audit.subcontractorId });
    const company = await this.ds.manager.findOneByOrFail(Company, { id: s.companyId });
    const evidence = await files([audit.id]);
    return {
      requesterName: link.language === 'ja' ? company.nameJa : company.nameEn,
      subcontractorName: s.name,
      language: link.language,
      questions: audit.questions,
      answers: audit.answers,
      expiresAt: link.expiresAt.toISOString(),
      savedAt: link.savedAt?.toISOString() ?? null,
      evidence: evidence.get(audit.id) ?? [],
    };
  }

  private checkAnswers(audit: SubcontractorAudit, answers: Record<string, unknown>): Record<string, string> {
    const keys = new Set(audit.questions.map((q) => q.key));
    const errors: FieldError[] = [];
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(answers)) {
      if (!keys.has(key))
        errors.push({ field: `answers.${key}`, code: 'UNKNOWN_QUESTION', message: 'no such question' });
      else if (typeof value !== 'string')
        errors.push({ field: `answers.${key}`, code: 'NOT_A_STRING', message: 'answers are text' });
      else if (value.length > MAX_ANSWER_LENGTH)
        errors.push({
          field: `answers.${key}`,
          code: 'TOO_LONG',
          message: `answers are at most ${MAX_ANSWER_LENGTH} characters`,
        });
      else out[key] = value;
    }
    if (errors.length) throw problems.validation(errors);
    return out;
  }

  async publicSave(
    token: string,
    answers: Record<string, unknown>,
    requestId: string,
    files: AttachmentLookup,
  ): Promise<PublicQuestionnaireDto> {
    await this.ds.transaction(async (manager) => {
      const { link, audit } = await this.resolve(manager, token, true);
      const clean = this.checkAnswers(audit, answers);
      const now = this.store.clock.now();
      await manager.update(
        SubcontractorAudit,
        { id: audit.id },
        { answers: { ...audit.answers, ...clean }, updatedAt: now, version: () => 'version + 1' },
      );
      await manager.update(SubcontractorQuestionnaireLink, { id: link.id }, { savedAt: now, updatedAt: now });
      await this.store.event(
        manager,
        publicActor(requestId),
        audit.companyId,
        audit.subcontractorId,
        'subcontractor_audit.answers_saved',
        'subcontractor_audit',
        audit.id,
        null,
        { linkId: link.id, questions: Object.keys(clean).sort() },
      );
    });
    return this.publicView(token, files);
  }

  /** Evidence the subcontractor attaches through the link (stored by the platform attachments piece). */
  async publicEvidence(
    token: string,
    requestId: string,
    store: (
      manager: EntityManager,
      actor: AuthContext,
      input: { companyId: string; ownerId: string },
    ) => Promise<AttachmentRefDto>,
  ): Promise<AttachmentRefDto> {
    return this.ds.transaction(async (manager) => {
      const { link, audit } = await this.resolve(manager, token, true);
      // The contact has no account: the upload is recorded with no actor account and the request id.
      const actor = { accountId: null, requestId } as unknown as AuthContext;
      const stored = await store(manager, actor, { companyId: audit.companyId, ownerId: audit.id });
      await manager.update(SubcontractorQuestionnaireLink, { id: link.id }, { savedAt: this.store.clock.now() });
      return stored;
    });
  }

  async publicSubmit(token: string, answers: Record<string, unknown>, requestId: string): Promise<void> {
    await this.ds.transaction(async (manager) => {
      const { link, audit } = await this.resolve(manager, token, true);
      const clean = this.checkAnswers(audit, answers);
      const merged = { ...audit.answers, ...clean };
      const unanswered = audit.questions.filter((q) => !merged[q.key]?.trim());
      if (unanswered.length) {
        throw problems.validation(
          unanswered.map((q) => ({
            field: `answers.${q.key}`,
            code: 'REQUIRED',
            message: 'every question needs an answer',
          })),
        );
      }
      const now = this.store.clock.now();
      await manager.update(
        SubcontractorAudit,
        { id: audit.id },
        { answers: merged, status: 'answered', answeredAt: now, updatedAt: now, version: () => 'version + 1' },
      );
      await manager.update(
        SubcontractorQuestionnaireLink,
        { id: link.id },
        { submittedAt: now, savedAt: now, updatedAt: now },
      );
      await this.store.deadlines.complete(manager, DEADLINE.questionnaire, audit.id);
      await this.store.event(
        manager,
        publicActor(requestId),
        audit.companyId,
        audit.subcontractorId,
        'subcontractor_audit.answers_submitted',
        'subcontractor_audit',
        audit.id,
        null,
        { linkId: link.id },
      );
    });
  }
}

function publicActor(requestId: string): Actor {
  return { accountId: null, requestId };
}
