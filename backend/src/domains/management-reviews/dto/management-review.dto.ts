import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  Max,
  Min,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { DATE_ONLY, Optional, Required, VersionedDto } from '../../organization/dto/common';
import {
  DECISION_TYPES,
  REVIEW_INPUT_KEYS,
  REVIEW_STATUSES,
  type DecisionType,
  type ReviewInputKey,
  type ReviewStatus,
} from '../management-reviews.rules';

export class ReviewInputPatchDto {
  @ApiProperty({ enum: REVIEW_INPUT_KEYS })
  @IsIn(REVIEW_INPUT_KEYS)
  key!: ReviewInputKey;

  @ApiPropertyOptional({ type: String, maxLength: 8000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  commentary?: string | null;

  @ApiPropertyOptional({ description: 'An explicit "no change" (R-MR-02).' })
  @IsOptional()
  @IsBoolean()
  noChange?: boolean;
}

export class DecisionInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Keep the id of an existing decision; omit for a new one.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ enum: DECISION_TYPES })
  @IsIn(DECISION_TYPES)
  type!: DecisionType;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  description!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  ownerPersonId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @Matches(DATE_ONLY)
  dueOn?: string | null;
}

class ReviewFields {
  @ApiPropertyOptional({ maxLength: 200, example: '2026年度 マネジメントレビュー' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ format: 'date' })
  @Optional()
  @Matches(DATE_ONLY)
  heldOn!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An executive (top management) of the company.' })
  @Optional()
  @IsUUID()
  chairPersonId!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  attendeePersonIds?: string[];
}

export class CreateManagementReviewDto extends ReviewFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ required: true }) @Required() declare title: string;
  @ApiProperty({ required: true, format: 'date' }) @Required() declare heldOn: string;
  @ApiProperty({ required: true, format: 'uuid' }) @Required() declare chairPersonId: string;
}

export class UpdateManagementReviewDto extends ReviewFields {
  @ApiPropertyOptional({ type: [ReviewInputPatchDto], description: 'Only the inputs named change.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REVIEW_INPUT_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => ReviewInputPatchDto)
  inputs?: ReviewInputPatchDto[];

  @ApiPropertyOptional({ type: [DecisionInputDto], description: 'The whole list of decisions.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecisionInputDto)
  decisions?: DecisionInputDto[];

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  auditReportReference?: string | null;

  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class CompileReviewDto extends VersionedDto {
  @ApiPropertyOptional({ description: 'The moment to compile the inputs at (ISO 8601); now when omitted.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class ReviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
  @ApiPropertyOptional({ enum: REVIEW_STATUSES }) @IsOptional() @IsIn(REVIEW_STATUSES) status?: ReviewStatus;
}

export class ReviewFigureDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A number, a date or text.' }) value!:
    string | number | null;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
}

const REVIEW_ITEM_KINDS = ['action', 'incidents', 'notice_version', 'subcontractor'] as const;
const SUBCONTRACTOR_ATTENTION = ['audit_overdue', 'contract_ends', 'certification_expires'] as const;

/** What a listed line is made of; the fields present depend on `kind` (see each field). */
export class ReviewItemDetailDto {
  @ApiProperty({ enum: REVIEW_ITEM_KINDS }) kind!: (typeof REVIEW_ITEM_KINDS)[number];
  @ApiPropertyOptional({ description: 'action, notice_version, subcontractor (its name)' }) title?: string;
  @ApiPropertyOptional({ description: 'action: the owner by name' }) owner?: string;
  @ApiPropertyOptional({ format: 'date', description: 'action; subcontractor: the date the reason refers to' })
  dueOn?: string;
  @ApiPropertyOptional({ enum: SUBCONTRACTOR_ATTENTION, description: 'subcontractor: why it is named' })
  reason?: (typeof SUBCONTRACTOR_ATTENTION)[number];
  @ApiPropertyOptional({ description: 'action: its status code' }) status?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'incidents: the event code, null: not classified' })
  eventType?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'incidents: the cause code, null: not recorded' })
  cause?: string | null;
  @ApiPropertyOptional({ type: Number, description: 'incidents' }) count?: number;
  @ApiPropertyOptional({ type: Number, description: 'notice_version' }) versionNo?: number;
  @ApiPropertyOptional({ format: 'date', description: 'notice_version' }) publishedOn?: string;
}

export class ReviewItemDto {
  @ApiProperty({ description: 'The line in Japanese, as the printed minutes write it.' }) text!: string;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({
    type: ReviewItemDetailDto,
    nullable: true,
    description: 'What the line is made of, to write it in another language; null in snapshots compiled without it.',
  })
  detail!: ReviewItemDetailDto | null;
}

export class ReviewContributionDto {
  @ApiProperty() source!: string;
  @ApiProperty({ type: [ReviewFigureDto] }) figures!: ReviewFigureDto[];
  @ApiProperty({ type: [ReviewItemDto] }) items!: ReviewItemDto[];
}

export class ReviewInputDto {
  @ApiProperty({ enum: REVIEW_INPUT_KEYS }) key!: ReviewInputKey;
  @ApiProperty({ type: String, nullable: true }) commentary!: string | null;
  @ApiProperty() noChange!: boolean;
  @ApiProperty({ description: 'Neither commentary nor "no change" (R-MR-02).' }) blank!: boolean;
  @ApiProperty({
    type: [ReviewContributionDto],
    nullable: true,
    description: 'Compiled by the system; null before compiling.',
  })
  compiled!: ReviewContributionDto[] | null;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DECISION_TYPES }) type!: DecisionType;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerPersonId!: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerName!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The improvement action it became.' })
  actionId!: string | null;
}

