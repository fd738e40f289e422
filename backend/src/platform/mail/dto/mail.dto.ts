import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageDto, PageQueryDto } from '../../pagination/pagination';
import { MAIL_STATUSES, MailStatus } from '../mail-message.entity';

export class MailFilterDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MAIL_STATUSES })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;
}

export class MailMessageDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  recipientAccountId!: string | null;
  @ApiProperty({ example: 'staff@example.jp' })
  to!: string;
  @ApiProperty({ enum: ['ja', 'en'] })
  language!: 'ja' | 'en';
  @ApiProperty({ example: 'due_soon' })
  template!: string;
  @ApiProperty()
  subject!: string;
  @ApiProperty({ enum: MAIL_STATUSES })
  status!: MailStatus;
  @ApiProperty()
  attempts!: number;
  @ApiProperty({ format: 'date-time' })
  nextAttemptAt!: string;
  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class MailMessageDetailDto extends MailMessageDto {
  @ApiProperty({ description: 'The plain-text body, as sent.' })
  text!: string;
  @ApiProperty({ description: 'The HTML body, as sent.' })
  html!: string;
}

export const MailMessagePageDto = PageDto(MailMessageDto, 'MailMessagePageDto');

export class MailOutboxSummaryDto {
  @ApiProperty({ description: 'Whether SMTP_URL is set; without it mail stays in the outbox.' })
  smtpConfigured!: boolean;
  @ApiProperty({ example: 'Mamori <mamori@localhost>' })
  from!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { pending: 0, sending: 0, retrying: 0, sent: 12, failed: 0 },
  })
  counts!: Record<MailStatus, number>;
}
