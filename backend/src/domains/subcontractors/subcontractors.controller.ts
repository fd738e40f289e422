import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { AttachmentsService } from '../../platform/attachments/attachments.service';
import { tableFile } from '../../platform/export/table-export';
import { RAW_UPLOAD_ROUTE } from '../../platform/http/raw-upload';
import { problems } from '../../platform/errors/problem';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Auth, Permission, target } from '../../platform/access/decorators';
import { UuidPipe } from '../../platform/access/params';
import { expectedVersion } from '../../platform/access/versioning';
import type { AuthContext } from '../../platform/auth/auth-context';
import { AuditsService } from './audits.service';
import {
  AuditDto,
  AuditListDto,
  CloseAuditDto,
  ContractDto,
  ContractListDto,
  CreateAuditDto,
  CreateContractDto,
  CreateEvaluationDto,
  CreateResubcontractorDto,
  CreateSubcontractorDto,
  EvaluationDto,
  EvaluationListDto,
  ExportQueryDto,
  HistoryListDto,
  ResubcontractorDto,
  ResubcontractorListDto,
  SendQuestionnaireDto,
  SentQuestionnaireDto,
  SettingsDto,
  SubcontractorDto,
  SubcontractorPageDto,
  SubcontractorQueryDto,
  TransitionSubcontractorDto,
  UpdateContractDto,
  UpdateSettingsDto,
  UpdateSubcontractorDto,
} from './dto/subcontractor.dto';
import { toContractDto } from './mappers';
import { OWNER, SubcontractorFiles } from './subcontractor-files';
import { companyNames } from '../../platform/export/company-names';
import { exportColumns, SubcontractorsService } from './subcontractors.service';

const ON_RECORD = target.record('subcontractors');

