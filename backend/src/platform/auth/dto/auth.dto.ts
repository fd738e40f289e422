import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '../../../domains/organization/account.entity';
import { ACTIONS, RESOURCE_NAMES, ROLES, type Action, type Resource, type Role } from '../../access/permissions';

export class LoginDto {
  @ApiProperty({ example: 'pms@mamori.example', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'mamori-demo-2026', maxLength: 1024 })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: 1024 })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ minLength: 12, maxLength: 128, description: 'At least 12 characters; common passwords are refused.' })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

export class UpdateMeDto {
  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language!: Language;
}

export class CsrfTokenDto {
  @ApiProperty({
    description: 'Same value as the XSRF-TOKEN cookie; send it as X-XSRF-TOKEN on POST, PATCH, PUT and DELETE.',
  })
  token!: string;
}

/** `{ resource: actions[] }`: one optional property per resource of the permission matrix. */
export class GrantsDto {}
for (const resource of RESOURCE_NAMES) {
  ApiPropertyOptional({ enum: ACTIONS, isArray: true })(GrantsDto.prototype, resource);
}
export type GrantsShape = Partial<Record<Resource, Action[]>>;

/** `{ role: grants }`: the whole permission matrix. */
export class MatrixDto {}
for (const role of ROLES) {
  ApiProperty({ type: GrantsDto })(MatrixDto.prototype, role);
}

export class MeAccountDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'pms@mamori.example' }) email!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({
    description: 'True after an administrator reset: only password change, /me and sign-out are allowed.',
  })
  mustChangePassword!: boolean;
}

export class MePersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyNameKana!: string;
  @ApiProperty() givenNameKana!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) departmentName!: string | null;
}

export class MeMembershipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the whole group' }) companyId!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) companyNameJa!: string | null;
  @ApiProperty({ type: String, nullable: true }) companyNameEn!: string | null;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class MeCompanyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() nameJa!: string;
  @ApiProperty() nameEn!: string;
}

export class EffectivePermissionsDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: applies in every company of the group',
  })
  companyId!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: GrantsDto }) grants!: GrantsShape;
}

export class MeSessionDto {
  @ApiProperty({ description: 'Absolute end of the session.' }) expiresAt!: string;
  @ApiProperty({ example: 1800 }) idleTimeoutSeconds!: number;
}

export class MeDto {
  @ApiProperty({ type: MeAccountDto }) account!: MeAccountDto;
  @ApiProperty({ type: MePersonDto, nullable: true }) person!: MePersonDto | null;
  @ApiProperty({ type: [MeMembershipDto] }) memberships!: MeMembershipDto[];
  @ApiProperty({ type: [MeCompanyDto], description: 'Companies the caller may see.' }) companies!: MeCompanyDto[];
  @ApiProperty({ type: [EffectivePermissionsDto] }) permissions!: EffectivePermissionsDto[];
  @ApiProperty({ type: MatrixDto, description: 'The whole permission matrix (role → resource → actions).' })
  matrix!: Record<Role, GrantsShape>;
  @ApiProperty({ type: MeSessionDto }) session!: MeSessionDto;
}
