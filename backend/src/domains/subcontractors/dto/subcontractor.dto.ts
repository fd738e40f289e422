import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
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
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { ACTION_GRADES, type ActionGrade } from '../../improvement-actions/improvement-actions.rules';
import { DATE_ONLY, Optional, Required } from '../../organization/dto/common';
import {
  AUDIT_KINDS,
  AUDIT_RESULTS,
  CONTRACT_CLAUSES,
  DATA_DISPOSITIONS,
  RESUBCONTRACT_BASES,
  RISK_TIERS,
  SUBCONTRACTOR_STATUSES,
  type AuditKind,
  type AuditResult,
  type ContractClause,
  type DataDisposition,
  type ResubcontractBasis,
  type RiskTier,
  type SubcontractorStatus,
} from '../subcontractors.rules';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

class SubcontractorFields {
  @ApiPropertyOptional({ example: '株式会社アドデータ処理', maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1234567890123', description: '13 digits.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{13}$/)
  corporateNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  representative?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string | null;

  @ApiPropertyOptional({ example: '広告配信データの集計', maxLength: 1000, description: 'Services entrusted.' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  services!: string;

  @ApiPropertyOptional({
    example: 'Cookie ID、IPアドレス',
    maxLength: 1000,
    description: 'Personal-information items entrusted.',
  })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  personalDataItems!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000_000, description: 'Approximate number of persons.' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  approxPersons!: number;

  @ApiPropertyOptional({ description: 'Sensitive personal information (要配慮個人情報) is entrusted.' })
  @Optional()
  @IsBoolean()
  sensitiveData!: boolean;

  @ApiPropertyOptional({ description: 'Individual numbers (My Number) are entrusted.' })
  @Optional()
  @IsBoolean()
  myNumber!: boolean;

  @ApiPropertyOptional({
    enum: RISK_TIERS,
    nullable: true,
    description: 'Overrides the computed tier; needs a reason.',
  })
  @IsOptional()
  @IsIn(RISK_TIERS)
  riskTierOverride?: RiskTier | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  riskTierOverrideReason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20, example: '10800000(01)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  privacyMarkNumber?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  privacyMarkExpiresOn?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  ismsCertified?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  ismsExpiresOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The officer in charge (reminders).',
  })
  @IsOptional()
  @IsUUID()
  ownerAccountId?: string | null;
}

export class CreateSubcontractorDto extends SubcontractorFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ required: true })
  @Required()
  declare name: string;

  @ApiProperty({ required: true })
  @Required()
  declare services: string;

  @ApiProperty({ required: true })
  @Required()
  declare personalDataItems: string;

  @ApiProperty({ required: true })
  @Required()
  declare approxPersons: number;
}

