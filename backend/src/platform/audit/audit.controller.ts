import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccessService } from '../access/access.service';
import { Auth, Permission, target } from '../access/decorators';
import type { AuthContext } from '../auth/auth-context';
import { Page } from '../pagination/pagination';
import { AuditEventRow, AuditFilters, AuditService } from './audit.service';
import { toCsv } from '../export/csv';
import {
  AuditChangeDto,
  AuditEventDto,
  AuditEventPageDto,
  AuditExportDto,
  AuditFilterDto,
  AuditVerifyDto,
  AuditVerifyQueryDto,
} from './dto/audit.dto';

function filtersOf(query: AuditFilterDto): AuditFilters {
  return {
    companyId: query.companyId,
    actorId: query.actorId,
    entityType: query.entityType,
    entityId: query.entityId,
    action: query.action,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

export function toAuditEventDto(row: AuditEventRow): AuditEventDto {
  return {
    id: row.id,
    companyId: row.companyId,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorAccountId: row.actorAccountId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: row.changes,
    details: row.details,
    requestId: row.requestId,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

const CSV_HEADER = [
  'occurredAt',
  'companyId',
  'seq',
  'actorAccountId',
  'actorEmail',
  'action',
  'entityType',
  'entityId',
  'changes',
  'details',
  'requestId',
  'hash',
];

@ApiTags('audit-trail')
@ApiExtraModels(AuditChangeDto)
@Controller('audit-trail')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @Permission('audit_trail', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'Audit events, newest first, filtered by company, actor, entity, action and time.' })
  @ApiOkResponse({ type: AuditEventPageDto })
  async list(@Auth() auth: AuthContext, @Query() query: AuditFilterDto): Promise<Page<AuditEventDto>> {
    const page = await this.audit.list(this.access.scope(auth, 'audit_trail', 'read'), filtersOf(query), query);
    return { ...page, items: page.items.map(toAuditEventDto) };
  }

  @Get('export')
  @Permission('audit_trail', 'read', target.query('companyId'))
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="audit-trail.csv"')
  @ApiOperation({ summary: 'The filtered audit events as CSV (UTF-8 with BOM), oldest first, at most 100,000 rows.' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV file', schema: { type: 'string' } })
  async export(
    @Auth() auth: AuthContext,
    @Query() query: AuditExportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const rows = await this.audit.exportRows(this.access.scope(auth, 'audit_trail', 'read'), filtersOf(query));
    reply.header('cache-control', 'no-store');
    return toCsv(
      CSV_HEADER,
      rows.map((r) => [
        r.occurredAt,
        r.companyId,
        r.seq,
        r.actorAccountId,
        r.actorEmail,
        r.action,
        r.entityType,
        r.entityId,
        r.changes,
        r.details,
        r.requestId,
        r.hash,
      ]),
    );
  }

  @Get('verify')
  @Permission('audit_trail', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'Recomputes the hash chains the caller may read and names the first broken event.' })
  @ApiOkResponse({ type: AuditVerifyDto })
  verify(@Auth() auth: AuthContext, @Query() query: AuditVerifyQueryDto): Promise<AuditVerifyDto> {
    return this.audit.verify(this.access.scope(auth, 'audit_trail', 'read'), query.companyId);
  }
}
