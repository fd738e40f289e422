import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageDto, PageQueryDto } from '../../pagination/pagination';

export class AuditFilterDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this company (must be one you may read).' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Account that acted.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'person', maxLength: 60 })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(/^[a-z_]+$/)
  entityType?: string;

  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ example: 'person.updated', maxLength: 60 })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(/^[a-z_]+\.[a-z_]+$/)
  action?: string;

  @ApiPropertyOptional({
    description: 'From this instant (inclusive), ISO 8601.',
    example: '2026-04-01T00:00:00+09:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this instant (exclusive), ISO 8601.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AuditExportDto extends AuditFilterDto {
  @ApiPropertyOptional({ enum: ['csv'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv'])
  format?: 'csv';
}

export class AuditVerifyQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Verify only this company’s chain.' })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}

export class AuditChangeDto {
  @ApiProperty({ nullable: true, description: 'Value before the write (JSON).' }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'Value after the write (JSON).' }) after!: unknown;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: group-level chain' }) companyId!:
    string | null;
  @ApiProperty({ description: 'Position in the company’s chain, from 1.' }) seq!: number;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorAccountId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty({ example: 'person.updated' }) action!: string;
  @ApiProperty({ example: 'person' }) entityType!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/AuditChangeDto' },
    nullable: true,
  })
  changes!: Record<string, AuditChangeDto> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty() previousHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditEventPageDto extends PageDto(AuditEventDto, 'AuditEventPageDto') {}

export class AuditVerifyDto {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'Events checked.' }) checked!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) firstBrokenEventId!: string | null;
}