export class UpdateSubcontractorDto extends SubcontractorFields {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class TransitionSubcontractorDto {
  @ApiProperty({ enum: SUBCONTRACTOR_STATUSES })
  @IsIn(SUBCONTRACTOR_STATUSES)
  status!: SubcontractorStatus;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export const SUBCONTRACTOR_SORTS = [
  'name',
  '-name',
  'nextAuditDueOn',
  '-nextAuditDueOn',
  'updatedAt',
  '-updatedAt',
] as const;

export class SubcontractorQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: SUBCONTRACTOR_STATUSES })
  @IsOptional()
  @IsIn(SUBCONTRACTOR_STATUSES)
  status?: SubcontractorStatus;

  @ApiPropertyOptional({ enum: RISK_TIERS })
  @IsOptional()
  @IsIn(RISK_TIERS)
  riskTier?: RiskTier;

  @ApiPropertyOptional({ description: 'Only those whose supervision audit is overdue.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only those whose contract or certification expires within 60 days.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  expiring?: boolean;

  @ApiPropertyOptional({ maxLength: 100, description: 'Words searched in the name and services.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: SUBCONTRACTOR_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(SUBCONTRACTOR_SORTS)
  sort?: (typeof SUBCONTRACTOR_SORTS)[number];
}

export class ExportQueryDto extends SubcontractorQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

export class SubcontractorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) corporateNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) representative!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactName!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail!: string | null;
  @ApiProperty() services!: string;
  @ApiProperty() personalDataItems!: string;
  @ApiProperty() approxPersons!: number;
  @ApiProperty() sensitiveData!: boolean;
  @ApiProperty() myNumber!: boolean;
  @ApiProperty({ enum: RISK_TIERS }) computedRiskTier!: RiskTier;
  @ApiProperty({ enum: RISK_TIERS, nullable: true }) riskTierOverride!: RiskTier | null;
  @ApiProperty({ type: String, nullable: true }) riskTierOverrideReason!: string | null;
  @ApiProperty({ enum: RISK_TIERS }) riskTier!: RiskTier;
  @ApiProperty({ type: String, nullable: true }) privacyMarkNumber!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) privacyMarkExpiresOn!: string | null;
  @ApiProperty() ismsCertified!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) ismsExpiresOn!: string | null;
  @ApiProperty({ enum: SUBCONTRACTOR_STATUSES }) status!: SubcontractorStatus;
  @ApiProperty({ enum: SUBCONTRACTOR_STATUSES, isArray: true }) allowedTransitions!: SubcontractorStatus[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) approvedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastAuditOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) nextAuditDueOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) contractEndsOn!: string | null;
  @ApiProperty({ description: 'The supervision audit is overdue (Asia/Tokyo).' }) auditOverdue!: boolean;
  @ApiProperty({ description: 'The contract or a certification expires within 60 days.' }) expiring!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerAccountId!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export const SubcontractorPageDto = PageDto(SubcontractorDto, 'SubcontractorPageDto');

// ---- settings (checklist template and audit schedule) ----

export class CriterionDto {
  @ApiProperty({ maxLength: 50, example: 'certification' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,49}$/)
  key!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelJa!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  minScore!: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  maxScore!: number;
}

export class TierScheduleDto {
  @ApiProperty({ minimum: 1, maximum: 60, description: 'Months between audits.' })
  @IsInt()
  @Min(1)
  @Max(60)
  months!: number;

  @ApiProperty({ enum: AUDIT_KINDS })
  @IsIn(AUDIT_KINDS)
  kind!: AuditKind;
}

export class AuditScheduleDto {
  @ApiProperty({ type: TierScheduleDto }) @ValidateNested() @Type(() => TierScheduleDto) high!: TierScheduleDto;
  @ApiProperty({ type: TierScheduleDto }) @ValidateNested() @Type(() => TierScheduleDto) medium!: TierScheduleDto;
  @ApiProperty({ type: TierScheduleDto }) @ValidateNested() @Type(() => TierScheduleDto) low!: TierScheduleDto;
}

export class UpdateSettingsDto {
  @ApiProperty({ type: [CriterionDto] })
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  criteria!: CriterionDto[];

  @ApiProperty({ minimum: 0, maximum: 5000 })
  @IsInt()
  @Min(0)
  @Max(5000)
  passMark!: number;

  @ApiProperty({ type: AuditScheduleDto })
  @ValidateNested()
  @Type(() => AuditScheduleDto)
  auditSchedule!: AuditScheduleDto;

  @ApiPropertyOptional({ minimum: 0, description: 'The version you edited (0 while the defaults are in force).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999_999_999)
  version?: number;
}

export class SettingsDto {
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ type: [CriterionDto] }) criteria!: CriterionDto[];
  @ApiProperty() passMark!: number;
  @ApiProperty({ type: AuditScheduleDto }) auditSchedule!: AuditScheduleDto;
  @ApiProperty({ description: '0 while the defaults are in force.' }) version!: number;
}

// ---- evaluations ----

export class ScoreInputDto {
  @ApiProperty({ maxLength: 50 })
  @IsString()
  @MaxLength(50)
  criterionKey!: string;

