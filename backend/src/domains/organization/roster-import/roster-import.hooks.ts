import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../../../platform/notifications/notifications.service';

export interface RosterImportFinished {
  importId: string;
  companyId: string;
  status: 'applied' | 'failed';
  /** The account that applied the import. */
  appliedBy: string | null;
  created: number;
  updated: number;
  left: number;
  /** Rows skipped because of errors. */
  errors: number;
  failureCode: string | null;
  durationMs: number;
}

/**
 * The one place where the end of an import is announced, after its transaction has committed (or
 * rolled back). Notifying the person who started it (in-app, e-mail) hooks in here.
 */
@Injectable()
export class RosterImportHooks {
  private readonly logger = new Logger('RosterImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async finished(event: RosterImportFinished): Promise<void> {
    // Ids and counts only: never names or other personal data.
    this.logger.log(
      `roster import ${event.importId} ${event.status} in ${event.durationMs} ms: ` +
        `${event.created} created, ${event.updated} updated, ${event.left} left, ${event.errors} rows skipped` +
        (event.failureCode ? ` (${event.failureCode})` : ''),
    );
    if (!event.appliedBy) return;
    const importer = event.appliedBy;
    // The person who started the import hears about it (in-app, and by mail as they prefer).
    await this.dataSource
      .transaction((manager) =>
        this.notifications.notify(manager, {
          type: 'roster_import_finished',
          recipientAccountIds: [importer],
          subject: event.importId,
          companyId: event.companyId,
          params: { counts: { created: event.created, updated: event.updated, failed: event.errors } },
          link: '/admin/roster-import',
        }),
      )
      .catch((error: unknown) =>
        this.logger.error(`roster import ${event.importId}: could not notify the importer: ${(error as Error).name}`),
      );
  }
}