export class ReviewAttendeeDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
}

export class ManagementReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyNameJa!: string;
  @ApiProperty() companyNameEn!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: ReviewStatus;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) revisionOf!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersededById!: string | null;
  @ApiProperty({ format: 'uuid' }) chairPersonId!: string;
  @ApiProperty() chairName!: string;
  @ApiProperty({ type: [ReviewAttendeeDto] }) attendees!: ReviewAttendeeDto[];
  @ApiProperty({ type: [ReviewInputDto] }) inputs!: ReviewInputDto[];
  @ApiProperty({ type: [String], enum: REVIEW_INPUT_KEYS, description: 'Inputs still blank (R-MR-02).' })
  blankInputs!: ReviewInputKey[];
  @ApiProperty({ type: String, nullable: true }) compiledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) compiledAsOf!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodFrom!: string | null;
  @ApiProperty({ type: [DecisionDto] }) decisions!: DecisionDto[];
  @ApiProperty({ type: String, nullable: true }) auditReportReference!: string | null;
  @ApiProperty({ type: String, nullable: true }) signedByName!: string | null;
  @ApiProperty({ type: String, nullable: true }) signedAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class ManagementReviewSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyNameJa!: string;
  @ApiProperty() companyNameEn!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: ReviewStatus;
  @ApiProperty() revision!: number;
  @ApiProperty() chairName!: string;
  @ApiProperty() blankInputCount!: number;
  @ApiProperty() decisionCount!: number;
  @ApiProperty({ type: String, nullable: true }) signedAt!: string | null;
  @ApiProperty() version!: number;
}

export class ManagementReviewPageDto extends PageDto(ManagementReviewSummaryDto, 'ManagementReviewPageDto') {}

export class ReviewFreshnessQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
  @ApiPropertyOptional({
    enum: ['attention', 'overdue', 'never', 'due_soon', 'ok'],
    description: 'attention: overdue or never reviewed (R-MR-01).',
  })
  @IsOptional()
  @IsIn(['attention', 'overdue', 'never', 'due_soon', 'ok'])
  state?: 'attention' | 'overdue' | 'never' | 'due_soon' | 'ok';
}

export class ReviewFreshnessDto {
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyNameJa!: string;
  @ApiProperty() companyNameEn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastReviewOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) lastReviewId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) daysSince!: number | null;
  @ApiProperty({ enum: ['ok', 'due_soon', 'overdue', 'never'] }) state!: 'ok' | 'due_soon' | 'overdue' | 'never';
}

export class ReviewFreshnessPageDto extends PageDto(ReviewFreshnessDto, 'ReviewFreshnessPageDto') {}
