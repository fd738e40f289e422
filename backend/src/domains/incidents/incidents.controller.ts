import { Body, Controller, Get, Headers, Param, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Auth, Permission, target } from '../../platform/access/decorators';
import { UuidPipe } from '../../platform/access/params';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { RAW_UPLOAD_ROUTE } from '../../platform/http/raw-upload';
import { etag, expectedVersion } from '../../platform/access/versioning';
import type { AuthContext } from '../../platform/auth/auth-context';
import { Page } from '../../platform/pagination/pagination';
import {
  CreateIncidentDto,
  CreateNoticeDto,
  CreateTimelineNoteDto,
  IncidentDto,
  IncidentExportDto,
  IncidentsExportQueryDto,
  IncidentPageDto,
  IncidentReportDto,
  IncidentsQueryDto,
  IncidentNoticeDto,
  NoticeTemplateDto,
  ReportIncidentDto,
  SaveReportDto,
  SubmitReportDto,
  TimelineEntryDto,
  TransitionIncidentDto,
  UpdateIncidentDto,
} from './dto/incident.dto';
import { REPORT_BODIES, REPORT_STAGES } from './incident.rules';
import type { ReportBody, ReportStage } from './incident.rules';
import { IncidentsService } from './incidents.service';

class ReportPathDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: REPORT_BODIES })
  @IsIn(REPORT_BODIES)
  body!: ReportBody;

  @ApiProperty({ enum: REPORT_STAGES })
  @IsIn(REPORT_STAGES)
  stage!: ReportStage;
}