@ApiTags('subcontractors')
@Controller('subcontractors')
export class SubcontractorsController {
  constructor(
    private readonly subcontractors: SubcontractorsService,
    private readonly audits: AuditsService,
    private readonly files: SubcontractorFiles,
    private readonly attachments: AttachmentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('export')
  @Permission('subcontractor', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'The register with the same filters as the list, as CSV (UTF-8 with BOM) or XLSX.' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment.' })
  async export(@Auth() auth: AuthContext, @Query() query: ExportQueryDto): Promise<StreamableFile> {
    const { format, ...filters } = query;
    const rows = await this.subcontractors.exportRows(auth, filters);
    return tableFile({
      fileName: `subcontractors-${new Date().toISOString().slice(0, 10)}`,
      format: format ?? 'csv',
      sheetName: 'subcontractors',
      columns: exportColumns(
        await companyNames(
          this.dataSource,
          rows.map((s) => s.companyId),
        ),
      ),
      rows,
    });
  }

  @Get()
  @Permission('subcontractor', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'The subcontractor register: filters (status, tier, overdue, expiring), sort and pages.' })
  @ApiOkResponse({ type: SubcontractorPageDto })
  @Header('content-type', 'application/json; charset=utf-8')
  list(@Auth() auth: AuthContext, @Query() query: SubcontractorQueryDto): Promise<Buffer> {
    // A Page<SubcontractorDto> already serialised by the service (see SubcontractorsService.list).
    return this.subcontractors.list(auth, query);
  }

  @Get(':id')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOkResponse({ type: SubcontractorDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<SubcontractorDto> {
    return this.subcontractors.get(auth, id);
  }

  @Post()
  @Permission('subcontractor', 'create', target.body('companyId'))
  @ApiOperation({
    summary: 'Register a subcontractor (status candidate). The risk tier is computed; an override needs a reason.',
  })
  @ApiCreatedResponse({ type: SubcontractorDto })
  @ApiUnprocessableEntityResponse({ description: 'SUBCONTRACTOR_OWNER_INVALID' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateSubcontractorDto): Promise<SubcontractorDto> {
    return this.subcontractors.create(auth, dto);
  }

  @Patch(':id')
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOkResponse({ type: SubcontractorDto })
  @ApiConflictResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'SUBCONTRACTOR_OWNER_INVALID' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateSubcontractorDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<SubcontractorDto> {
    return this.subcontractors.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/status')
  @Permission('subcontractor', 'update', ON_RECORD)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the status (candidate → evaluating → approved / conditionally approved → suspended → terminated).',
  })
  @ApiOkResponse({ type: SubcontractorDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, SUBCONTRACTOR_INVALID_TRANSITION' })
  @ApiUnprocessableEntityResponse({ description: 'SUBCONTRACTOR_EVALUATION_REQUIRED (R-SC-01)' })
  transition(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: TransitionSubcontractorDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<SubcontractorDto> {
    return this.subcontractors.transition(auth, id, dto.status, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('subcontractor', 'delete', ON_RECORD)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a candidate entered by mistake (others are terminated instead).' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, SUBCONTRACTOR_NOT_DELETABLE' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.subcontractors.remove(auth, id, expectedVersion(ifMatch, undefined));
  }

  @Get(':id/history')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOperation({ summary: "The subcontractor's history from the audit trail (its own events and its records')." })
  @ApiOkResponse({ type: HistoryListDto })
  history(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<HistoryListDto> {
    return this.subcontractors.history(auth, id);
  }

  // ---- evaluations ----

  @Get(':id/evaluations')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOkResponse({ type: EvaluationListDto })
  evaluations(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<EvaluationListDto> {
    return this.subcontractors.evaluations(auth, id);
  }

  @Post(':id/evaluations')
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({
    summary: "A selection evaluation on the company's checklist: every criterion scored within its range.",
  })
  @ApiCreatedResponse({ type: EvaluationDto })
  evaluate(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateEvaluationDto,
  ): Promise<EvaluationDto> {
    return this.subcontractors.evaluate(auth, id, dto);
  }

  // ---- contracts ----

  @Get(':id/contracts')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOkResponse({ type: ContractListDto })
  contracts(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<ContractListDto> {
    return this.subcontractors.contracts(auth, id, this.files.lookup(OWNER.contract));
  }

  @Post(':id/contracts')
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({
    summary: 'Record a contract: clauses a–h each present or covered by an approved exception (R-SC-02).',
  })
  @ApiCreatedResponse({ type: ContractDto })
  @ApiUnprocessableEntityResponse({ description: 'CONTRACT_CLAUSES_MISSING (with `missing`: the clauses)' })
  async createContract(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateContractDto,
  ): Promise<ContractDto> {
    const row = await this.subcontractors.createContract(auth, id, dto);
    return toContractDto(row, []);
  }

  @Patch(':id/contracts/:contractId')
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({ summary: 'Change a contract, e.g. record the return or deletion of the data at its end (R-SC-04).' })
  @ApiOkResponse({ type: ContractDto })
  @ApiConflictResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'CONTRACT_CLAUSES_MISSING' })
  async updateContract(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('contractId', UuidPipe) contractId: string,
    @Body() dto: UpdateContractDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ContractDto> {
    const row = await this.subcontractors.updateContract(
      auth,
      id,
      contractId,
      dto,
      expectedVersion(ifMatch, dto.version),
    );
    const files = await this.files.lookup(OWNER.contract)([row.id]);
    return toContractDto(row, files.get(row.id) ?? []);
  }

  @Post(':id/contracts/:contractId/attachments')
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({
    summary: 'Attach the signed contract (raw body, file name in ?fileName=; PDF, images, office files up to 20 MB).',
  })
  @ApiCreatedResponse({ type: AttachmentDto })
  async uploadContract(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('contractId', UuidPipe) contractId: string,
    @Query('fileName') fileName: string | undefined,
    @Body() body: Buffer,
  ): Promise<AttachmentDto> {
    const contract = await this.subcontractors.contract(auth, id, contractId, 'update');
    return this.dataSource.transaction((manager) =>
      this.attachments.store(manager, auth, {
        companyId: contract.companyId,
        ownerType: OWNER.contract,
        ownerId: contractId,
        fileName,
        body,
      }),
    );
  }

  @Get(':id/contracts/:contractId/attachments')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOkResponse({ type: [AttachmentDto] })
  async contractFiles(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('contractId', UuidPipe) contractId: string,
  ): Promise<AttachmentDto[]> {
    await this.subcontractors.contract(auth, id, contractId, 'read');
    return this.attachments.list(this.dataSource.manager, OWNER.contract, contractId);
  }

  @Get(':id/contracts/:contractId/attachments/:attachmentId')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  async contractFile(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('contractId', UuidPipe) contractId: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    await this.subcontractors.contract(auth, id, contractId, 'read');
    return this.attachments.file(
      await this.attachments.get(this.dataSource.manager, OWNER.contract, contractId, attachmentId),
    );
  }

  @Get(':id/audits/:auditId/attachments')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOperation({ summary: "The audit's files: the officer's and the evidence the subcontractor attached." })
  @ApiOkResponse({ type: [AttachmentDto] })
  async auditFiles(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('auditId', UuidPipe) auditId: string,
  ): Promise<AttachmentDto[]> {
    await this.audits.get(auth, id, auditId, 'read', async () => new Map());
    const own = await this.attachments.list(this.dataSource.manager, OWNER.audit, auditId);
    const theirs = await this.attachments.list(this.dataSource.manager, OWNER.questionnaire, auditId);
    return [...theirs, ...own];
  }

  @Get(':id/audits/:auditId/attachments/:attachmentId')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  async auditFile(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('auditId', UuidPipe) auditId: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    await this.audits.get(auth, id, auditId, 'read', async () => new Map());
    const attachment = await this.files.belongsTo(attachmentId, id);
    if (!attachment || attachment.ownerId !== auditId) throw problems.notFound();
    return this.attachments.file(attachment);
  }

  @Get(':id/attachments/:attachmentId')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOperation({
    summary: "Download one of the subcontractor's files (contract, evidence, certificate) as an attachment.",
  })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  async download(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    await this.subcontractors.get(auth, id);
    const attachment = await this.files.belongsTo(attachmentId, id);
    if (!attachment) throw problems.notFound();
    return this.attachments.file(attachment);
  }

  // ---- audits ----

  @Post(':id/audits/:auditId/attachments')
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({ summary: 'Attach evidence or the return / deletion certificate to an audit (raw body, ?fileName=).' })
  @ApiCreatedResponse({ type: AttachmentDto })
  async uploadAuditFile(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('auditId', UuidPipe) auditId: string,
    @Query('fileName') fileName: string | undefined,
    @Body() body: Buffer,
  ): Promise<AttachmentDto> {
    const audit = await this.audits.get(auth, id, auditId, 'update', async () => new Map());
    const s = await this.subcontractors.get(auth, id);
    return this.dataSource.transaction((manager) =>
      this.attachments.store(manager, auth, {
        companyId: s.companyId,
        ownerType: OWNER.audit,
        ownerId: audit.id,
        fileName,
        body,
      }),
    );
  }

  @Get(':id/audits')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOkResponse({ type: AuditListDto })
  auditList(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<AuditListDto> {
    return this.audits.list(auth, id, this.files.lookup(OWNER.audit, OWNER.questionnaire));
  }

  @Post(':id/audits')
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({
    summary: "Plan a supervision audit (kind and date default from the tier's schedule; standard questionnaire).",
  })
  @ApiCreatedResponse({ type: AuditDto })
  @ApiUnprocessableEntityResponse({ description: 'SUBCONTRACTOR_NOT_ACTIVE' })
  createAudit(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateAuditDto,
  ): Promise<AuditDto> {
    return this.audits.create(auth, id, dto, this.files.lookup(OWNER.audit, OWNER.questionnaire));
  }

  @Post(':id/audits/:auditId/questionnaire')
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({
    summary: "Send the questionnaire link to the subcontractor's contact (one-time, expiring; shown once).",
  })
  @ApiCreatedResponse({ type: SentQuestionnaireDto })
  @ApiConflictResponse({ description: 'SUBCONTRACTOR_AUDIT_CLOSED' })
  sendQuestionnaire(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('auditId', UuidPipe) auditId: string,
    @Body() dto: SendQuestionnaireDto,
  ): Promise<SentQuestionnaireDto> {
    return this.audits.send(auth, id, auditId, dto, this.files.lookup(OWNER.audit, OWNER.questionnaire));
  }

  @Post(':id/audits/:auditId/close')
  @Permission('subcontractor', 'update', ON_RECORD)
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the audit with its result and findings (owner, due date).' })
  @ApiOkResponse({ type: AuditDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, SUBCONTRACTOR_AUDIT_CLOSED' })
  closeAudit(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('auditId', UuidPipe) auditId: string,
    @Body() dto: CloseAuditDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<AuditDto> {
    return this.audits.close(
      auth,
      id,
      auditId,
      dto,
      expectedVersion(ifMatch, dto.version),
      this.files.lookup(OWNER.audit, OWNER.questionnaire),
    );
  }

  // ---- re-subcontractors ----

  @Get(':id/resubcontractors')
  @Permission('subcontractor', 'read', ON_RECORD)
  @ApiOkResponse({ type: ResubcontractorListDto })
  resubcontractors(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<ResubcontractorListDto> {
    return this.subcontractors.resubcontractors(auth, id);
  }

  @Post(':id/resubcontractors')
  @Permission('subcontractor', 'update', ON_RECORD)
  @ApiOperation({ summary: 'Add a re-subcontractor to the chain, with the prior approval or report (R-SC-05).' })
  @ApiCreatedResponse({ type: ResubcontractorDto })
  @ApiUnprocessableEntityResponse({ description: 'RESUBCONTRACTOR_PARENT_INVALID' })
  addResubcontractor(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateResubcontractorDto,
  ): Promise<ResubcontractorDto> {
    return this.subcontractors.addResubcontractor(auth, id, dto);
  }

  @Delete(':id/resubcontractors/:rid')
  @Permission('subcontractor', 'update', ON_RECORD)
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'RESUBCONTRACTOR_PARENT_INVALID (others still below it)' })
  async removeResubcontractor(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('rid', UuidPipe) rid: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.subcontractors.removeResubcontractor(auth, id, rid, expectedVersion(ifMatch, undefined));
  }
}

@ApiTags('subcontractors')
@Controller('companies/:companyId/subcontractor-settings')
export class SubcontractorSettingsController {
  constructor(private readonly subcontractors: SubcontractorsService) {}

  @Get()
  @Permission('subcontractor', 'read', target.param('companyId'))
  @ApiOperation({ summary: "The company's selection checklist (criteria, pass mark) and audit schedule by tier." })
  @ApiOkResponse({ type: SettingsDto })
  get(@Auth() auth: AuthContext, @Param('companyId', UuidPipe) companyId: string): Promise<SettingsDto> {
    return this.subcontractors.getSettings(auth, companyId);
  }

  @Put()
  @Permission('subcontractor', 'update', target.param('companyId'))
  @ApiOkResponse({ type: SettingsDto })
  @ApiConflictResponse({ description: 'STALE_VERSION' })
  update(
    @Auth() auth: AuthContext,
    @Param('companyId', UuidPipe) companyId: string,
    @Body() dto: UpdateSettingsDto,
  ): Promise<SettingsDto> {
    return this.subcontractors.updateSettings(auth, companyId, dto, dto.version ?? 0);
  }
}
