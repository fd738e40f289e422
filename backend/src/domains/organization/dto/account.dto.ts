import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { LANGUAGES, type Language } from '../account.entity';
import { Optional } from './common';

export class CreateAccountDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The person the account signs in for; the account belongs to their company.',
  })
  @IsUUID()
  personId!: string;

  @ApiProperty({ maxLength: 254, example: 'hanako.yamada@example.jp' })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'ja' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    maxLength: 128,
    description:
      'Initial password (the person must change it at first sign-in). Left out: one is generated and returned once.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string;
}

export class UpdateAccountDto {
  @ApiPropertyOptional({ maxLength: 254 })
  @Optional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @Optional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ description: 'Disabling ends every session of the account.' })
  @Optional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({
    maxLength: 128,
    description: 'Temporary password. Left out: one is generated and returned once.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class AccountQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the e-mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  disabled?: boolean;
}

export class AccountDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty() disabled!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ description: 'Locked after ten failed sign-ins, for 15 minutes.' }) locked!: boolean;
  @ApiProperty({ type: String, nullable: true }) lockedUntil!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastSignInAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) passwordChangedAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class AccountWithPasswordDto extends AccountDto {
  @ApiPropertyOptional({ description: 'The generated temporary password, shown this once.' })
  temporaryPassword?: string;
}

export class AccountPageDto extends PageDto(AccountDto, 'AccountPageDto') {}
