import { ApiProperty } from '@nestjs/swagger';
import type { Attachment } from './attachment.entity';

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ example: 'subcontractor_contract' }) ownerType!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ example: '業務委託契約書.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf', description: 'Decided from the content, not from the name.' })
  contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex.' }) sha256!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdByAccountId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toAttachmentDto(a: Attachment): AttachmentDto {
  return {
    id: a.id,
    companyId: a.companyId,
    ownerType: a.ownerType,
    ownerId: a.ownerId,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    createdByAccountId: a.createdByAccountId,
    createdAt: a.createdAt.toISOString(),
  };
}
