import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { DATE_ONLY, Optional, Required, VersionedDto } from '../../organization/dto/common';
import {
  ACTION_GRADES,
  ACTION_KINDS,
  ACTION_STATUSES,
  ACTION_STEPS,
  SOURCE_TYPES,
  type ActionGrade,
  type ActionKind,
  type ActionStatus,
  type ActionStep,
  type SourceType,
} from '../improvement-actions.rules';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

class ImprovementActionFields {
  @ApiPropertyOptional({ maxLength: 200, example: '委託先監査の指摘への対応' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'The nonconformity, observation or opportunity.' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  description!: string;

  @ApiPropertyOptional({ enum: ACTION_KINDS })
  @Optional()
  @IsIn(ACTION_KINDS)
  kind!: ActionKind;

  @ApiPropertyOptional({ enum: ACTION_GRADES })
  @Optional()
  @IsIn(ACTION_GRADES)
  grade!: ActionGrade;

  @ApiPropertyOptional({ type: String, maxLength: 4000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  rootCause?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 4000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  plan?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'A person of the same company.' })
  @Optional()
  @IsUUID()
  ownerPersonId!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-09-30' })
  @Optional()
  @Matches(DATE_ONLY)
  dueOn!: string;
}

export class CreateImprovementActionDto extends ImprovementActionFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ required: true }) @Required() declare title: string;
  @ApiProperty({ required: true }) @Required() declare description: string;
  @ApiProperty({ required: true, enum: ACTION_KINDS }) @Required() declare kind: ActionKind;
  @ApiProperty({ required: true, enum: ACTION_GRADES }) @Required() declare grade: ActionGrade;
  @ApiProperty({ required: true, format: 'uuid' }) @Required() declare ownerPersonId: string;
  @ApiProperty({ required: true, format: 'date' }) @Required() declare dueOn: string;

  @ApiPropertyOptional({ enum: SOURCE_TYPES, default: 'manual' })
  @IsOptional()
  @IsIn(SOURCE_TYPES)
  sourceType?: SourceType;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  sourceId?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true, description: 'How the source is named.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  sourceLabel?: string | null;
}

export class UpdateImprovementActionDto extends ImprovementActionFields {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class ActionStepDto extends VersionedDto {
  @ApiProperty({ enum: ACTION_STEPS })
  @IsIn(ACTION_STEPS)
  step!: ActionStep;

  @ApiPropertyOptional({ format: 'date', description: 'implement: the implementation date; verify_*: the check date.' })
  @IsOptional()
  @Matches(DATE_ONLY)
  on?: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'What was done, what the check found, or why it reopens.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'verify_*: who checked (not the owner).' })
  @IsOptional()
  @IsUUID()
  verifierPersonId?: string;
}

export class ImprovementActionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;

  @ApiPropertyOptional({ enum: ACTION_STATUSES }) @IsOptional() @IsIn(ACTION_STATUSES) status?: ActionStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'true: every status but closed; false: closed only.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Not closed and past the due date (Asia/Tokyo).' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: ACTION_GRADES }) @IsOptional() @IsIn(ACTION_GRADES) grade?: ActionGrade;
  @ApiPropertyOptional({ enum: ACTION_KINDS }) @IsOptional() @IsIn(ACTION_KINDS) kind?: ActionKind;
  @ApiPropertyOptional({ enum: SOURCE_TYPES }) @IsOptional() @IsIn(SOURCE_TYPES) sourceType?: SourceType;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sourceId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerPersonId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Opened (created) on or after this date.' })
  @IsOptional()
  @Matches(DATE_ONLY)
  createdFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Closed on or after this date.' })
  @IsOptional()
  @Matches(DATE_ONLY)
  closedFrom?: string;

  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ImprovementActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ACTION_KINDS }) kind!: ActionKind;
  @ApiProperty({ enum: ACTION_GRADES }) grade!: ActionGrade;
  @ApiProperty() sourceType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sourceId!: string | null;
  @ApiProperty({ type: String, nullable: true }) sourceLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) rootCause!: string | null;
  @ApiProperty({ type: String, nullable: true }) plan!: string | null;
  @ApiProperty({ type: PersonRefDto }) owner!: PersonRefDto;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ description: 'Not closed and past the due date.' }) overdue!: boolean;
  @ApiProperty({ enum: ACTION_STEPS, isArray: true }) allowedSteps!: ActionStep[];
  @ApiProperty({ description: 'A major nonconformity: closing needs an executive approval.' })
  needsClosingApproval!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) implementedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) implementationNote!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) verifier!: PersonRefDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectivenessCheckedOn!: string | null;
  @ApiProperty({ type: String, enum: ['effective', 'not_effective'], nullable: true })
  effectivenessResult!: 'effective' | 'not_effective' | null;
  @ApiProperty({ type: String, nullable: true }) effectivenessNote!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The approving executive, when approved.' })
  closingApprovedByName!: string | null;
  @ApiProperty({ type: String, nullable: true }) closingApprovedAt!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty() reopenCount!: number;
  @ApiProperty({ type: String, nullable: true }) reopenReason!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class ImprovementActionPageDto extends PageDto(ImprovementActionDto, 'ImprovementActionPageDto') {}
