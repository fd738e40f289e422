import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Attachment } from '../../platform/attachments/attachment.entity';
import type { AttachmentRefDto } from './dto/subcontractor.dto';

/** Owner types of the domain's attachments (platform attachments table). */
export const OWNER = {
  /** The signed contract document. */
  contract: 'subcontractor_contract',
  /** Evidence or a return / deletion certificate the officer attaches to an audit. */
  audit: 'subcontractor_audit',
  /** Evidence the subcontractor attached through the questionnaire link (owner: the audit). */
  questionnaire: 'subcontractor_questionnaire',
} as const;

/** The files attached to the domain's records, by owner id. */
@Injectable()
export class SubcontractorFiles {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  lookup(...ownerTypes: string[]) {
    return async (ownerIds: string[]): Promise<Map<string, AttachmentRefDto[]>> => {
      const out = new Map<string, AttachmentRefDto[]>();
      if (!ownerIds.length) return out;
      const rows = await this.dataSource.manager.find(Attachment, {
        where: { ownerType: In(ownerTypes), ownerId: In(ownerIds) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      for (const a of rows) {
        const list = out.get(a.ownerId) ?? [];
        list.push({
          id: a.id,
          fileName: a.fileName,
          contentType: a.contentType,
          sizeBytes: a.sizeBytes,
          sha256: a.sha256,
          createdAt: a.createdAt.toISOString(),
        });
        out.set(a.ownerId, list);
      }
      return out;
    };
  }

  /** Whether the attachment belongs to a record of this subcontractor. */
  async belongsTo(attachmentId: string, subcontractorId: string): Promise<Attachment | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM attachments a
       WHERE a.id = $1 AND (
         (a.owner_type = $3 AND a.owner_id IN (SELECT id FROM subcontractor_contracts WHERE subcontractor_id = $2))
         OR (a.owner_type = ANY($4::text[]) AND a.owner_id IN (SELECT id FROM subcontractor_audits WHERE subcontractor_id = $2)))`,
      [attachmentId, subcontractorId, OWNER.contract, [OWNER.audit, OWNER.questionnaire]],
    );
    if (!rows.length) return null;
    return this.dataSource.manager.findOneBy(Attachment, { id: attachmentId });
  }
}
