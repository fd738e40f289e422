import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';

/** The outbox and SMTP delivery; every module that mails goes through MailService.enqueue. */
@Global()
@Module({ controllers: [OutboxController], providers: [MailService], exports: [MailService] })
export class MailModule {}
