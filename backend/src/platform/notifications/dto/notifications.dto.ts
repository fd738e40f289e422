import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { PageDto, PageQueryDto } from '../../pagination/pagination';
import { DELIVERIES, Delivery, EVENT_TYPES, EventType } from '../event-types';

export class NotificationFilterDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationParamsDto {
  @ApiPropertyOptional()
  titleJa?: string;
  @ApiPropertyOptional()
  titleEn?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-06-30' })
  dueOn?: string;
  @ApiPropertyOptional({ example: 'training.assignment' })
  sourceType?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } })
  counts?: Record<string, number>;
  @ApiPropertyOptional({ format: 'date-time' })
  until?: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: EVENT_TYPES })
  eventType!: EventType;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  companyId!: string | null;
  @ApiProperty({ type: NotificationParamsDto })
  params!: NotificationParamsDto;
  @ApiProperty({ type: String, nullable: true, description: 'The web app path of the record.' })
  link!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: string | null;
}

export const NotificationPageDto = PageDto(NotificationDto, 'NotificationPageDto');

export class UnreadCountDto {
  @ApiProperty({ example: 3 })
  count!: number;
}

export class MarkAllReadDto {
  @ApiProperty({ description: 'How many notifications were marked read.' })
  updated!: number;
}

export class PreferenceDto {
  @ApiProperty({ enum: EVENT_TYPES })
  @IsIn(EVENT_TYPES)
  eventType!: EventType;

  @ApiProperty({ enum: DELIVERIES, description: 'immediate: one mail each; digest: one mail a day. In-app always.' })
  @IsIn(DELIVERIES)
  delivery!: Delivery;
}

export class PreferencesDto {
  @ApiProperty({ type: [PreferenceDto] })
  @IsArray()
  @ArrayMaxSize(EVENT_TYPES.length)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  items!: PreferenceDto[];
}

export class CalendarStatusDto {
  @ApiProperty({ description: 'Whether a calendar URL is active (the URL itself is shown only when made).' })
  active!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  createdAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt!: string | null;
}

export class CalendarUrlDto {
  @ApiProperty({ example: 'https://mamori.example.jp/api/v1/calendar/Ab3….ics' })
  url!: string;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
