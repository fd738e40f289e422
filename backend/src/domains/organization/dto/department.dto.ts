import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional, Required } from './common';

class DepartmentFields {
  @ApiPropertyOptional({ example: '個人情報保護推進室', maxLength: 200 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    example: 'PMS',
    maxLength: 50,
    description: 'Unique within the company; letters, digits, - and _.',
  })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @Matches(/^[A-Za-z0-9_-]+$/)
  code!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Parent department; null for the top level.',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class CreateDepartmentDto extends DepartmentFields {
  @ApiProperty({ required: true })
  @Required()
  declare name: string;

  @ApiProperty({ required: true })
  @Required()
  declare code: string;
}

export class UpdateDepartmentDto extends DepartmentFields {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class DepartmentNodeDto extends DepartmentDto {
  @ApiProperty({ type: () => [DepartmentNodeDto] }) children!: DepartmentNodeDto[];
}

export class DepartmentTreeDto {
  @ApiProperty({ type: [DepartmentNodeDto], description: 'Top-level departments, each with its sub-departments.' })
  items!: DepartmentNodeDto[];
  @ApiProperty({ description: 'Departments in the whole tree.' }) total!: number;
}
