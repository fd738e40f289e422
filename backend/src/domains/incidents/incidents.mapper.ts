import type {
  IncidentClockDto,
  IncidentDto,
  IncidentReportDto,
  IncidentNoticeDto,
  TimelineEntryDto,
} from './dto/incident.dto';
import type { Incident, IncidentEventRow, IncidentNotice, IncidentReport } from './incident.entity';
import {
  ClockFacts,
  closingChecklist,
  IncidentClock,
  jipdecPreliminaryRequired,
  nearestClock,
  ppcReportable,
  reportabilityReasons,
  ReportBody,
  ReportItems,
  ReportStage,
} from './incident.rules';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function clockFacts(i: Incident): ClockFacts {
  return {
    sensitiveData: i.sensitiveData,
    financialDamageRisk: i.financialDamageRisk,
    improperIntent: i.improperIntent,
    personCount: i.personCount,
    highLevelEncryption: i.highLevelEncryption,
    myNumberCount: i.myNumberCount,
    awareAt: i.awareAt,
    discoveredAt: i.discoveredAt,
  };
}

export function toClockDto(c: IncidentClock): IncidentClockDto {
  return { ...c, doneAt: iso(c.doneAt), rule: { ...c.rule } };
}

/** The record's own fields, as the audit trail and report snapshots keep them. */
export function incidentAuditSnapshot(i: Incident): Record<string, unknown> {
  return {
    title: i.title,
    summary: i.summary,
    occurredAt: iso(i.occurredAt),
    awareAt: iso(i.awareAt),
    discoveredAt: iso(i.discoveredAt),
    personCount: i.personCount,
    personCountEstimated: i.personCountEstimated,
    sensitiveData: i.sensitiveData,
    financialDamageRisk: i.financialDamageRisk,
    improperIntent: i.improperIntent,
    highLevelEncryption: i.highLevelEncryption,
    myNumberCount: i.myNumberCount,
    dataItems: i.dataItems,
    eventType: i.eventType,
    incidentType: i.incidentType,
    cause: i.cause,
    medium: i.medium,
    subcontractorId: i.subcontractorId,
    severity: i.severity,
    status: i.status,
    secondaryHarm: i.secondaryHarm,
    publicationDecision: i.publicationDecision,
    publicationNote: i.publicationNote,
    causeAnalysis: i.causeAnalysis,
    recurrencePrevention: i.recurrencePrevention,
    improvementActionId: i.improvementActionId,
    closedAt: iso(i.closedAt),
  };
}

export function toIncidentDto(
  i: Incident,
  clocks: IncidentClock[],
  noticeCount: number,
  canManage: boolean,
  reporterName: string | null,
): IncidentDto {
  const facts = clockFacts(i);
  const nearest = nearestClock(clocks);
  return {
    id: i.id,
    companyId: i.companyId,
    title: i.title,
    summary: i.summary,
    occurredAt: iso(i.occurredAt),
    awareAt: i.awareAt.toISOString(),
    discoveredAt: (i.discoveredAt ?? i.awareAt).toISOString(),
    personCount: i.personCount,
    personCountEstimated: i.personCountEstimated,
    sensitiveData: i.sensitiveData,
    financialDamageRisk: i.financialDamageRisk,
    improperIntent: i.improperIntent,
    highLevelEncryption: i.highLevelEncryption,
    myNumberCount: i.myNumberCount,
    dataItems: i.dataItems,
    eventType: i.eventType,
    incidentType: i.incidentType,
    cause: i.cause,
    medium: i.medium,
    subcontractorId: i.subcontractorId,
    reporterAccountId: i.reporterAccountId,
    reporterName,
    severity: i.severity,
    status: i.status,
    secondaryHarm: i.secondaryHarm,
    publicationDecision: i.publicationDecision,
    publicationNote: i.publicationNote,
    causeAnalysis: i.causeAnalysis,
    recurrencePrevention: i.recurrencePrevention,
    improvementActionId: i.improvementActionId,
    closedAt: iso(i.closedAt),
    ppcReportable: ppcReportable(facts),
    jipdecPreliminaryRequired: jipdecPreliminaryRequired(facts),
    reportabilityReasons: reportabilityReasons(facts),
    deadlines: clocks.map(toClockDto),
    nearestClock: nearest ? toClockDto(nearest) : null,
    checklist: closingChecklist({
      noticeCount,
      publicationDecision: i.publicationDecision,
      causeAnalysis: i.causeAnalysis,
      recurrencePrevention: i.recurrencePrevention,
      clocks,
    }),
    canManage,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    version: i.version,
  };
}

export function toReportDto(
  body: ReportBody,
  stage: ReportStage,
  row: IncidentReport | null,
  required: boolean,
  prefill: ReportItems,
  names: Map<string, string>,
): IncidentReportDto {
  const snapshot = row?.snapshot as
    | { submittedAt: string; submittedBy: string; content: ReportItems; facts: Record<string, unknown> }
    | null
    | undefined;
  return {
    id: row?.id ?? null,
    body,
    stage,
    required,
    content: snapshot?.content ?? row?.content ?? prefill,
    submitted: snapshot
      ? {
          submittedAt: snapshot.submittedAt,
          submittedBy: snapshot.submittedBy,
          submittedByName: names.get(snapshot.submittedBy) ?? null,
          content: snapshot.content,
          facts: snapshot.facts,
        }
      : null,
    version: row?.version ?? 0,
  };
}

export function toNoticeDto(n: IncidentNotice): IncidentNoticeDto {
  return {
    id: n.id,
    method: n.method,
    notifiedAt: n.notifiedAt.toISOString(),
    personCount: n.personCount,
    noticeText: n.noticeText,
    createdBy: n.createdBy,
    createdAt: n.createdAt.toISOString(),
  };
}

export function toTimelineDto(r: IncidentEventRow, names: Map<string, string>): TimelineEntryDto {
  return {
    id: r.id,
    at: r.at.toISOString(),
    kind: r.kind,
    actorAccountId: r.actorAccountId,
    actorName: r.actorAccountId ? (names.get(r.actorAccountId) ?? null) : null,
    details: r.details,
  };
}
