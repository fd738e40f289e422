import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Dirent } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../auth/auth-context';
import { JobRunner } from '../jobs/job-runner';
import { ATTACHMENT_STORE_LOCK, AttachmentsService } from './attachments.service';

export const SWEEP_JOB = 'attachments.sweep';

/** A temporary file this old is what an interrupted write left behind (a write takes seconds at most). */
const TEMPORARY_AGE_MS = 60 * 60 * 1000;
/** How long nothing must have referred to a content before the sweep deletes it. */
const UNREFERENCED_FOR_MS = 24 * 60 * 60 * 1000;
/** The contents found unreferenced, with when they were first found so (ms since the epoch). */
const PENDING_FILE = '.mamori-sweep.json';
/** SHA-256 values looked up per statement. */
const LOOKUP_BATCH = 1000;

const CONTENT_NAME = /^[0-9a-f]{64}$/;
const PREFIX_NAME = /^[0-9a-f]{2}$/;
const TEMPORARY_NAME = /^[0-9a-f]{64}\.[0-9a-f-]{36}\.tmp$/;
/** The folder's owner: the database (cluster and name) whose attachments it keeps. */
export const STORE_MARKER = '.mamori-store';

/** A type, not an interface: it is a job's result (`Record<string, number>`). */
export type SweepResult = {
  /** Stored contents looked at. */
  checked: number;
  /** Contents nothing has referred to for a day, deleted. */
  removed: number;
  removedBytes: number;
  /** Contents nothing refers to, deleted by a later sweep once a day has passed. */
  pending: number;
  /** Left-overs of interrupted writes, deleted. */
  temporaryRemoved: number;
};

interface StoredFile {
  path: string;
  name: string;
}

/**
 * Deletes stored contents that no attachment row has referred to for a day: the bytes of removed
 * attachments (when no other row has the same content) and of uploads whose transaction rolled back.
 * A removed attachment is then gone from the disk too, not only from the register, as a request for
 * deletion or the end of a retention period expects. Only names the store itself writes are touched,
 * so a file put into the folder by hand stays. Runs nightly at 03:30 Asia/Tokyo;
 * `POST /api/v1/admin/jobs/attachments.sweep/run` runs it at once.
 *
 * The folder belongs to one database, and a sweep deletes whatever its own database does not refer to.
 * So the first sweep writes the database's identity into `.mamori-store` in the folder, and a sweep
 * run against another database (a copy started on the same folder, say) deletes nothing and fails,
 * which the jobs page shows. After a restore or an upgrade onto a new cluster, delete that file once.
 */
@Injectable()
export class AttachmentSweep implements OnModuleInit {
  private readonly root: string;

  constructor(
    attachments: AttachmentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
  ) {
    this.root = attachments.root;
  }

  onModuleInit(): void {
    this.jobs.register({
      name: SWEEP_JOB,
      schedule: { dailyAt: { hour: 3, minute: 30 } },
      run: (now) => this.sweep(now),
    });
  }

