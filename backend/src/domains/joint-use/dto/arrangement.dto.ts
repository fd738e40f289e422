import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { DATE_ONLY, Optional, Required } from '../../organization/dto/common';
import {
  ARRANGEMENT_STATUSES,
  ArrangementStatus,
  CHANGE_KINDS,
  ChangeKind,
  NOTICE_FIELDS,
  NOTICE_ITEMS,
  NoticeItem,
  SCOPE_CHANGE_EXCEPTIONS,
  ScopeChangeException,
} from '../joint-use.rules';

export class JointUserDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'A company of the group directory.',
  })
  @IsOptional()
  @IsUUID()
  companyId!: string | null;

  @ApiProperty({ maxLength: 200, example: 'Written Byte Ltd' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  representative!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'JP', description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2}$/)
  country!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: 'Joint-use contract signed on.' })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  contractSignedOn!: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    description: 'Where the signed contract is kept.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contractReference!: string | null;
}

const text = (max: number, description?: string) => (target: object, property: string) => {
  ApiPropertyOptional({ maxLength: max, description })(target, property);
  Optional()(target, property);
  IsString()(target, property);
  MaxLength(max)(target, property);
};

/** The notice content, as sent by create and change bodies. */
class ArrangementFields {
  @ApiPropertyOptional({ maxLength: 200, example: 'GMOインターネットグループ各社との共同利用' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @text(2000, 'Data items used jointly (Japanese; decides the notice).') dataItemsJa?: string;
  @text(2000) dataItemsEn?: string;
  @text(2000, 'Scope of joint users as described to the public.') scopeDescriptionJa?: string;
  @text(2000) scopeDescriptionEn?: string;

  @ApiPropertyOptional({ description: 'The scope covers the companies of the group directory.' })
  @Optional()
  @IsBoolean()
  coversGroup?: boolean;

  @ApiPropertyOptional({ type: [JointUserDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => JointUserDto)
  jointUsers?: JointUserDto[];

  @text(4000) purposesJa?: string;
  @text(4000) purposesEn?: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  responsibleCompanyId?: string | null;

  @text(200) responsibleNameJa?: string;
  @text(200) responsibleNameEn?: string;
  @text(300) responsibleAddressJa?: string;
  @text(300) responsibleAddressEn?: string;
  @text(200) responsibleRepresentativeJa?: string;
  @text(200) responsibleRepresentativeEn?: string;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  responsibleIsCorporation?: boolean;

  @text(2000) acquisitionMethodJa?: string;
  @text(2000) acquisitionMethodEn?: string;
}

export class CreateArrangementDto extends ArrangementFields {
  @ApiProperty({ format: 'uuid', description: 'The company whose arrangement this is.' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ required: true })
  @Required()
  declare title: string;
}

/** A change of an arrangement: content, plus the conditions R-JU-03 may ask for. */
export class ChangeArrangementDto extends ArrangementFields {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'When a change of purposes or responsible party takes effect (after its publication).',
  })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  effectiveOn?: string | null;

  @ApiPropertyOptional({ enum: SCOPE_CHANGE_EXCEPTIONS, nullable: true })
  @IsOptional()
  @IsIn(SCOPE_CHANGE_EXCEPTIONS)
  exception?: ScopeChangeException | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  justification?: string | null;

  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class ArrangementQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: ARRANGEMENT_STATUSES })
  @IsOptional()
  @IsIn(ARRANGEMENT_STATUSES)
  status?: ArrangementStatus;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class NoticeQueryDto {
  @ApiPropertyOptional({ enum: ['ja', 'en'], default: 'ja' })
  @IsOptional()
  @IsIn(['ja', 'en'])
  lang?: 'ja' | 'en';
}

export class DirectoryCompanyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() nameJa!: string;
}

export class GroupReviewDto {
  @ApiProperty({ description: 'A company joined or left the group directory since the last publication.' })
  needed!: boolean;
  @ApiProperty({ type: [DirectoryCompanyDto] }) added!: DirectoryCompanyDto[];
  @ApiProperty({ type: [DirectoryCompanyDto] }) removed!: DirectoryCompanyDto[];
}

export class CompletenessDto {
  @ApiProperty({ enum: NOTICE_ITEMS, isArray: true, description: 'R-JU-01: required items still empty.' })
  missingItems!: NoticeItem[];
  @ApiProperty({ type: [String], description: 'R-JU-02: joint users without a signed contract on file.' })
  jointUsersWithoutContract!: string[];
}

