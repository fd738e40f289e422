import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Auth, Permission, target } from '../access/decorators';
import { UuidPipe } from '../access/params';
import { actorOf, AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { problems } from '../errors/problem';
import { Page } from '../pagination/pagination';
import {
  MailFilterDto,
  MailMessageDetailDto,
  MailMessageDto,
  MailMessagePageDto,
  MailOutboxSummaryDto,
} from './dto/mail.dto';
import { mailProblems } from './mail.errors';
import { MailRow, MailService } from './mail.service';

export function toMailDto(row: MailRow): MailMessageDto {
  return {
    id: row.id,
    recipientAccountId: row.recipientAccountId,
    to: row.toAddress,
    language: row.language,
    template: row.template,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    lastError: row.lastError,
    sentAt: row.sentAt ? row.sentAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

@ApiTags('admin')
@Controller('admin/mail-outbox')
export class OutboxController {
  constructor(
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Permission('operations', 'read', target.group())
  @ApiOperation({ summary: 'Every mail Mamori sent or will send, newest first.' })
  @ApiOkResponse({ type: MailMessagePageDto })
  async list(@Query() query: MailFilterDto): Promise<Page<MailMessageDto>> {
    const page = await this.mail.list({ status: query.status }, query);
    return { ...page, items: page.items.map(toMailDto) };
  }

  @Get('summary')
  @Permission('operations', 'read', target.group())
  @ApiOperation({ summary: 'Whether SMTP is configured, and how many mails are in each state.' })
  @ApiOkResponse({ type: MailOutboxSummaryDto })
  async summary(): Promise<MailOutboxSummaryDto> {
    return { smtpConfigured: this.mail.smtpConfigured, from: this.config.mailFrom, counts: await this.mail.summary() };
  }

  @Get(':id')
  @Permission('operations', 'read', target.group())
  @ApiOperation({ summary: 'One mail with its plain-text and HTML bodies.' })
  @ApiOkResponse({ type: MailMessageDetailDto })
  async get(@Param('id', UuidPipe) id: string): Promise<MailMessageDetailDto> {
    const row = await this.mail.get(id);
    if (!row) throw problems.notFound();
    return { ...toMailDto(row), text: row.textBody, html: row.htmlBody };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @Permission('operations', 'update', target.group())
  @ApiOperation({ summary: 'Sends a retrying or failed mail again, now.' })
  @ApiOkResponse({ type: MailMessageDto })
  @ApiConflictResponse({ description: 'The mail is not retrying or failed (MAIL_NOT_RETRYABLE).' })
  async retry(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<MailMessageDto> {
    const row = await this.dataSource.transaction(async (manager) => {
      const updated = await this.mail.retry(manager, id);
      if (!updated) {
        if (!(await this.mail.get(id))) throw problems.notFound();
        throw mailProblems.notRetryable();
      }
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: null,
        action: 'mail.retry_requested',
        entityType: 'mail',
        entityId: id,
      });
      return updated;
    });
    return toMailDto(row);
  }
}