const RECORD = target.record('incidents');

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get()
  @Permission('incident_report', 'read', target.query('companyId'))
  @ApiOperation({
    summary:
      'Incidents with their reportability and clocks. Officers see the company register; everyone else only the incidents they reported.',
  })
  @ApiOkResponse({ type: IncidentPageDto })
  list(@Auth() auth: AuthContext, @Query() query: IncidentsQueryDto): Promise<Page<IncidentDto>> {
    return this.incidents.list(auth, query);
  }

  @Get('export')
  @Permission('incident', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'The register as CSV (UTF-8 with BOM) or XLSX, with the filters of the list.' })
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  exportTable(@Auth() auth: AuthContext, @Query() query: IncidentsExportQueryDto): Promise<StreamableFile> {
    const { format, ...filters } = query;
    return this.incidents.exportTable(auth, filters, format ?? 'csv');
  }

  @Post('report')
  @Permission('incident_report', 'create', target.body('companyId'))
  @ApiOperation({ summary: 'Report an incident from the short form (anyone). The PMS manager triages it.' })
  @ApiCreatedResponse({ type: IncidentDto })
  report(@Auth() auth: AuthContext, @Body() dto: ReportIncidentDto): Promise<IncidentDto> {
    return this.incidents.report(auth, dto);
  }

  @Post()
  @Permission('incident', 'create', target.body('companyId'))
  @ApiOperation({ summary: 'Record an incident with every field (PMS manager).' })
  @ApiCreatedResponse({ type: IncidentDto })
  create(@Auth() auth: AuthContext, @Body() dto: CreateIncidentDto): Promise<IncidentDto> {
    return this.incidents.create(auth, dto);
  }

  @Get(':id')
  @Permission('incident_report', 'read', RECORD)
  @ApiOkResponse({ type: IncidentDto })
  async get(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IncidentDto> {
    const dto = await this.incidents.get(auth, id);
    reply.header('etag', etag(dto.version));
    return dto;
  }

  @Patch(':id')
  @Permission('incident', 'update', RECORD)
  @ApiOperation({ summary: 'Triage and edit. Clocks are recomputed when a field they depend on changes.' })
  @ApiOkResponse({ type: IncidentDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, INCIDENT_CLOSED' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateIncidentDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<IncidentDto> {
    return this.incidents.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/transition')
  @Permission('incident', 'update', RECORD)
  @ApiOperation({ summary: 'Move the status forward. Closing needs the A.3.3.7 checklist complete.' })
  @ApiCreatedResponse({ type: IncidentDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, INCIDENT_INVALID_TRANSITION' })
  @ApiUnprocessableEntityResponse({ description: 'INCIDENT_CLOSE_CHECKLIST_INCOMPLETE (missing: the items)' })
  transition(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: TransitionIncidentDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<IncidentDto> {
    return this.incidents.transition(auth, id, dto.status, expectedVersion(ifMatch, dto.version));
  }

  @Get(':id/reports')
  @Permission('incident', 'read', RECORD)
  @ApiOperation({ summary: 'The PPC and JIPDEC reports: drafts (prefilled from the record) and frozen submissions.' })
  @ApiOkResponse({ type: [IncidentReportDto] })
  reports(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<IncidentReportDto[]> {
    return this.incidents.reports(auth, id);
  }

  @Put(':id/reports/:body/:stage')
  @Permission('incident', 'update', RECORD)
  @ApiOperation({ summary: 'Save a report draft (version 0 for the first save).' })
  @ApiOkResponse({ type: IncidentReportDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, INCIDENT_REPORT_SUBMITTED' })
  saveReport(
    @Auth() auth: AuthContext,
    @Param() path: ReportPathDto,
    @Body() dto: SaveReportDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<IncidentReportDto> {
    return this.incidents.saveReport(
      auth,
      path.id.toLowerCase(),
      path.body,
      path.stage,
      dto,
      expectedVersion(ifMatch, dto.version),
    );
  }

  @Post(':id/reports/:body/:stage/submit')
  @Permission('incident', 'update', RECORD)
  @ApiOperation({ summary: 'Mark the report submitted: its content and the record are frozen in a snapshot.' })
  @ApiCreatedResponse({ type: IncidentReportDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, INCIDENT_REPORT_SUBMITTED' })
  submitReport(
    @Auth() auth: AuthContext,
    @Param() path: ReportPathDto,
    @Body() dto: SubmitReportDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<IncidentReportDto> {
    return this.incidents.submitReport(
      auth,
      path.id.toLowerCase(),
      path.body,
      path.stage,
      dto,
      expectedVersion(ifMatch, dto.version),
    );
  }

  @Get(':id/notices')
  @Permission('incident', 'read', RECORD)
  @ApiOkResponse({ type: [IncidentNoticeDto] })
  notices(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<IncidentNoticeDto[]> {
    return this.incidents.notices(auth, id);
  }

  @Get(':id/notice-template')
  @Permission('incident', 'read', RECORD)
  @ApiOperation({ summary: 'The Japanese notice to the persons, from Rule 8 items 1, 2, 4, 5 and 9.' })
  @ApiOkResponse({ type: NoticeTemplateDto })
  async noticeTemplate(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<NoticeTemplateDto> {
    return { text: await this.incidents.noticeTemplate(auth, id) };
  }

  @Post(':id/notices')
  @Permission('incident', 'update', RECORD)
  @ApiOperation({ summary: 'Record a notice to the persons (post, e-mail, phone, or a public notice as substitute).' })
  @ApiCreatedResponse({ type: IncidentNoticeDto })
  @ApiConflictResponse({ description: 'INCIDENT_CLOSED' })
  addNotice(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateNoticeDto,
  ): Promise<IncidentNoticeDto> {
    return this.incidents.addNotice(auth, id, dto);
  }

  @Get(':id/timeline')
  @Permission('incident_report', 'read', RECORD)
  @ApiOkResponse({ type: [TimelineEntryDto] })
  timeline(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<TimelineEntryDto[]> {
    return this.incidents.timeline(auth, id);
  }

  @Post(':id/timeline')
  @Permission('incident', 'update', RECORD)
  @ApiOperation({ summary: 'Add a note to the timeline (a call, a decision, a finding), with when it happened.' })
  @ApiCreatedResponse({ type: [TimelineEntryDto] })
  addNote(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateTimelineNoteDto,
  ): Promise<TimelineEntryDto[]> {
    return this.incidents.addNote(auth, id, dto);
  }

  @Get(':id/export')
  @Permission('incident', 'read', RECORD)
  @ApiOperation({ summary: 'The whole incident as JSON: record, clocks, reports, notices and timeline.' })
  @ApiOkResponse({ type: IncidentExportDto })
  async export(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IncidentExportDto> {
    reply.header('content-disposition', `attachment; filename="incident-${id}.json"`);
    return this.incidents.export(auth, id);
  }

  @Get(':id/attachments')
  @Permission('incident', 'read', RECORD)
  @ApiOperation({ summary: 'Evidence attached to the incident.' })
  @ApiOkResponse({ type: [AttachmentDto] })
  attachments(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<AttachmentDto[]> {
    return this.incidents.attachments(auth, id);
  }

  @Post(':id/attachments')
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @Permission('incident', 'update', RECORD)
  @ApiOperation({
    summary: 'Attach evidence: the raw file as the body (application/octet-stream), its name in ?fileName=.',
  })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiConflictResponse({ description: 'INCIDENT_CLOSED' })
  attach(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query('fileName') fileName: string | undefined,
    @Body() body: Buffer,
  ): Promise<AttachmentDto> {
    return this.incidents.attach(auth, id, fileName, body);
  }

  @Get(':id/attachments/:attachmentId')
  @Permission('incident', 'read', RECORD)
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  download(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.incidents.download(auth, id, attachmentId);
  }
}