  async sweep(now: Date): Promise<SweepResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [...ATTACHMENT_STORE_LOCK]);
      const { contents, temporary } = await this.storedFiles();
      if (contents.length || temporary.length) await this.claimFolder(manager);
      let temporaryRemoved = 0;
      for (const file of temporary) {
        const info = await stat(file.path).catch(() => null);
        if (!info || now.getTime() - info.mtimeMs < TEMPORARY_AGE_MS) continue;
        if (await remove(file.path)) temporaryRemoved++;
      }
      const referenced = await referencedContents(
        manager,
        contents.map((f) => f.name),
      );
      // Deleted only once nothing has referred to them for a day: a backup's archive of the folder,
      // taken right after its database dump, then holds every file that dump refers to.
      const unreferencedSince = await this.readPending();
      const pending: Record<string, number> = {};
      let removed = 0;
      let removedBytes = 0;
      for (const file of contents) {
        if (referenced.has(file.name)) continue;
        const since = unreferencedSince[file.name] ?? now.getTime();
        if (now.getTime() - since < UNREFERENCED_FOR_MS) {
          pending[file.name] = since;
          continue;
        }
        const info = await stat(file.path).catch(() => null);
        if (info && (await remove(file.path))) {
          removed++;
          removedBytes += info.size;
        }
      }
      await this.writePending(pending);
      return {
        checked: contents.length,
        removed,
        removedBytes,
        pending: Object.keys(pending).length,
        temporaryRemoved,
      };
    });
    // Recorded after the lock is released: the trail's own lock is never taken while uploads wait.
    if (result.removed || result.temporaryRemoved) {
      await this.audit.record({
        actor: SYSTEM_ACTOR,
        companyId: null,
        action: 'attachment.swept',
        entityType: 'attachment',
        details: { ...result },
      });
    }
    return result;
  }

  private async readPending(): Promise<Record<string, number>> {
    try {
      const parsed: unknown = JSON.parse(await readFile(join(this.root, PENDING_FILE), 'utf8'));
      if (!parsed || typeof parsed !== 'object') return {};
      return Object.fromEntries(
        Object.entries(parsed).filter(([name, since]) => CONTENT_NAME.test(name) && Number.isFinite(since)),
      ) as Record<string, number>;
    } catch (error) {
      // Missing or unreadable: every unreferenced content starts its day again, which only delays.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return {};
      throw error;
    }
  }

  private async writePending(pending: Record<string, number>): Promise<void> {
    const path = join(this.root, PENDING_FILE);
    if (!Object.keys(pending).length) {
      await rm(path, { force: true });
      return;
    }
    const temporary = `${path}.${randomUUID()}`;
    await writeFile(temporary, `${JSON.stringify(pending)}\n`, { mode: 0o600 });
    await rename(temporary, path);
  }

  /** Writes the marker on the first sweep; throws when the folder is another database's. */
  private async claimFolder(manager: EntityManager): Promise<void> {
    const [{ id }]: { id: string }[] = await manager.query(
      "SELECT (SELECT system_identifier FROM pg_control_system())::text || '/' || current_database() AS id",
    );
    const path = join(this.root, STORE_MARKER);
    const marked = await readFile(path, 'utf8').then(
      (text) => text.trim(),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      },
    );
    if (marked === null) await writeFile(path, `${id}\n`, { mode: 0o600, flag: 'wx' });
    else if (marked !== id) {
      throw new Error(
        `ATTACHMENTS_DIR belongs to database ${marked}, not to this one (${id}); nothing was deleted. ` +
          `If the folder does belong to this database (after a restore or an upgrade), delete ${STORE_MARKER} in it.`,
      );
    }
  }

  /** The store's own files: `<root>/<2 hex>/<sha256>` and their temporary `….tmp` siblings. */
  private async storedFiles(): Promise<{ contents: StoredFile[]; temporary: StoredFile[] }> {
    const contents: StoredFile[] = [];
    const temporary: StoredFile[] = [];
    for (const prefix of await entries(this.root)) {
      if (!prefix.isDirectory() || !PREFIX_NAME.test(prefix.name)) continue;
      const folder = join(this.root, prefix.name);
      for (const entry of await entries(folder)) {
        if (!entry.isFile()) continue;
        const isContent = CONTENT_NAME.test(entry.name) && entry.name.startsWith(prefix.name);
        if (!isContent && !TEMPORARY_NAME.test(entry.name)) continue;
        (isContent ? contents : temporary).push({ path: join(folder, entry.name), name: entry.name });
      }
    }
    return { contents, temporary };
  }
}

async function entries(folder: string): Promise<Dirent[]> {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function remove(path: string): Promise<boolean> {
  try {
    await rm(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function referencedContents(manager: EntityManager, names: readonly string[]): Promise<Set<string>> {
  const referenced = new Set<string>();
  for (let from = 0; from < names.length; from += LOOKUP_BATCH) {
    const rows: { sha256: string }[] = await manager.query(
      'SELECT DISTINCT sha256 FROM attachments WHERE sha256 = ANY($1::char(64)[])',
      [names.slice(from, from + LOOKUP_BATCH)],
    );
    for (const row of rows) referenced.add(row.sha256);
  }
  return referenced;
}
