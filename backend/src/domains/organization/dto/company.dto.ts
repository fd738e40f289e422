import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { IsCorporateNumber } from '../corporate-number.rules';
import { DATE_ONLY, Optional, Required } from './common';

const POSTAL_CODE = /^\d{3}-?\d{4}$/;
const PHONE = /^[0-9+()\- ]{6,30}$/;

class CompanyFields {
  @ApiPropertyOptional({ example: 'GMO TECH株式会社', maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameJa!: string;

  @ApiPropertyOptional({ example: 'GMO TECH, Inc.', maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameEn!: string;

  @ApiPropertyOptional({ example: '1180301018771', description: '法人番号: 13 digits, check digit first.' })
  @Optional()
  @IsString()
  @IsCorporateNumber()
  corporateNumber!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '150-8512' })
  @IsOptional()
  @IsString()
  @Matches(POSTAL_CODE)
  postalCode?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 300,
    example: '東京都渋谷区桜丘町26-1 セルリアンタワー',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: '代表取締役社長' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  representativeTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  representativeName?: string | null;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  privacyMarkHolder?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 30, example: '10800000(01)' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  privacyMarkNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2027-03-31' })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  privacyMarkExpiresOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: '個人情報問合せ窓口' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactDeskName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '150-8512' })
  @IsOptional()
  @IsString()
  @Matches(POSTAL_CODE)
  contactPostalCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contactAddress?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '03-5489-6370' })
  @IsOptional()
  @IsString()
  @Matches(PHONE)
  contactPhone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: '平日10:00〜19:00' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactHours?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254, example: 'privacy@example.jp' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string | null;
}

/** Creating a company: names and corporate number are required. */
export class CreateCompanyDto extends CompanyFields {
  @ApiProperty({ required: true })
  @Required()
  declare nameJa: string;

  @ApiProperty({ required: true })
  @Required()
  declare nameEn: string;

  @ApiProperty({ required: true })
  @Required()
  declare corporateNumber: string;
}

/** Changing a company: any subset of the fields, plus the version edited (or If-Match). */
export class UpdateCompanyDto extends CompanyFields {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class CompanyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of a name or the corporate number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() nameJa!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() corporateNumber!: string;
  @ApiProperty({ type: String, nullable: true }) postalCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) representativeTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) representativeName!: string | null;
  @ApiProperty() privacyMarkHolder!: boolean;
  @ApiProperty({ type: String, nullable: true }) privacyMarkNumber!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) privacyMarkExpiresOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactDeskName!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPostalCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactAddress!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactHours!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class CompanyPageDto extends PageDto(CompanyDto, 'CompanyPageDto') {}
