import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, Public, SignedIn } from '../access/decorators';
import { UuidPipe } from '../access/params';
import type { AuthContext } from '../auth/auth-context';
import { problems } from '../errors/problem';
import { Page } from '../pagination/pagination';
import { CalendarService } from './calendar.service';
import {
  CalendarStatusDto,
  CalendarUrlDto,
  MarkAllReadDto,
  NotificationDto,
  NotificationFilterDto,
  NotificationPageDto,
  PreferencesDto,
  UnreadCountDto,
} from './dto/notifications.dto';
import { NotificationRow, NotificationsService } from './notifications.service';

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    eventType: row.eventType,
    companyId: row.companyId,
    params: row.params,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: "The caller's notifications, newest first." })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: NotificationFilterDto): Promise<Page<NotificationDto>> {
    const page = await this.notifications.list(auth.accountId, { unread: query.unread }, query);
    return { ...page, items: page.items.map(toNotificationDto) };
  }

  @Get('unread-count')
  @SignedIn()
  @ApiOperation({ summary: "How many of the caller's notifications are unread (the bell)." })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@Auth() auth: AuthContext): Promise<UnreadCountDto> {
    return { count: await this.notifications.unreadCount(auth.accountId) };
  }

  @Post('read-all')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: "Marks every one of the caller's notifications read." })
  @ApiOkResponse({ type: MarkAllReadDto })
  async readAll(@Auth() auth: AuthContext): Promise<MarkAllReadDto> {
    return { updated: await this.notifications.markAllRead(auth) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: "Marks one of the caller's notifications read. Anyone else's answers 404." })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ description: 'No such notification of the caller (NOT_FOUND).' })
  async read(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<NotificationDto> {
    return toNotificationDto(await this.notifications.markRead(auth, id));
  }
}

@ApiTags('notifications')
@Controller('me')
export class NotificationSettingsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly calendar: CalendarService,
  ) {}

  @Get('notification-preferences')
  @SignedIn()
  @ApiOperation({ summary: 'Mail delivery per event type: immediately or in the daily digest.' })
  @ApiOkResponse({ type: PreferencesDto })
  async preferences(@Auth() auth: AuthContext): Promise<PreferencesDto> {
    return { items: await this.notifications.preferences(auth.accountId) };
  }

  @Put('notification-preferences')
  @SignedIn()
  @ApiOperation({ summary: 'Sets mail delivery for the listed event types; the others keep theirs.' })
  @ApiOkResponse({ type: PreferencesDto })
  async setPreferences(@Auth() auth: AuthContext, @Body() body: PreferencesDto): Promise<PreferencesDto> {
    return { items: await this.notifications.setPreferences(auth, body.items) };
  }

  @Get('calendar')
  @SignedIn()
  @ApiOperation({ summary: "Whether the caller's private calendar URL is active." })
  @ApiOkResponse({ type: CalendarStatusDto })
  async calendarStatus(@Auth() auth: AuthContext): Promise<CalendarStatusDto> {
    const s = await this.calendar.status(auth.accountId);
    return {
      active: s.active,
      createdAt: s.createdAt?.toISOString() ?? null,
      expiresAt: s.expiresAt?.toISOString() ?? null,
    };
  }

  @Post('calendar')
  @SignedIn()
  @ApiOperation({ summary: 'Makes a new private calendar URL (shown once); the previous one stops working.' })
  @ApiCreatedResponse({ type: CalendarUrlDto })
  async createCalendar(@Auth() auth: AuthContext): Promise<CalendarUrlDto> {
    const made = await this.calendar.create(auth);
    return { url: made.url, createdAt: made.createdAt.toISOString(), expiresAt: made.expiresAt.toISOString() };
  }

  @Delete('calendar')
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Revokes the private calendar URL; it answers 404 from now on.' })
  @ApiNoContentResponse()
  async revokeCalendar(@Auth() auth: AuthContext): Promise<void> {
    await this.calendar.revoke(auth);
  }
}

@ApiTags('notifications')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':file')
  @Public({ csrfCookie: false })
  @ApiOperation({
    summary: 'The private calendar feed (`<token>.ics`, RFC 5545) with the due dates of the token’s owner.',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar text.', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'Unknown, revoked or expired token (NOT_FOUND).' })
  async feed(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const match = /^([A-Za-z0-9_-]{43})\.ics$/.exec(file);
    const text = match ? await this.calendar.feed(match[1]) : null;
    if (text === null) throw problems.notFound();
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('referrer-policy', 'no-referrer');
    return text;
  }
}
