import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DEFAULT_LIMIT, MAX_LIMIT, PageDto } from '../../../../platform/pagination/pagination';
import {
  ROSTER_ENCODINGS,
  ROSTER_IMPORT_STATUSES,
  ROSTER_MODES,
  type RosterEncoding,
  type RosterImportStatus,
  type RosterMode,
} from '../roster-import.entity';
import { ROSTER_FIELDS, type RosterField } from '../roster-mapping';
import { ROW_ERROR_CODES, type RowErrorCode } from '../row.rules';

export const REQUESTED_ENCODINGS = ['auto', ...ROSTER_ENCODINGS] as const;

export class RosterUploadQueryDto {
  @ApiPropertyOptional({
    enum: REQUESTED_ENCODINGS,
    default: 'auto',
    description: 'auto: UTF-8 when the file is valid UTF-8 (with or without BOM), otherwise Shift_JIS (CP932).',
  })
  @IsOptional()
  @IsIn(REQUESTED_ENCODINGS)
  encoding?: (typeof REQUESTED_ENCODINGS)[number];

  @ApiPropertyOptional({
    enum: ROSTER_MODES,
    default: 'partial',
    description: 'full: the file is the whole roster and people missing from it are marked as leavers.',
  })
  @IsOptional()
  @IsIn(ROSTER_MODES)
  mode?: RosterMode;

  @ApiPropertyOptional({ maxLength: 255, description: 'The name of the uploaded file, shown in the wizard.' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;
}

const column = (description: string, required = false) =>
  (required ? ApiProperty : ApiPropertyOptional)({ maxLength: 200, description });

/**
 * Person field → column header of the file. The required fields are checked with the columns (one
 * REQUIRED or UNKNOWN_COLUMN error per field), so they are optional for the validation pipe.
 */
export class RosterMappingDto {
  @column('社員番号 / 従業員番号. Unique within the company: the key of the import.', true)
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  employeeNumber!: string;

  @column('姓, or 氏名 (split at the first space when givenName is not mapped or maps to the same column).', true)
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  familyName!: string;

  @column('名')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  givenName?: string;

  @column('セイ, or フリガナ for the whole name (split like the name).')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  familyNameKana?: string;

  @column('メイ')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  givenNameKana?: string;

  @column('メールアドレス')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  email?: string;

  @column('部署コード (or the department name when it is unique in the company).')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  departmentCode?: string;

  @column('雇用形態: 役員, 正社員, 契約社員, パート・アルバイト, 派遣社員 or the codes.', true)
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  employmentType!: string;

  @column('入社日')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  hireDate?: string;

  @column('退職日. People with a leave date on or before today are imported as leavers.')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  leaveDate?: string;
}

export class RosterMappingBodyDto {
  @ApiProperty({ type: RosterMappingDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => RosterMappingDto)
  mapping!: RosterMappingDto;

  @ApiPropertyOptional({ enum: ROSTER_MODES, description: 'Changes the mode chosen at upload.' })
  @IsOptional()
  @IsIn(ROSTER_MODES)
  mode?: RosterMode;

  @ApiPropertyOptional({ minimum: 1, description: 'The version you saw; or send it as If-Match. Optional here.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class RosterApplyDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The version of the preview you checked; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class RosterErrorsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10_000_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;
}

export class RosterMappingViewDto {
  @ApiPropertyOptional() employeeNumber?: string;
  @ApiPropertyOptional() familyName?: string;
  @ApiPropertyOptional() givenName?: string;
  @ApiPropertyOptional() familyNameKana?: string;
  @ApiPropertyOptional() givenNameKana?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() departmentCode?: string;
  @ApiPropertyOptional() employmentType?: string;
  @ApiPropertyOptional() hireDate?: string;
  @ApiPropertyOptional() leaveDate?: string;
}

export class RosterImportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ enum: ROSTER_IMPORT_STATUSES }) status!: RosterImportStatus;
  @ApiProperty({ enum: ROSTER_ENCODINGS, description: 'The encoding the file was read in.' }) encoding!: RosterEncoding;
  @ApiProperty({ enum: ROSTER_MODES }) mode!: RosterMode;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty() byteSize!: number;
  @ApiProperty({ type: [String], description: 'Column headers (first row), made unique.' }) headers!: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'The first data rows (empty once the import is applied).',
  })
  sampleRows!: string[][];
  @ApiProperty({ type: RosterMappingViewDto }) suggestedMapping!: RosterMappingViewDto;
  @ApiProperty({ type: RosterMappingViewDto, nullable: true }) mapping!: RosterMappingViewDto | null;
  @ApiProperty({ description: 'Data rows (blank lines not counted).' }) rowCount!: number;
  @ApiProperty({ type: Number, nullable: true }) validCount!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Rows with at least one error; they are skipped.' })
  errorCount!: number | null;
  @ApiProperty({ type: Number, nullable: true }) toCreate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) toUpdate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) toLeave!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Valid rows that change nothing.' })
  unchanged!: number | null;
  @ApiProperty({ description: 'While applying: rows written so far.' }) processed!: number;
  @ApiProperty({ description: 'While applying: rows to write.' }) total!: number;
  @ApiProperty({ type: Number, nullable: true }) created!: number | null;
  @ApiProperty({ type: Number, nullable: true }) updated!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'People marked as leavers.' }) left!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'APPLY_FAILED' }) failureCode!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty() version!: number;
}

export class RosterRowErrorDto {
  @ApiProperty({ description: 'The row as a spreadsheet numbers it (the header is row 1).', example: 12 })
  row!: number;
  @ApiProperty({ description: 'The column header in the file.', example: '入社日' }) column!: string;
  @ApiProperty({ enum: ROSTER_FIELDS }) field!: RosterField;
  @ApiProperty({ enum: ROW_ERROR_CODES }) code!: RowErrorCode;
  @ApiProperty() message!: string;
}

export class RosterRowErrorPageDto extends PageDto(RosterRowErrorDto, 'RosterRowErrorPageDto') {}

export class RosterImportPreviewDto extends RosterImportDto {
  @ApiProperty({ type: RosterRowErrorPageDto, description: 'The first page of row errors.' })
  errors!: RosterRowErrorPageDto;
}
