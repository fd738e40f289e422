import { Global, Module } from '@nestjs/common';
import { AttachmentSweep } from './attachment-sweep';
import { AttachmentsService } from './attachments.service';

/** Uploaded files, for every domain (see AttachmentsService), and the nightly sweep of unreferenced bytes. */
@Global()
@Module({ providers: [AttachmentsService, AttachmentSweep], exports: [AttachmentsService] })
export class AttachmentsModule {}
