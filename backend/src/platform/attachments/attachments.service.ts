import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { Clock } from '../auth/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { problems } from '../errors/problem';
import { Attachment } from './attachment.entity';
import { AttachmentDto, toAttachmentDto } from './attachment.dto';
import { attachmentProblems } from './attachments.errors';
import { safeFileName, sniffFileType } from './file-type';

/**
 * Advisory lock between uploads and the sweep: every upload holds it shared until its transaction ends
 * (AttachmentsService.store), the sweep holds it exclusively while it decides and deletes. So the sweep
 * never sees a file whose row is still uncommitted, and an upload never reuses bytes the sweep is
 * deleting.
 */
export const ATTACHMENT_STORE_LOCK = [0x61747463, 0] as const;

export interface StoreAttachmentInput {
  companyId: string;
  ownerType: string;
  ownerId: string;
  /** The uploader's name for the file; only its base name is kept. */
  fileName?: string;
  body: Buffer | undefined;
}

/**
 * Uploaded files for every domain. A domain exposes its own upload and download routes (with its own
 * permission on the owning record) and calls this service inside its transaction:
 *
 * - `store` checks what the content is (magic bytes; 415 `FILE_TYPE_NOT_ALLOWED` otherwise), hashes it,
 *   keeps the bytes under their SHA-256 in the attachments folder (outside the web root), inserts the
 *   row and appends `attachment.created` to the audit trail in the caller's transaction;
 * - `file` answers a download as `Content-Disposition: attachment` with the sniffed type.
 *
 * Files are content-addressed, so the same bytes uploaded twice are stored once. Bytes no row refers to
 * any more (a removed attachment, an upload whose transaction rolled back) are deleted by the nightly
 * sweep (AttachmentSweep).
 */
@Injectable()
export class AttachmentsService {
  /** The attachments folder (ATTACHMENTS_DIR, absolute): `<2 hex>/<sha256>` files. */
  readonly root: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.root = resolve(config.attachmentsDir);
  }

  async store(manager: EntityManager, auth: AuthContext, input: StoreAttachmentInput): Promise<AttachmentDto> {
    const body = input.body;
    if (!Buffer.isBuffer(body) || body.length === 0) throw attachmentProblems.fileEmpty();
    const type = sniffFileType(body, input.fileName ?? '');
    if (!type) throw attachmentProblems.fileTypeNotAllowed();
    const sha256 = createHash('sha256').update(body).digest('hex');
    // Held until the caller's transaction ends: the nightly sweep waits for it (AttachmentSweep).
    await manager.query('SELECT pg_advisory_xact_lock_shared($1, $2)', [...ATTACHMENT_STORE_LOCK]);
    await this.writeContent(sha256, body);
    const attachment = manager.create(Attachment, {
      id: randomUUID(),
      companyId: input.companyId,
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      fileName: safeFileName(input.fileName ?? '', type),
      contentType: type.contentType,
      sizeBytes: body.length,
      sha256,
      createdByAccountId: auth.accountId,
      createdAt: this.clock.now(),
    });
    await manager.insert(Attachment, attachment);
    await this.audit.append(manager, {
      actor: actorOf(auth),
      companyId: input.companyId,
      action: 'attachment.created',
      entityType: 'attachment',
      entityId: attachment.id,
      details: {
        ownerType: attachment.ownerType,
        ownerId: attachment.ownerId,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        sizeBytes: attachment.sizeBytes,
        sha256,
      },
    });
    return toAttachmentDto(attachment);
  }

  /** The attachments of one record, oldest first. */
  async list(manager: EntityManager, ownerType: string, ownerId: string): Promise<AttachmentDto[]> {
    const rows = await manager.find(Attachment, {
      where: { ownerType, ownerId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toAttachmentDto);
  }

  /** One attachment of the given record; 404 when it belongs to another record. */
  async get(manager: EntityManager, ownerType: string, ownerId: string, id: string): Promise<Attachment> {
    const row = await manager.findOne(Attachment, { where: { id, ownerType, ownerId } });
    if (!row) throw problems.notFound();
    return row;
  }

  /** Removes the row (audited); the nightly sweep deletes the bytes unless another row has the same content. */
  async remove(manager: EntityManager, auth: AuthContext, attachment: Attachment): Promise<void> {
    await manager.delete(Attachment, { id: attachment.id });
    await this.audit.append(manager, {
      actor: actorOf(auth),
      companyId: attachment.companyId,
      action: 'attachment.deleted',
      entityType: 'attachment',
      entityId: attachment.id,
      details: { ownerType: attachment.ownerType, ownerId: attachment.ownerId, fileName: attachment.fileName },
    });
  }

  /** The download: the sniffed type, `attachment` disposition with the UTF-8 file name, never cached. */
  async file(attachment: Attachment): Promise<StreamableFile> {
    const path = this.pathOf(attachment.sha256);
    try {
      await access(path);
    } catch {
      throw attachmentProblems.fileMissing();
    }
    const ascii = attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
    return new StreamableFile(createReadStream(path), {
      type: attachment.contentType,
      length: attachment.sizeBytes,
      disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    });
  }

  private pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  private async writeContent(sha256: string, body: Buffer): Promise<void> {
    const path = this.pathOf(sha256);
    try {
      await access(path);
      return;
    } catch {
      // not stored yet
    }
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, body, { mode: 0o600, flag: 'wx' });
      await rename(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  }
}
