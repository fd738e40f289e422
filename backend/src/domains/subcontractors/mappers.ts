import type {
  AttachmentRefDto,
  AuditDto,
  ContractDto,
  EvaluationDto,
  ResubcontractorDto,
  SubcontractorDto,
} from './dto/subcontractor.dto';
import {
  Subcontractor,
  SubcontractorAudit,
  SubcontractorContract,
  SubcontractorEvaluation,
  SubcontractorQuestionnaireLink,
  SubcontractorResubcontractor,
} from './subcontractor.entity';
import {
  allowedTransitions,
  CERTIFICATION_NOTICE_DAYS,
  CONTRACT_EXPIRY_NOTICE_DAYS,
  isExpiringWithin,
  isOverdue,
  linkState,
} from './subcontractors.rules';

export function toSubcontractorDto(s: Subcontractor, today: string): SubcontractorDto {
  return {
    id: s.id,
    companyId: s.companyId,
    name: s.name,
    corporateNumber: s.corporateNumber,
    address: s.address,
    representative: s.representative,
    contactName: s.contactName,
    contactEmail: s.contactEmail,
    services: s.services,
    personalDataItems: s.personalDataItems,
    approxPersons: s.approxPersons,
    sensitiveData: s.sensitiveData,
    myNumber: s.myNumber,
    computedRiskTier: s.computedRiskTier,
    riskTierOverride: s.riskTierOverride,
    riskTierOverrideReason: s.riskTierOverrideReason,
    riskTier: s.riskTier,
    privacyMarkNumber: s.privacyMarkNumber,
    privacyMarkExpiresOn: s.privacyMarkExpiresOn,
    ismsCertified: s.ismsCertified,
    ismsExpiresOn: s.ismsExpiresOn,
    status: s.status,
    allowedTransitions: [...allowedTransitions(s.status)],
    approvedOn: s.approvedOn,
    lastAuditOn: s.lastAuditOn,
    nextAuditDueOn: s.nextAuditDueOn,
    contractEndsOn: s.contractEndsOn,
    auditOverdue: isOverdue(s.nextAuditDueOn, today),
    expiring:
      isExpiringWithin(s.contractEndsOn, today, CONTRACT_EXPIRY_NOTICE_DAYS) ||
      isExpiringWithin(s.privacyMarkExpiresOn, today, CERTIFICATION_NOTICE_DAYS) ||
      isExpiringWithin(s.ismsExpiresOn, today, CERTIFICATION_NOTICE_DAYS),
    ownerAccountId: s.ownerAccountId,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
  };
}

/** What the audit trail keeps of a subcontractor: its own fields, not the derived ones. */
export function subcontractorSnapshot(s: Subcontractor): Record<string, unknown> {
  const { company: _c, owner: _o, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...rest } = s;
  return rest;
}

export function toEvaluationDto(e: SubcontractorEvaluation): EvaluationDto {
  return {
    id: e.id,
    subcontractorId: e.subcontractorId,
    evaluatedOn: e.evaluatedOn,
    evaluatorName: e.evaluatorName,
    criteria: e.criteria,
    scores: e.scores,
    total: e.total,
    passMark: e.passMark,
    passed: e.passed,
    comment: e.comment,
    createdAt: e.createdAt.toISOString(),
    version: e.version,
  };
}

export function toContractDto(c: SubcontractorContract, attachments: AttachmentRefDto[]): ContractDto {
  return {
    id: c.id,
    subcontractorId: c.subcontractorId,
    title: c.title,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    clauses: c.clauses,
    clauseExceptions: c.clauseExceptions,
    retainUntil: c.retainUntil,
    dataDisposition: c.dataDisposition,
    dataDisposedOn: c.dataDisposedOn,
    attachments,
    createdAt: c.createdAt.toISOString(),
    version: c.version,
  };
}

export function contractSnapshot(c: SubcontractorContract): Record<string, unknown> {
  const { subcontractor: _s, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...rest } = c;
  return rest;
}

export function toAuditDto(
  a: SubcontractorAudit,
  links: SubcontractorQuestionnaireLink[],
  attachments: AttachmentRefDto[],
  now: Date,
): AuditDto {
  return {
    id: a.id,
    subcontractorId: a.subcontractorId,
    kind: a.kind,
    dueOn: a.dueOn,
    status: a.status,
    questions: a.questions,
    answers: a.answers,
    answeredAt: a.answeredAt?.toISOString() ?? null,
    result: a.result,
    resultComment: a.resultComment,
    closedOn: a.closedOn,
    findings: a.findings,
    links: links.map((l) => ({
      id: l.id,
      sentTo: l.sentTo,
      language: l.language,
      createdAt: l.createdAt.toISOString(),
      expiresAt: l.expiresAt.toISOString(),
      submittedAt: l.submittedAt?.toISOString() ?? null,
      state: linkState(l, now),
    })),
    attachments,
    createdAt: a.createdAt.toISOString(),
    version: a.version,
  };
}

export function auditSnapshot(a: SubcontractorAudit): Record<string, unknown> {
  const { subcontractor: _s, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, answers: _a, ...rest } = a;
  return rest;
}

export function toResubcontractorDto(r: SubcontractorResubcontractor, depth: number): ResubcontractorDto {
  return {
    id: r.id,
    subcontractorId: r.subcontractorId,
    parentId: r.parentId,
    depth,
    name: r.name,
    services: r.services,
    personalDataItems: r.personalDataItems,
    basis: r.basis,
    basisOn: r.basisOn,
    startsOn: r.startsOn,
    note: r.note,
    version: r.version,
  };
}

export function resubcontractorSnapshot(r: SubcontractorResubcontractor): Record<string, unknown> {
  const { subcontractor: _s, parent: _p, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...rest } = r;
  return rest;
}
