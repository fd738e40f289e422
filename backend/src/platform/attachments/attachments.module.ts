import { Global, Module } from '@nestjs/common';
import { AttachmentsService } from './attachments.service';

/** Uploaded files, for every domain (see AttachmentsService). */
@Global()
@Module({ providers: [AttachmentsService], exports: [AttachmentsService] })
export class AttachmentsModule {}