  @ApiProperty({ description: "Within the criterion's range." })
  @IsInt()
  @Min(-1000)
  @Max(1000)
  score!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  evidence?: string | null;
}

export class CreateEvaluationDto {
  @ApiProperty({ type: String, format: 'date' })
  @IsString()
  @Matches(DATE_ONLY)
  evaluatedOn!: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  evaluatorName!: string;

  @ApiProperty({ type: [ScoreInputDto] })
  @ValidateNested({ each: true })
  @Type(() => ScoreInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  scores!: ScoreInputDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class ScoreDto {
  @ApiProperty() criterionKey!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
}

export class EvaluationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) subcontractorId!: string;
  @ApiProperty({ type: String, format: 'date' }) evaluatedOn!: string;
  @ApiProperty() evaluatorName!: string;
  @ApiProperty({ type: [CriterionDto] }) criteria!: CriterionDto[];
  @ApiProperty({ type: [ScoreDto] }) scores!: ScoreDto[];
  @ApiProperty() total!: number;
  @ApiProperty() passMark!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() version!: number;
}

export class EvaluationListDto {
  @ApiProperty({ type: [EvaluationDto] }) items!: EvaluationDto[];
  @ApiProperty() total!: number;
}

// ---- contracts ----

export class ClausesDto {
  @ApiProperty({ description: 'a: responsibilities of both parties' }) @IsBoolean() a!: boolean;
  @ApiProperty({ description: 'b: safeguards, no use or copy outside the contract, return or erasure' })
  @IsBoolean()
  b!: boolean;
  @ApiProperty({ description: 'c: re-subcontracting' }) @IsBoolean() c!: boolean;
  @ApiProperty({ description: "d: content and frequency of the contractor's reports" }) @IsBoolean() d!: boolean;
  @ApiProperty({ description: 'e: audit or inspection right' }) @IsBoolean() e!: boolean;
  @ApiProperty({ description: 'f: measures on breach' }) @IsBoolean() f!: boolean;
  @ApiProperty({ description: 'g: reporting of incidents and accidents' }) @IsBoolean() g!: boolean;
  @ApiProperty({ description: 'h: measures after the contract ends' }) @IsBoolean() h!: boolean;
}

export class ClauseExceptionDto {
  @ApiProperty({ enum: CONTRACT_CLAUSES })
  @IsIn(CONTRACT_CLAUSES)
  clause!: ContractClause;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiProperty({ maxLength: 100, description: 'Who approved the exception.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  approvedBy!: string;
}

class ContractFields {
  @ApiPropertyOptional({ maxLength: 200, example: '業務委託契約書（個人情報取扱特約付）' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, format: 'date' })
  @Optional()
  @IsString()
  @Matches(DATE_ONLY)
  startsOn!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  endsOn?: string | null;

  @ApiPropertyOptional({ type: ClausesDto })
  @Optional()
  @ValidateNested()
  @Type(() => ClausesDto)
  clauses!: ClausesDto;

  @ApiPropertyOptional({ type: [ClauseExceptionDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ClauseExceptionDto)
  @ArrayMaxSize(8)
  clauseExceptions?: ClauseExceptionDto[];

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Keep the contract until (R-SC-04).',
  })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  retainUntil?: string | null;

  @ApiPropertyOptional({ enum: DATA_DISPOSITIONS })
  @Optional()
  @IsIn(DATA_DISPOSITIONS)
  dataDisposition?: DataDisposition;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  dataDisposedOn?: string | null;
}

export class CreateContractDto extends ContractFields {
  @ApiProperty({ required: true }) @Required() declare title: string;
  @ApiProperty({ required: true }) @Required() declare startsOn: string;
  @ApiProperty({ required: true, type: ClausesDto }) @Required() declare clauses: ClausesDto;
}

export class UpdateContractDto extends ContractFields {
  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class AttachmentRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() createdAt!: string;
}

export class ContractDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) subcontractorId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endsOn!: string | null;
  @ApiProperty({ type: ClausesDto }) clauses!: ClausesDto;
  @ApiProperty({ type: [ClauseExceptionDto] }) clauseExceptions!: ClauseExceptionDto[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) retainUntil!: string | null;
  @ApiProperty({ enum: DATA_DISPOSITIONS }) dataDisposition!: DataDisposition;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dataDisposedOn!: string | null;
  @ApiProperty({ type: [AttachmentRefDto] }) attachments!: AttachmentRefDto[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() version!: number;
}

export class ContractListDto {
  @ApiProperty({ type: [ContractDto] }) items!: ContractDto[];
  @ApiProperty() total!: number;
}

// ---- audits ----

export class QuestionDto {
  @ApiProperty({ maxLength: 50 })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,49}$/)
  key!: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  textJa!: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  textEn!: string;
}

