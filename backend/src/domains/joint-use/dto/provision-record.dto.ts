import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../../../platform/export/table-export';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { DATE_ONLY, Optional, Required } from '../../organization/dto/common';
import { BASES, Basis, Direction, DIRECTIONS, RECORDING_METHODS, RecordingMethod } from '../provision-record.rules';

const text = (max: number, description?: string) => (target: object, property: string) => {
  ApiPropertyOptional({ type: String, nullable: true, maxLength: max, description })(target, property);
  IsOptional()(target, property);
  IsString()(target, property);
  MaxLength(max)(target, property);
};
const date = (description?: string) => (target: object, property: string) => {
  ApiPropertyOptional({ type: String, nullable: true, format: 'date', description })(target, property);
  IsOptional()(target, property);
  IsString()(target, property);
  Matches(DATE_ONLY)(target, property);
};

class ProvisionRecordFields {
  @ApiPropertyOptional({ enum: DIRECTIONS, description: 'A provision made, or a receipt from a third party.' })
  @Optional()
  @IsIn(DIRECTIONS)
  direction!: Direction;

  @ApiPropertyOptional({ enum: BASES })
  @Optional()
  @IsIn(BASES)
  basis!: Basis;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 4,
    description: 'The policy’s case (§7) for a legal exception.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  lawExceptionCase?: number | null;

  @ApiPropertyOptional({ enum: RECORDING_METHODS })
  @Optional()
  @IsIn(RECORDING_METHODS)
  recordingMethod!: RecordingMethod;

  @date('Date provided (or received).') providedOn?: string | null;
  @date('Last provision covered by a bulk record or a contract.') lastProvidedOn?: string | null;
  @date('Date the record was made; today when left out.') recordedOn?: string | null;
  @text(200, 'Recipient (provision) or provider (receipt).') counterpartyName?: string | null;
  @text(300) counterpartyAddress?: string | null;
  @text(200) counterpartyRepresentative?: string | null;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  counterpartyIsCorporation?: boolean;

  @text(2000, 'Receipt: how the provider acquired the data.') providerAcquisition?: string | null;
  @text(2000, 'Who the data is about (names, or a description of the group).') personsConcerned?: string | null;
  @text(2000) dataItems?: string | null;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  consentObtained?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  arrangementId?: string | null;

  @text(2000) note?: string | null;
}

export class CreateProvisionRecordDto extends ProvisionRecordFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ enum: DIRECTIONS, required: true })
  @Required()
  declare direction: Direction;

  @ApiProperty({ enum: BASES, required: true })
  @Required()
  declare basis: Basis;

  @ApiProperty({ enum: RECORDING_METHODS, required: true })
  @Required()
  declare recordingMethod: RecordingMethod;
}

export class UpdateProvisionRecordDto extends ProvisionRecordFields {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class ProvisionRecordQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: DIRECTIONS })
  @IsOptional()
  @IsIn(DIRECTIONS)
  direction?: Direction;

  @ApiPropertyOptional({ enum: BASES })
  @IsOptional()
  @IsIn(BASES)
  basis?: Basis;

  @ApiPropertyOptional({ format: 'date', description: 'Provided on or after.' })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Provided on or before.' })
  @IsOptional()
  @IsString()
  @Matches(DATE_ONLY)
  to?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the counterparty, the persons or the items.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ProvisionRecordExportQueryDto extends ProvisionRecordQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class ProvisionRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ enum: DIRECTIONS }) direction!: Direction;
  @ApiProperty({ enum: BASES }) basis!: Basis;
  @ApiProperty({ type: Number, nullable: true }) lawExceptionCase!: number | null;
  @ApiProperty({ enum: RECORDING_METHODS }) recordingMethod!: RecordingMethod;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) providedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) lastProvidedOn!: string | null;
  @ApiProperty({ format: 'date' }) recordedOn!: string;
  @ApiProperty({ type: String, nullable: true }) counterpartyName!: string | null;
  @ApiProperty({ type: String, nullable: true }) counterpartyAddress!: string | null;
  @ApiProperty({ type: String, nullable: true }) counterpartyRepresentative!: string | null;
  @ApiProperty() counterpartyIsCorporation!: boolean;
  @ApiProperty({ type: String, nullable: true }) providerAcquisition!: string | null;
  @ApiProperty({ type: String, nullable: true }) personsConcerned!: string | null;
  @ApiProperty({ type: String, nullable: true }) dataItems!: string | null;
  @ApiProperty() consentObtained!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) arrangementId!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ description: 'R-TP-01: whether the basis requires a record.' }) recordRequired!: boolean;
  @ApiProperty({ format: 'date', description: 'R-TP-02: kept until this date.' }) purgeAfter!: string;
  @ApiProperty({ description: 'Whether it may be deleted today.' }) deletable!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class ProvisionRecordPageDto extends PageDto(ProvisionRecordDto, 'ProvisionRecordPageDto') {}
