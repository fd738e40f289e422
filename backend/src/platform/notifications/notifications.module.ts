import { Global, Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';
import { DeadlinesService } from './deadlines.service';
import {
  CalendarFeedController,
  NotificationSettingsController,
  NotificationsController,
} from './notifications.controller';
import { NotificationsService } from './notifications.service';

/**
 * Notifications for every domain: `NotificationsService.notify` for events, `DeadlinesService` for due
 * dates (reminders and the calendar feed follow from them).
 */
@Global()
@Module({
  controllers: [NotificationsController, NotificationSettingsController, CalendarFeedController],
  providers: [NotificationsService, DeadlinesService, CalendarService],
  exports: [NotificationsService, DeadlinesService],
})
export class NotificationsModule {}
