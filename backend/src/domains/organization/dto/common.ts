import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

/** For PATCH bodies: the field may be left out, but when present it is validated (null included). */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** ISO calendar date, as PostgreSQL `date` columns take and give them. */
export const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `version` in a write body, as an alternative to If-Match. */
export class VersionedDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}