export class CreateAuditDto {
  @ApiPropertyOptional({ enum: AUDIT_KINDS, description: "Defaults to the tier's kind in the schedule." })
  @IsOptional()
  @IsIn(AUDIT_KINDS)
  kind?: AuditKind;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Defaults to the next audit due date.' })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  dueOn?: string;

  @ApiPropertyOptional({ type: [QuestionDto], description: 'Defaults to the standard questionnaire.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  questions?: QuestionDto[];
}

/** The action a finding opens: its owner (a person of the company); title, description and due date come from the finding. */
export class FindingImprovementActionDto {
  @ApiProperty({ format: 'uuid', description: 'The person responsible (an active person of the company).' })
  @IsUUID()
  ownerPersonId!: string;

  @ApiPropertyOptional({ enum: ACTION_GRADES, default: 'minor_nonconformity' })
  @IsOptional()
  @IsIn(ACTION_GRADES)
  grade?: ActionGrade;
}

export class FindingInputDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ maxLength: 100, description: 'Who must act on it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  ownerName!: string;

  @ApiProperty({ type: String, format: 'date' })
  @IsString()
  @Matches(DATE_ONLY)
  dueOn!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The improvement action it became.',
  })
  @IsOptional()
  @IsUUID()
  improvementActionId?: string | null;

  @ApiPropertyOptional({
    type: () => FindingImprovementActionDto,
    description:
      'Open a corrective action (A.3.8) from the finding in the same transaction and store its id as improvementActionId.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FindingImprovementActionDto)
  createImprovementAction?: FindingImprovementActionDto;
}

export class CloseAuditDto {
  @ApiProperty({ enum: AUDIT_RESULTS })
  @IsIn(AUDIT_RESULTS)
  result!: AuditResult;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  resultComment?: string | null;

  @ApiProperty({ type: String, format: 'date' })
  @IsString()
  @Matches(DATE_ONLY)
  closedOn!: string;

  @ApiPropertyOptional({ type: [FindingInputDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => FindingInputDto)
  @ArrayMaxSize(50)
  findings?: FindingInputDto[];

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class SendQuestionnaireDto {
  @ApiProperty({ maxLength: 254, description: "The subcontractor's contact." })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  sentTo!: string;

  @ApiProperty({ enum: ['ja', 'en'] })
  @IsIn(['ja', 'en'])
  language!: 'ja' | 'en';

  @ApiPropertyOptional({ minimum: 1, maximum: 60, default: 21 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  expiresInDays?: number;
}

export class FindingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() description!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty({ type: String, format: 'date' }) dueOn!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) improvementActionId!: string | null;
}

export class QuestionnaireLinkSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() sentTo!: string;
  @ApiProperty({ enum: ['ja', 'en'] }) language!: 'ja' | 'en';
  @ApiProperty() createdAt!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ enum: ['usable', 'expired', 'used', 'revoked'] }) state!: string;
}

export class AuditDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) subcontractorId!: string;
  @ApiProperty({ enum: AUDIT_KINDS }) kind!: AuditKind;
  @ApiProperty({ type: String, format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: ['planned', 'sent', 'answered', 'closed'] }) status!: string;
  @ApiProperty({ type: [QuestionDto] }) questions!: QuestionDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) answers!: Record<string, string>;
  @ApiProperty({ type: String, nullable: true }) answeredAt!: string | null;
  @ApiProperty({ enum: AUDIT_RESULTS, nullable: true }) result!: AuditResult | null;
  @ApiProperty({ type: String, nullable: true }) resultComment!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: [FindingDto] }) findings!: FindingDto[];
  @ApiProperty({ type: [QuestionnaireLinkSummaryDto] }) links!: QuestionnaireLinkSummaryDto[];
  @ApiProperty({ type: [AttachmentRefDto] }) attachments!: AttachmentRefDto[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() version!: number;
}

