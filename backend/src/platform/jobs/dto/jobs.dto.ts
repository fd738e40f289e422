import { ApiProperty } from '@nestjs/swagger';

export class JobDto {
  @ApiProperty({ example: 'notifications.reminders' })
  name!: string;
  @ApiProperty({ example: 'every 900 s' })
  schedule!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextRunAt!: string | null;
  @ApiProperty({ description: 'A process holds the lease of a run right now.' })
  running!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastStartedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastFinishedAt!: string | null;
  @ApiProperty({ type: String, enum: ['succeeded', 'failed'], nullable: true })
  lastStatus!: 'succeeded' | 'failed' | null;
  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;
  @ApiProperty({ type: Number, nullable: true })
  lastDurationMs!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'Counts reported by the last successful run.',
  })
  lastResult!: Record<string, number> | null;
  @ApiProperty({ description: 'Consecutive failures; retries back off exponentially.' })
  failures!: number;
}

export class JobListDto {
  @ApiProperty({ type: [JobDto] })
  items!: JobDto[];
}
