import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { PRIVACY_MARK_STATES, type PrivacyMarkState } from '../dashboard.rules';

export class DashboardQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One company; without it, every company in scope rolled up.' })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}

export class DashboardFigureDto {
  @ApiProperty({ description: 'Translation key, e.g. improvement.overdue.' }) key!: string;
  @ApiProperty({ description: 'The contributing domain.' }) source!: string;
  @ApiProperty({ enum: ['count', 'days', 'date'] }) kind!: 'count' | 'days' | 'date';
  @ApiProperty({ type: Number, nullable: true, description: 'count and days figures.' }) value!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'date figures.' }) date!: string | null;
  @ApiProperty({ enum: ['neutral', 'ok', 'warn', 'bad'] }) tone!: 'neutral' | 'ok' | 'warn' | 'bad';
  @ApiProperty({ description: 'The page listing what the figure counts.' }) route!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) query!: Record<string, string>;
  @ApiProperty({ description: 'The API list behind the figure (under /api/v1).' }) listPath!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) listQuery!: Record<string, string>;
}

export class DashboardTrendPointDto {
  @ApiProperty({ example: '2026-06' }) month!: string;
  @ApiProperty({ type: [Number], description: 'One value per series, in the order of `series`.' }) values!: number[];
}

export class DashboardTrendDto {
  @ApiProperty() key!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ type: [String] }) series!: string[];
  @ApiProperty({ type: [DashboardTrendPointDto] }) points!: DashboardTrendPointDto[];
  @ApiProperty() route!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) query!: Record<string, string>;
}

export class DashboardSummaryDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: rolled up over the scope.' })
  companyId!: string | null;
  @ApiProperty() companyCount!: number;
  @ApiProperty() asOf!: string;
  @ApiProperty({ format: 'date', description: 'Today in Asia/Tokyo.' }) today!: string;
  @ApiProperty({ type: [DashboardFigureDto] }) figures!: DashboardFigureDto[];
  @ApiProperty({ type: [DashboardTrendDto] }) trends!: DashboardTrendDto[];
}

export class PrivacyMarkQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
  @ApiPropertyOptional({
    enum: [...PRIVACY_MARK_STATES, 'attention', 'held'],
    description: 'attention: late or expired; held: every company with an expiry date.',
  })
  @IsOptional()
  @IsIn([...PRIVACY_MARK_STATES, 'attention', 'held'])
  state?: PrivacyMarkState | 'attention' | 'held';
}

export class PrivacyMarkStatusDto {
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyNameJa!: string;
  @ApiProperty() companyNameEn!: string;
  @ApiProperty({ type: String, nullable: true }) privacyMarkNumber!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) expiresOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) renewalOpensOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) renewalClosesOn!: string | null;
  @ApiProperty({ enum: PRIVACY_MARK_STATES }) state!: PrivacyMarkState;
}

export class PrivacyMarkPageDto extends PageDto(PrivacyMarkStatusDto, 'PrivacyMarkPageDto') {}

export class OfficerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
  @ApiPropertyOptional({ enum: ['missing'], description: 'missing: companies without a PMS manager.' })
  @IsOptional()
  @IsIn(['missing'])
  state?: 'missing';
}

export class OfficerStatusDto {
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyNameJa!: string;
  @ApiProperty() companyNameEn!: string;
  @ApiProperty({
    type: [String],
    description: 'Names of the PMS managers (個人情報保護管理者) appointed in the company.',
  })
  pmsManagers!: string[];
  @ApiProperty({ type: [String], description: 'Names of the executives with a role in the company.' })
  executives!: string[];
  @ApiProperty({ description: 'No active account holds the PMS manager role in the company itself.' })
  pmsManagerMissing!: boolean;
}

export class OfficerPageDto extends PageDto(OfficerStatusDto, 'OfficerPageDto') {}
