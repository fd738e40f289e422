import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BusinessRow } from '../../platform/database/business-row';
import { Company } from '../organization/company.entity';
import type { ReportItems } from './incident.rules';
import {
  INCIDENT_CAUSES,
  INCIDENT_EVENTS,
  INCIDENT_MEDIA,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  NOTICE_METHODS,
  PUBLICATION_DECISIONS,
  REPORT_BODIES,
  REPORT_STAGES,
} from './incident.rules';
import type {
  IncidentCause,
  IncidentEvent,
  IncidentMedium,
  IncidentSeverity,
  IncidentStatus,
  IncidentType,
  NoticeMethod,
  PublicationDecision,
  ReportBody,
  ReportStage,
} from './incident.rules';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * An incident or leak (漏えい等), R-LK-01. Instants are stored in UTC; the clocks count Tokyo calendar days
 * from them (incident.rules.ts). The subcontractor and the improvement action are other domains' records:
 * linked by id without a foreign key.
 */
@Entity({ name: 'incidents' })
@Index('ix_incidents_company_status', ['companyId', 'status'])
@Index('ix_incidents_company_aware', ['companyId', 'awareAt', 'id'])
@Index('ix_incidents_reporter', ['reporterAccountId'])
@Check('ck_incidents_status', `status IN (${list(INCIDENT_STATUSES)})`)
@Check('ck_incidents_person_count', 'person_count >= 0')
@Check('ck_incidents_my_number_count', 'my_number_count IS NULL OR my_number_count >= 0')
@Check('ck_incidents_event_type', `event_type IS NULL OR event_type IN (${list(INCIDENT_EVENTS)})`)
@Check('ck_incidents_incident_type', `incident_type IS NULL OR incident_type IN (${list(INCIDENT_TYPES)})`)
@Check('ck_incidents_cause', `cause IS NULL OR cause IN (${list(INCIDENT_CAUSES)})`)
@Check('ck_incidents_medium', `medium IS NULL OR medium IN (${list(INCIDENT_MEDIA)})`)
@Check('ck_incidents_severity', `severity IS NULL OR severity IN (${list(INCIDENT_SEVERITIES)})`)
@Check(
  'ck_incidents_publication',
  `publication_decision IS NULL OR publication_decision IN (${list(PUBLICATION_DECISIONS)})`,
)
export class Incident extends BusinessRow {
  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_incidents_company' })
  company?: Company;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('text')
  summary!: string;

  @Column('timestamptz', { nullable: true })
  occurredAt!: Date | null;

  /** When the first employee knew: PPC day 1. */
  @Column('timestamptz')
  awareAt!: Date;

  /** When the business discovered it: JIPDEC day 1 (null = awareAt). */
  @Column('timestamptz', { nullable: true })
  discoveredAt!: Date | null;

  @Column('integer', { default: 0 })
  personCount!: number;

  @Column('boolean', { default: false })
  personCountEstimated!: boolean;

  @Column('boolean', { default: false })
  sensitiveData!: boolean;

  @Column('boolean', { default: false })
  financialDamageRisk!: boolean;

  @Column('boolean', { default: false })
  improperIntent!: boolean;

  @Column('boolean', { default: false })
  highLevelEncryption!: boolean;

  @Column('integer', { nullable: true })
  myNumberCount!: number | null;

  @Column('text', { nullable: true })
  dataItems!: string | null;

  @Column('varchar', { length: 40, nullable: true })
  eventType!: IncidentEvent | null;

  @Column('varchar', { length: 40, nullable: true })
  incidentType!: IncidentType | null;

  @Column('varchar', { length: 40, nullable: true })
  cause!: IncidentCause | null;

  @Column('varchar', { length: 20, nullable: true })
  medium!: IncidentMedium | null;

  /** A subcontractor (委託先) record, R-LK-06; no foreign key (another domain's table). */
  @Column('uuid', { nullable: true })
  subcontractorId!: string | null;

  /**
   * Who reported it. Like `created_by`, no foreign key: the record outlives the account (an account
   * deleted later must not be blocked by, nor erase, the evidence of who reported).
   */
  @Column('uuid')
  reporterAccountId!: string;

  @Column('varchar', { length: 20, nullable: true })
  severity!: IncidentSeverity | null;

  @Column('varchar', { length: 20, default: 'reported' })
  status!: IncidentStatus;

  @Column('text', { nullable: true })
  secondaryHarm!: string | null;

  @Column('varchar', { length: 20, nullable: true })
  publicationDecision!: PublicationDecision | null;

  @Column('text', { nullable: true })
  publicationNote!: string | null;

  @Column('text', { nullable: true })
  causeAnalysis!: string | null;

  @Column('text', { nullable: true })
  recurrencePrevention!: string | null;

  /** An improvement action (A.3.8) record; no foreign key (another domain's table). */
  @Column('uuid', { nullable: true })
  improvementActionId!: string | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}

/** A report to the PPC or to JIPDEC: an editable draft until submitted, then a frozen snapshot. */
@Entity({ name: 'incident_reports' })
@Index('ux_incident_reports_stage', ['incidentId', 'body', 'stage'], { unique: true })
@Check('ck_incident_reports_body', `body IN (${list(REPORT_BODIES)})`)
@Check('ck_incident_reports_stage', `stage IN (${list(REPORT_STAGES)})`)
export class IncidentReport extends BusinessRow {
  @Column('uuid')
  incidentId!: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'fk_incident_reports_incident' })
  incident?: Incident;

  @Column('varchar', { length: 10 })
  body!: ReportBody;

  @Column('varchar', { length: 12 })
  stage!: ReportStage;

  @Column('jsonb')
  content!: ReportItems;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('uuid', { nullable: true })
  submittedBy!: string | null;

  /** What was submitted, frozen: the content, the record's facts and the clocks at that moment. */
  @Column('jsonb', { nullable: true })
  snapshot!: Record<string, unknown> | null;
}

/** A notice to the affected persons (Rule 10), or a public notice as the substitute measure. */
@Entity({ name: 'incident_notices' })
@Index('ix_incident_notices_incident', ['incidentId', 'notifiedAt'])
@Check('ck_incident_notices_method', `method IN (${list(NOTICE_METHODS)})`)
@Check('ck_incident_notices_person_count', 'person_count >= 0')
export class IncidentNotice extends BusinessRow {
  @Column('uuid')
  incidentId!: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'fk_incident_notices_incident' })
  incident?: Incident;

  @Column('varchar', { length: 20 })
  method!: NoticeMethod;

  @Column('timestamptz')
  notifiedAt!: Date;

  @Column('integer')
  personCount!: number;

  @Column('text')
  noticeText!: string;
}

/** One line of an incident's timeline: what happened, when, by whom (recorded by the service or by hand). */
@Entity({ name: 'incident_events' })
@Index('ix_incident_events_incident', ['incidentId', 'at'])
export class IncidentEventRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  companyId!: string;

  @Column('uuid')
  incidentId!: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'fk_incident_events_incident' })
  incident?: Incident;

  /** When it happened (a note may record an earlier moment). */
  @Column('timestamptz')
  at!: Date;

  @Column('uuid', { nullable: true })
  actorAccountId!: string | null;

  /** `created`, `updated`, `clocks_recomputed`, `status_changed`, `report_saved`, `report_submitted`, `notice_recorded`, `note`, `attachment_added`. */
  @Column('varchar', { length: 40 })
  kind!: string;

  @Column('jsonb', { default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Column('timestamptz')
  createdAt!: Date;
}
