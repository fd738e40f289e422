import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../../../platform/export/table-export';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { DATE_ONLY, Optional, Required, VersionedDto } from '../../organization/dto/common';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../organization/person.entity';
import { ASSIGNMENT_KINDS, type AssignmentKind } from '../assignment.entity';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../campaign.entity';

export const ASSIGNMENT_STATES = ['open', 'overdue', 'passed', 'withdrawn'] as const;
export type AssignmentStateName = (typeof ASSIGNMENT_STATES)[number];

export class AudienceDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'All active people of these companies…' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  companyIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: '…in these departments (empty: all).' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  departmentIds!: string[];

  @ApiProperty({ enum: EMPLOYMENT_TYPES, isArray: true, description: '…of these employment types (empty: all).' })
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(EMPLOYMENT_TYPES, { each: true })
  employmentTypes!: EmploymentType[];
}

class CampaignFields extends VersionedDto {
  @ApiPropertyOptional({ maxLength: 200, example: '2026年度 年次個人情報保護教育' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleJa!: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'FY2026 annual PMS training' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-06-30' })
  @Optional()
  @Matches(DATE_ONLY, { message: 'dueOn must be a date (YYYY-MM-DD)' })
  dueOn!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-09-30' })
  @Optional()
  @Matches(DATE_ONLY, { message: 'windowEnd must be a date (YYYY-MM-DD)' })
  windowEnd!: string;

  @ApiPropertyOptional({ description: 'Reminders 7 days and 1 day before, and when overdue.' })
  @IsOptional()
  @IsBoolean()
  reminders?: boolean;
}

export class CreateCampaignDto extends CampaignFields {
  @ApiProperty({ format: 'uuid', description: 'The company that runs the campaign and owns the course.' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId!: string;

  @ApiProperty({ type: AudienceDto })
  @ValidateNested()
  @Type(() => AudienceDto)
  audience!: AudienceDto;

  @ApiProperty({ format: 'date', example: '2026-04-01' })
  @Matches(DATE_ONLY, { message: 'windowStart must be a date (YYYY-MM-DD)' })
  windowStart!: string;

  @ApiProperty({ required: true })
  @Required()
  declare titleJa: string;

  @ApiProperty({ required: true })
  @Required()
  declare titleEn: string;

  @ApiProperty({ required: true })
  @Required()
  declare dueOn: string;

  @ApiProperty({ required: true })
  @Required()
  declare windowEnd: string;
}

export class UpdateCampaignDto extends CampaignFields {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;
}

export class CampaignCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() passed!: number;
  @ApiProperty() open!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty({ description: 'Percent passed of those counted (withdrawn left out), one decimal.' }) rate!: number;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() titleJa!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() courseTitleJa!: string;
  @ApiProperty() courseTitleEn!: string;
  @ApiProperty({ type: AudienceDto }) audience!: AudienceDto;
  @ApiProperty() windowStart!: string;
  @ApiProperty() windowEnd!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty() reminders!: boolean;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status!: CampaignStatus;
  @ApiProperty({ type: CampaignCountsDto }) counts!: CampaignCountsDto;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class CampaignListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;
}

export const CampaignListDto = PageDto(CampaignDto, 'CampaignListDto');

export class ProgressGroupDto {
  @ApiProperty({ type: String, nullable: true, description: 'Company id, department id or employment type.' })
  key!: string | null;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty() total!: number;
  @ApiProperty() passed!: number;
  @ApiProperty() open!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() rate!: number;
}

export class ProgressDto {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ description: "Limited to the caller's own department (department managers)." })
  departmentOnly!: boolean;
  @ApiProperty({ type: CampaignCountsDto }) overall!: CampaignCountsDto;
  @ApiProperty({ type: [ProgressGroupDto] }) byCompany!: ProgressGroupDto[];
  @ApiProperty({ type: [ProgressGroupDto] }) byDepartment!: ProgressGroupDto[];
  @ApiProperty({ type: [ProgressGroupDto] }) byEmploymentType!: ProgressGroupDto[];
}

export class AssignmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ASSIGNMENT_STATES })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATES)
  state?: AssignmentStateName;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;
}

export class TrainingAttendeeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) departmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) departmentName!: string | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) kind!: AssignmentKind;
  @ApiProperty({ enum: ASSIGNMENT_STATES }) state!: AssignmentStateName;
  @ApiProperty() dueOn!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) bestScore!: number | null;
  @ApiProperty({ type: String, nullable: true }) passedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) attestationId!: string | null;
}

export const AttendeeListDto = PageDto(TrainingAttendeeDto, 'AttendeeListDto');

export class MakeUpDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'People who missed the due date.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  personIds!: string[];

  @ApiProperty({ format: 'date', example: '2026-07-31' })
  @Matches(DATE_ONLY, { message: 'dueOn must be a date (YYYY-MM-DD)' })
  dueOn!: string;
}

export class MakeUpResultDto {
  @ApiProperty() created!: number;
}

export class SyncResultDto {
  @ApiProperty({ description: 'New hires assigned.' }) assigned!: number;
  @ApiProperty({ description: "Leavers' open assignments withdrawn." }) withdrawn!: number;
}

export class SummaryDto {
  @ApiProperty({ type: CampaignDto }) campaign!: CampaignDto;
  @ApiProperty() companyNameJa!: string;
  @ApiProperty() companyNameEn!: string;
  @ApiProperty({ enum: ['policy', 'importance', 'roles', 'consequences'], isArray: true }) topics!: string[];
  @ApiProperty() courseVersionNo!: number;
  @ApiProperty() passMark!: number;
  @ApiProperty() questionCount!: number;
  @ApiProperty({ type: ProgressDto }) progress!: ProgressDto;
  @ApiProperty({ description: 'Mean score of the passing attempts.' }) averageScore!: number;
  @ApiProperty() makeUps!: number;
  @ApiProperty() generatedAt!: string;
}

export class CoverageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Without it: every company in the caller's scope." })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Words to find in the name, kana, employee number or e-mail (all must match).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;
}

/** The coverage list's filters and `format` (csv by default); the file holds every row, whatever the page. */
export class CoverageExportQueryDto extends CoverageQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class CoverageRowDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty({ type: String, nullable: true }) departmentName!: string | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Last pass of an annual course (Tokyo date).' })
  lastPassedOn!: string | null;
}

export const CoverageListDto = PageDto(CoverageRowDto, 'CoverageListDto');