export class PendingChangeDto {
  @ApiProperty({ enum: CHANGE_KINDS, isArray: true }) kinds!: ChangeKind[];
  @ApiProperty({ type: String, nullable: true, format: 'date' }) effectiveOn!: string | null;
  @ApiProperty({ enum: SCOPE_CHANGE_EXCEPTIONS, nullable: true }) exception!: ScopeChangeException | null;
  @ApiProperty({ type: String, nullable: true }) justification!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Publish without delay since (responsible party details changed).',
  })
  publishWithoutDelaySince!: string | null;
}

export class ArrangementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ARRANGEMENT_STATUSES }) status!: ArrangementStatus;
  @ApiProperty({ example: '法27条5項3号 (旧23条5項3号)' }) legalBasis!: string;
  @ApiProperty() dataItemsJa!: string;
  @ApiProperty() dataItemsEn!: string;
  @ApiProperty() scopeDescriptionJa!: string;
  @ApiProperty() scopeDescriptionEn!: string;
  @ApiProperty() coversGroup!: boolean;
  @ApiProperty({ type: [JointUserDto] }) jointUsers!: JointUserDto[];
  @ApiProperty() purposesJa!: string;
  @ApiProperty() purposesEn!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) responsibleCompanyId!: string | null;
  @ApiProperty() responsibleNameJa!: string;
  @ApiProperty() responsibleNameEn!: string;
  @ApiProperty() responsibleAddressJa!: string;
  @ApiProperty() responsibleAddressEn!: string;
  @ApiProperty() responsibleRepresentativeJa!: string;
  @ApiProperty() responsibleRepresentativeEn!: string;
  @ApiProperty() responsibleIsCorporation!: boolean;
  @ApiProperty() acquisitionMethodJa!: string;
  @ApiProperty() acquisitionMethodEn!: string;
  @ApiProperty({ description: 'The last published version; 0 while a draft.' }) currentVersionNo!: number;
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) endedAt!: string | null;
  @ApiProperty({ type: PendingChangeDto }) pending!: PendingChangeDto;
  @ApiProperty({ type: CompletenessDto }) completeness!: CompletenessDto;
  @ApiProperty({ type: GroupReviewDto }) groupReview!: GroupReviewDto;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class ArrangementPageDto extends PageDto(ArrangementDto, 'ArrangementPageDto') {}

export class ChangeDecisionDto {
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The refusal code when not allowed.' }) code!:
    string | null;
  @ApiProperty() publishWithoutDelay!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) effectiveOn!: string | null;
}

export class ChangePreviewDto {
  @ApiProperty({ enum: CHANGE_KINDS, isArray: true }) kinds!: ChangeKind[];
  @ApiProperty({ enum: NOTICE_FIELDS, isArray: true }) changedFields!: string[];
  @ApiProperty({ enum: ['none', 'allowed', 'publish_without_delay', 'prior_notice', 'forbidden'] })
  verdict!: string;
  @ApiProperty({ type: ChangeDecisionDto }) decision!: ChangeDecisionDto;
  @ApiProperty({ type: String, format: 'date', description: 'The publication date the rule compares with (today).' })
  publicationDate!: string;
}

export class JointUseNoticeDto {
  @ApiProperty({ format: 'uuid' }) arrangementId!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty({ enum: ['ja', 'en'] }) lang!: 'ja' | 'en';
  @ApiProperty() text!: string;
  @ApiProperty() publishedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) effectiveOn!: string | null;
}

export class FieldDiffDto {
  @ApiProperty({ enum: NOTICE_FIELDS }) field!: string;
  @ApiProperty({ nullable: true, description: 'Text, boolean, or the list of joint users.' }) before!: unknown;
  @ApiProperty({ nullable: true }) after!: unknown;
}

export class NoticeVersionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty() publishedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) effectiveOn!: string | null;
  @ApiProperty({ enum: ['published', 'imported'] }) origin!: string;
  @ApiProperty({ enum: CHANGE_KINDS, isArray: true }) changeKinds!: ChangeKind[];
  @ApiProperty({ enum: SCOPE_CHANGE_EXCEPTIONS, nullable: true }) exception!: ScopeChangeException | null;
  @ApiProperty({ type: String, nullable: true }) justification!: string | null;
  @ApiProperty({ enum: NOTICE_ITEMS, isArray: true, description: 'Required items missing in this version.' })
  missingItems!: NoticeItem[];
  @ApiProperty() textJa!: string;
  @ApiProperty() textEn!: string;
  @ApiProperty({ type: [FieldDiffDto], description: 'Field by field against the previous version.' })
  diff!: FieldDiffDto[];
}

export class NoticeVersionPageDto extends PageDto(NoticeVersionDto, 'NoticeVersionPageDto') {}

export class ContractUploadQueryDto {
  @ApiPropertyOptional({ maxLength: 255, example: '共同利用契約書.pdf' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;
}
