import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
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
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../person.entity';
import { DATE_ONLY, Optional, Required } from './common';

/** Kana: katakana or hiragana (full or half width), long vowel mark, middle dot and spaces. */
const KANA = /^[\p{Script=Katakana}\p{Script=Hiragana}ー・ｰﾞﾟ゛゜\s\u3000]+$/u;

class PersonFields {
  @ApiPropertyOptional({ example: 'T00012', maxLength: 50, description: 'Unique within the company.' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @Matches(/^[A-Za-z0-9_-]+$/)
  employeeNumber!: string;

  @ApiPropertyOptional({ example: '山田', maxLength: 100 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  familyName!: string;

  @ApiPropertyOptional({ example: '花子', maxLength: 100 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  givenName!: string;

  @ApiPropertyOptional({ example: 'ヤマダ', maxLength: 100 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(KANA, { message: 'familyNameKana must be written in kana' })
  familyNameKana!: string;

  @ApiPropertyOptional({ example: 'ハナコ', maxLength: 100 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(KANA, { message: 'givenNameKana must be written in kana' })
  givenNameKana!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254, example: 'hanako.yamada@example.jp' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @Optional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType!: EmploymentType;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2024-04-01' })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  hireDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Set for people who left; not before hireDate.',
  })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  leaveDate?: string | null;

  @ApiPropertyOptional({
    default: true,
    description: 'False for people who left. Setting it false disables their account and ends its sessions.',
  })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

export class CreatePersonDto extends PersonFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ required: true })
  @Required()
  declare employeeNumber: string;

  @ApiProperty({ required: true })
  @Required()
  declare familyName: string;

  @ApiProperty({ required: true })
  @Required()
  declare givenName: string;

  @ApiProperty({ required: true })
  @Required()
  declare familyNameKana: string;

  @ApiProperty({ required: true })
  @Required()
  declare givenNameKana: string;

  @ApiProperty({ required: true, enum: EMPLOYMENT_TYPES })
  @Required()
  declare employmentType: EmploymentType;
}

export class UpdatePersonDto extends PersonFields {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export const PEOPLE_SORTS = [
  'nameKana',
  '-nameKana',
  'employeeNumber',
  '-employeeNumber',
  'hireDate',
  '-hireDate',
  'updatedAt',
  '-updatedAt',
] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class PeopleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
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

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: PEOPLE_SORTS, default: 'nameKana', description: 'A leading - sorts descending.' })
  @IsOptional()
  @IsIn(PEOPLE_SORTS)
  sort?: PeopleSort;
}

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyNameKana!: string;
  @ApiProperty() givenNameKana!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType!: EmploymentType;
  @ApiProperty({ type: String, format: 'date', nullable: true }) hireDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leaveDate!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class PersonPageDto extends PageDto(PersonDto, 'PersonPageDto') {}
