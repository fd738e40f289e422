import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../../../platform/export/table-export';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { ACTION_GRADES, type ActionGrade } from '../../improvement-actions/improvement-actions.rules';
import { Optional, Required, VersionedDto } from '../../organization/dto/common';
import {
  CHECKLIST_ITEMS,
  CLOCK_KINDS,
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
} from '../incident.rules';
import type {
  ChecklistItem,
  ClockKind,
  IncidentCause,
  IncidentEvent,
  IncidentMedium,
  IncidentSeverity,
  IncidentStatus,
  IncidentType,
  NoticeMethod,
  PublicationDecision,
  ReportabilityReason,
  ReportBody,
  ReportStage,
} from '../incident.rules';

const MAX_COUNT = 1_000_000_000;
const INSTANT = { strict: true } as const;

/** The short form anyone may use to report an incident. */
export class ReportIncidentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ maxLength: 200, example: '顧客リストのメール誤送信' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 10000, description: 'What happened, as far as known.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  summary!: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString(INSTANT)
  occurredAt?: string | null;

  @ApiProperty({ format: 'date-time', description: 'When you (the first employee) learned of it.' })
  @IsDateString(INSTANT)
  awareAt!: string;

  @ApiPropertyOptional({ minimum: 0, description: 'Persons affected, as far as known (0 when unknown).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  personCount?: number;

  @ApiPropertyOptional({ enum: INCIDENT_MEDIA, nullable: true })
  @IsOptional()
  @IsIn(INCIDENT_MEDIA)
  medium?: IncidentMedium | null;
}

class IncidentFields {
  @ApiPropertyOptional({ maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  summary!: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString(INSTANT)
  occurredAt?: string | null;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the first employee knew (PPC day 1).' })
  @Optional()
  @IsDateString(INSTANT)
  awareAt!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the business discovered it (JIPDEC day 1); defaults to awareAt. Not before occurredAt.',
  })
  @IsOptional()
  @IsDateString(INSTANT)
  discoveredAt?: string | null;

  @ApiPropertyOptional({ minimum: 0 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  personCount!: number;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  personCountEstimated!: boolean;

  @ApiPropertyOptional({ description: '要配慮個人情報 (Rule 7 item 1).' })
  @Optional()
  @IsBoolean()
  sensitiveData!: boolean;

  @ApiPropertyOptional({ description: '財産的被害のおそれ (Rule 7 item 2).' })
  @Optional()
  @IsBoolean()
  financialDamageRisk!: boolean;

  @ApiPropertyOptional({ description: '不正の目的のおそれ (Rule 7 item 3), incl. data being acquired (web skimming).' })
  @Optional()
  @IsBoolean()
  improperIntent!: boolean;

  @ApiPropertyOptional({ description: '高度な暗号化その他の措置: excludes the PPC duty, not the JIPDEC one.' })
  @Optional()
  @IsBoolean()
  highLevelEncryption!: boolean;

  @ApiPropertyOptional({ type: Number, minimum: 0, nullable: true, description: '特定個人情報 (My Number) persons.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  myNumberCount?: number | null;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  dataItems?: string | null;

  @ApiPropertyOptional({ enum: INCIDENT_EVENTS, nullable: true })
  @IsOptional()
  @IsIn(INCIDENT_EVENTS)
  eventType?: IncidentEvent | null;

  @ApiPropertyOptional({ enum: INCIDENT_TYPES, nullable: true })
  @IsOptional()
  @IsIn(INCIDENT_TYPES)
  incidentType?: IncidentType | null;

  @ApiPropertyOptional({ enum: INCIDENT_CAUSES, nullable: true })
  @IsOptional()
  @IsIn(INCIDENT_CAUSES)
  cause?: IncidentCause | null;

  @ApiPropertyOptional({ enum: INCIDENT_MEDIA, nullable: true })
  @IsOptional()
  @IsIn(INCIDENT_MEDIA)
  medium?: IncidentMedium | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Subcontractor involved.' })
  @IsOptional()
  @IsUUID()
  subcontractorId?: string | null;

  @ApiPropertyOptional({ enum: INCIDENT_SEVERITIES, nullable: true })
  @IsOptional()
  @IsIn(INCIDENT_SEVERITIES)
  severity?: IncidentSeverity | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  secondaryHarm?: string | null;

  @ApiPropertyOptional({ enum: PUBLICATION_DECISIONS, nullable: true })
  @IsOptional()
  @IsIn(PUBLICATION_DECISIONS)
  publicationDecision?: PublicationDecision | null;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  publicationNote?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  causeAnalysis?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  recurrencePrevention?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Improvement action (A.3.8).' })
  @IsOptional()
  @IsUUID()
  improvementActionId?: string | null;
}

export class CreateIncidentDto extends IncidentFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ required: true })
  @Required()
  declare title: string;

  @ApiProperty({ required: true })
  @Required()
  declare summary: string;

  @ApiProperty({ required: true, format: 'date-time' })
  @Required()
  declare awareAt: string;
}

/** Opens an improvement action (A.3.8) for the recurrence prevention, in the same transaction as the update. */
export class IncidentImprovementActionDto {
  @ApiProperty({ format: 'uuid', description: 'The person responsible (an active person of the company).' })
  @IsUUID()
  ownerPersonId!: string;

  @ApiProperty({ format: 'date', example: '2026-09-30' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn!: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Defaults to 「再発防止: <incident title>」.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: ACTION_GRADES, default: 'minor_nonconformity' })
  @IsOptional()
  @IsIn(ACTION_GRADES)
  grade?: ActionGrade;
}

export class UpdateIncidentDto extends IncidentFields {
  @ApiPropertyOptional({
    type: IncidentImprovementActionDto,
    description:
      'Open a corrective action from the recurrence prevention (recorded or sent with this update) and link it as improvementActionId.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentImprovementActionDto)
  createImprovementAction?: IncidentImprovementActionDto;

  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class TransitionIncidentDto extends VersionedDto {
  @ApiProperty({ enum: INCIDENT_STATUSES })
  @IsIn(INCIDENT_STATUSES)
  status!: IncidentStatus;
}

export const INCIDENT_SORTS = ['awareAt', '-awareAt', 'updatedAt', '-updatedAt', 'nextClock'] as const;

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class IncidentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES)
  status?: IncidentStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'Only incidents that are not closed.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Only open incidents with a legal clock (report or notice) past its due date (Asia/Tokyo).',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  clockOverdue?: boolean;

  @ApiPropertyOptional({ maxLength: 100, description: 'Words to find in the title or summary.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: INCIDENT_SORTS,
    default: '-awareAt',
    description:
      "nextClock: the earliest running legal report clock first (its date is the first item's nearestClock.dueDate); incidents without one last.",
  })
  @IsOptional()
  @IsIn(INCIDENT_SORTS)
  sort?: (typeof INCIDENT_SORTS)[number];
}

/** The list's filters and `format` (csv by default). */
export class IncidentsExportQueryDto extends IncidentsQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class ClockRuleDto {
  @ApiProperty({ enum: ['awareAt', 'discoveredAt'] }) startsFrom!: 'awareAt' | 'discoveredAt';
  @ApiProperty({ format: 'date', description: 'Day 1: the Asia/Tokyo calendar day of startsFrom.' }) dayOne!: string;
  @ApiProperty({ type: Number, nullable: true }) targetDay!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: promptly (no fixed day).' }) dueDay!: number | null;
  @ApiProperty() source!: string;
}

export class IncidentClockDto {
  @ApiProperty({ enum: CLOCK_KINDS }) kind!: ClockKind;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) targetDate!: string | null;
  @ApiProperty({ enum: ['open', 'due_soon', 'due_today', 'overdue', 'promptly', 'done'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) doneAt!: string | null;
  @ApiProperty() late!: boolean;
  @ApiProperty({ type: Number, nullable: true }) daysLeft!: number | null;
  @ApiProperty({ type: ClockRuleDto }) rule!: ClockRuleDto;
}

export class ChecklistEntryDto {
  @ApiProperty({ enum: CHECKLIST_ITEMS }) item!: ChecklistItem;
  @ApiProperty() done!: boolean;
}

export class IncidentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) occurredAt!: string | null;
  @ApiProperty({ format: 'date-time' }) awareAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Defaults to awareAt.' }) discoveredAt!: string;
  @ApiProperty() personCount!: number;
  @ApiProperty() personCountEstimated!: boolean;
  @ApiProperty() sensitiveData!: boolean;
  @ApiProperty() financialDamageRisk!: boolean;
  @ApiProperty() improperIntent!: boolean;
  @ApiProperty() highLevelEncryption!: boolean;
  @ApiProperty({ type: Number, nullable: true }) myNumberCount!: number | null;
  @ApiProperty({ type: String, nullable: true }) dataItems!: string | null;
  @ApiProperty({ enum: INCIDENT_EVENTS, nullable: true }) eventType!: IncidentEvent | null;
  @ApiProperty({ enum: INCIDENT_TYPES, nullable: true }) incidentType!: IncidentType | null;
  @ApiProperty({ enum: INCIDENT_CAUSES, nullable: true }) cause!: IncidentCause | null;
  @ApiProperty({ enum: INCIDENT_MEDIA, nullable: true }) medium!: IncidentMedium | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subcontractorId!: string | null;
  @ApiProperty({ format: 'uuid' }) reporterAccountId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Family name first.' }) reporterName!: string | null;
  @ApiProperty({ enum: INCIDENT_SEVERITIES, nullable: true }) severity!: IncidentSeverity | null;
  @ApiProperty({ enum: INCIDENT_STATUSES }) status!: IncidentStatus;
  @ApiProperty({ type: String, nullable: true }) secondaryHarm!: string | null;
  @ApiProperty({ enum: PUBLICATION_DECISIONS, nullable: true }) publicationDecision!: PublicationDecision | null;
  @ApiProperty({ type: String, nullable: true }) publicationNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) causeAnalysis!: string | null;
  @ApiProperty({ type: String, nullable: true }) recurrencePrevention!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) improvementActionId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ description: 'R-LK-02 and the My Number rule.' }) ppcReportable!: boolean;
  @ApiProperty({ description: 'R-LK-04.' }) jipdecPreliminaryRequired!: boolean;
  @ApiProperty({
    enum: ['sensitive_data', 'financial_damage_risk', 'improper_intent', 'over_1000_persons', 'my_number_over_100'],
    isArray: true,
  })
  reportabilityReasons!: ReportabilityReason[];
  @ApiProperty({ type: [IncidentClockDto] }) deadlines!: IncidentClockDto[];
  @ApiProperty({ type: IncidentClockDto, nullable: true }) nearestClock!: IncidentClockDto | null;
  @ApiProperty({ type: [ChecklistEntryDto] }) checklist!: ChecklistEntryDto[];
  @ApiProperty({ description: 'Whether the caller may triage and edit it.' }) canManage!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class IncidentPageDto extends PageDto(IncidentDto, 'IncidentPageDto') {}

