import { Injectable } from '@nestjs/common';
import type { AttachmentRefDto } from './dto/subcontractor.dto';

export const OWNER = {
  contract: 'subcontractor_contract',
  audit: 'subcontractor_audit',
  questionnaire: 'subcontractor_questionnaire',
} as const;

/** The files attached to the domain's records (platform attachments), by owner id. */
@Injectable()
export class SubcontractorFiles {
  lookup(_ownerType: string) {
    return async (_ownerIds: string[]): Promise<Map<string, AttachmentRefDto[]>> => new Map();
  }
}