export class AuditListDto {
  @ApiProperty({ type: [AuditDto] }) items!: AuditDto[];
  @ApiProperty() total!: number;
}

export class SentQuestionnaireDto {
  @ApiProperty({ type: AuditDto }) audit!: AuditDto;
  @ApiProperty({ description: 'The link, shown once (only its hash is kept).' }) url!: string;
}

// ---- re-subcontractors ----

class ResubcontractorFields {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The re-subcontractor it works for.',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  services!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  personalDataItems?: string | null;

  @ApiPropertyOptional({
    enum: RESUBCONTRACT_BASES,
    description: 'Prior approval, or prior report from the contractor (R-SC-05).',
  })
  @Optional()
  @IsIn(RESUBCONTRACT_BASES)
  basis!: ResubcontractBasis;

  @ApiPropertyOptional({ type: String, format: 'date' })
  @Optional()
  @IsString()
  @Matches(DATE_ONLY)
  basisOn!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  startsOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class CreateResubcontractorDto extends ResubcontractorFields {
  @ApiProperty({ required: true }) @Required() declare name: string;
  @ApiProperty({ required: true }) @Required() declare services: string;
  @ApiProperty({ required: true, enum: RESUBCONTRACT_BASES }) @Required() declare basis: ResubcontractBasis;
  @ApiProperty({ required: true }) @Required() declare basisOn: string;
}

export class ResubcontractorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) subcontractorId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty() depth!: number;
  @ApiProperty() name!: string;
  @ApiProperty() services!: string;
  @ApiProperty({ type: String, nullable: true }) personalDataItems!: string | null;
  @ApiProperty({ enum: RESUBCONTRACT_BASES }) basis!: ResubcontractBasis;
  @ApiProperty({ type: String, format: 'date' }) basisOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
}

export class ResubcontractorListDto {
  @ApiProperty({ type: [ResubcontractorDto] }) items!: ResubcontractorDto[];
  @ApiProperty() total!: number;
}

// ---- history ----

export class HistoryEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) entityId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) changes!: Record<string, unknown> | null;
}

export class HistoryListDto {
  @ApiProperty({ type: [HistoryEventDto] }) items!: HistoryEventDto[];
  @ApiProperty() total!: number;
}

// ---- the public questionnaire ----

export class PublicQuestionnaireDto {
  @ApiProperty({ description: 'The company asking.' }) requesterName!: string;
  @ApiProperty({ description: 'The subcontractor the questionnaire is about.' }) subcontractorName!: string;
  @ApiProperty({ enum: ['ja', 'en'] }) language!: 'ja' | 'en';
  @ApiProperty({ type: [QuestionDto] }) questions!: QuestionDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) answers!: Record<string, string>;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ type: String, nullable: true }) savedAt!: string | null;
  @ApiProperty({ type: [AttachmentRefDto] }) evidence!: AttachmentRefDto[];
}

export class SaveAnswersDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', maxLength: 5000 } })
  @IsObject()
  answers!: Record<string, string>;
}