export class ReportItemsDto {
  @ApiProperty({ maxLength: 10000, description: '1. 概要' })
  @IsString()
  @MaxLength(10000)
  summary!: string;
  @ApiProperty({ maxLength: 10000, description: '2. 個人データの項目' })
  @IsString()
  @MaxLength(10000)
  dataItems!: string;
  @ApiProperty({ maxLength: 10000, description: '3. 本人の数' })
  @IsString()
  @MaxLength(10000)
  personCount!: string;
  @ApiProperty({ maxLength: 10000, description: '4. 原因' })
  @IsString()
  @MaxLength(10000)
  cause!: string;
  @ApiProperty({ maxLength: 10000, description: '5. 二次被害又はそのおそれの有無及びその内容' })
  @IsString()
  @MaxLength(10000)
  secondaryHarm!: string;
  @ApiProperty({ maxLength: 10000, description: '6. 本人への対応の実施状況' })
  @IsString()
  @MaxLength(10000)
  actionsForPersons!: string;
  @ApiProperty({ maxLength: 10000, description: '7. 公表の実施状況' })
  @IsString()
  @MaxLength(10000)
  publication!: string;
  @ApiProperty({ maxLength: 10000, description: '8. 再発防止のための措置' })
  @IsString()
  @MaxLength(10000)
  recurrencePrevention!: string;
  @ApiProperty({ maxLength: 10000, description: '9. その他参考となる事項' })
  @IsString()
  @MaxLength(10000)
  other!: string;
}

