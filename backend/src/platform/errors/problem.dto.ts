import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'personCount' })
  field!: string;
  @ApiProperty({ example: 'NOT_AN_INTEGER' })
  code!: string;
  @ApiProperty({ example: 'personCount must be an integer number' })
  message!: string;
}

/** RFC 9457 problem document (application/problem+json) returned by every error. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:mamori:problem:validation-failed' })
  type!: string;
  @ApiProperty({ example: 'Bad Request' })
  title!: string;
  @ApiProperty({ example: 400 })
  status!: number;
  @ApiProperty({ example: 'The request has 1 invalid field.' })
  detail!: string;
  @ApiProperty({ description: 'Stable error code; the web app translates it.', example: 'VALIDATION_FAILED' })
  code!: string;
  @ApiPropertyOptional({ example: '/api/v1/health' })
  instance?: string;
  @ApiPropertyOptional({ example: '2f1c9d4e-4a8b-4c0e-9f57-3b0f4e0b6a11' })
  requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
