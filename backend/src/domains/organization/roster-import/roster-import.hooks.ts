import { Injectable, Logger } from '@nestjs/common';

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

  async finished(event: RosterImportFinished): Promise<void> {
    // Ids and counts only: never names or other personal data.
    this.logger.log(
      `roster import ${event.importId} ${event.status} in ${event.durationMs} ms: ` +
        `${event.created} created, ${event.updated} updated, ${event.left} left, ${event.errors} rows skipped` +
        (event.failureCode ? ` (${event.failureCode})` : ''),
    );
  }
}