export class SaveReportDto {
  @ApiProperty({ type: ReportItemsDto })
  @ValidateNested()
  @Type(() => ReportItemsDto)
  content!: ReportItemsDto;

  @ApiPropertyOptional({ minimum: 0, description: 'The version you edited (0 for a draft never saved).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999_999_999)
  version?: number;
}

export class SubmitReportDto {
  @ApiPropertyOptional({ minimum: 0, description: 'The version you edited (0 for a draft never saved).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999_999_999)
  version?: number;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When it was filed; defaults to now.' })
  @IsOptional()
  @IsDateString(INSTANT)
  submittedAt?: string;
}

export class ReportSnapshotDto {
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'uuid' }) submittedBy!: string;
  @ApiProperty({ type: String, nullable: true }) submittedByName!: string | null;
  @ApiProperty({ type: ReportItemsDto }) content!: ReportItemsDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The record facts at submission.' })
  facts!: Record<string, unknown>;
}

export class IncidentReportDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: a prefilled draft never saved.' })
  id!: string | null;
  @ApiProperty({ enum: REPORT_BODIES }) body!: ReportBody;
  @ApiProperty({ enum: REPORT_STAGES }) stage!: ReportStage;
  @ApiProperty({ description: 'Whether the clocks call for this report.' }) required!: boolean;
  @ApiProperty({ type: ReportItemsDto }) content!: ReportItemsDto;
  @ApiProperty({ type: ReportSnapshotDto, nullable: true }) submitted!: ReportSnapshotDto | null;
  @ApiProperty({ description: '0 for a draft never saved.' }) version!: number;
}

export class IncidentNoticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTICE_METHODS }) method!: NoticeMethod;
  @ApiProperty({ format: 'date-time' }) notifiedAt!: string;
  @ApiProperty() personCount!: number;
  @ApiProperty() noticeText!: string;
  @ApiProperty({ type: String, nullable: true }) createdBy!: string | null;
  @ApiProperty() createdAt!: string;
}

export class CreateNoticeDto {
  @ApiProperty({ enum: NOTICE_METHODS })
  @IsIn(NOTICE_METHODS)
  method!: NoticeMethod;

  @ApiProperty({ format: 'date-time', description: 'When the notice was sent (a phone call: its date and time).' })
  @IsDateString(INSTANT)
  notifiedAt!: string;

  @ApiProperty({ minimum: 0, description: 'Persons notified (0 for a public notice).' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  personCount!: number;

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  noticeText!: string;
}

export class NoticeTemplateDto {
  @ApiProperty() text!: string;
}

export class TimelineEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorAccountId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class CreateTimelineNoteDto {
  @ApiProperty({ format: 'date-time' })
  @IsDateString(INSTANT)
  at!: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text!: string;
}

export class IncidentExportDto {
  @ApiProperty({ type: IncidentDto }) incident!: IncidentDto;
  @ApiProperty({ type: [IncidentReportDto] }) reports!: IncidentReportDto[];
  @ApiProperty({ type: [IncidentNoticeDto] }) notices!: IncidentNoticeDto[];
  @ApiProperty({ type: [TimelineEntryDto] }) timeline!: TimelineEntryDto[];
  @ApiProperty() exportedAt!: string;
}
