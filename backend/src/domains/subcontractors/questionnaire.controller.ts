import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UuidPipe } from '../../platform/access/params';
import { RouteConfig } from '@nestjs/platform-fastify';
import { AttachmentsService } from '../../platform/attachments/attachments.service';
import { RAW_UPLOAD_ROUTE } from '../../platform/http/raw-upload';
import {
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiCreatedResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../platform/access/decorators';
import { Clock } from '../../platform/auth/clock';
import { AuditsService } from './audits.service';
import { AttachmentRefDto, PublicQuestionnaireDto, SaveAnswersDto } from './dto/subcontractor.dto';
import { QuestionnaireThrottle } from './questionnaire-throttle';
import { OWNER, SubcontractorFiles } from './subcontractor-files';

/**
 * The questionnaire as the subcontractor's contact sees it, without an account: the token in the path is
 * the only key, and it opens nothing but that questionnaire. Rate-limited per address.
 */
@ApiTags('subcontractors')
@Controller('questionnaires/:token')
@ApiNotFoundResponse({ description: 'Unknown link (NOT_FOUND).' })
@ApiGoneResponse({ description: 'Used, replaced or expired link (QUESTIONNAIRE_LINK_GONE).' })
@ApiTooManyRequestsResponse({ description: 'TOO_MANY_REQUESTS (Retry-After).' })
export class QuestionnaireController {
  constructor(
    private readonly audits: AuditsService,
    private readonly throttle: QuestionnaireThrottle,
    private readonly clock: Clock,
    private readonly files: SubcontractorFiles,
    private readonly attachments: AttachmentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The questionnaire behind a link, with the answers saved so far.' })
  @ApiOkResponse({ type: PublicQuestionnaireDto })
  view(@Req() request: FastifyRequest, @Param('token') token: string): Promise<PublicQuestionnaireDto> {
    this.throttle.check(request.ip, this.clock.now().getTime());
    return this.audits.publicView(token, this.files.lookup(OWNER.questionnaire));
  }

  @Put('answers')
  @Public()
  @ApiOperation({ summary: 'Save answers (draft); come back later with the same link.' })
  @ApiOkResponse({ type: PublicQuestionnaireDto })
  save(
    @Req() request: FastifyRequest,
    @Param('token') token: string,
    @Body() dto: SaveAnswersDto,
  ): Promise<PublicQuestionnaireDto> {
    this.throttle.check(request.ip, this.clock.now().getTime());
    return this.audits.publicSave(token, dto.answers, String(request.id), this.files.lookup(OWNER.questionnaire));
  }

  @Get('evidence')
  @Public()
  @ApiOperation({ summary: 'The evidence attached so far.' })
  @ApiOkResponse({ type: [AttachmentRefDto] })
  async evidenceList(@Req() request: FastifyRequest, @Param('token') token: string): Promise<AttachmentRefDto[]> {
    this.throttle.check(request.ip, this.clock.now().getTime());
    return (await this.audits.publicView(token, this.files.lookup(OWNER.questionnaire))).evidence;
  }

  @Get('evidence/:attachmentId')
  @Public()
  @ApiOperation({ summary: "Download one's own evidence back." })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  async evidenceFile(
    @Req() request: FastifyRequest,
    @Param('token') token: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    this.throttle.check(request.ip, this.clock.now().getTime());
    const auditId = await this.audits.publicAuditId(token);
    return this.attachments.file(
      await this.attachments.get(this.dataSource.manager, OWNER.questionnaire, auditId, attachmentId),
    );
  }

  @Post('evidence')
  @Public()
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @ApiOperation({
    summary: 'Attach evidence (raw body, file name in ?fileName=; PDF, images, office files up to 20 MB).',
  })
  @ApiCreatedResponse({ type: AttachmentRefDto })
  async evidence(
    @Req() request: FastifyRequest,
    @Param('token') token: string,
    @Query('fileName') fileName: string | undefined,
    @Body() body: Buffer,
  ): Promise<AttachmentRefDto> {
    this.throttle.check(request.ip, this.clock.now().getTime());
    const stored = await this.audits.publicEvidence(token, String(request.id), (manager, actor, input) =>
      this.attachments.store(manager, actor, { ...input, ownerType: OWNER.questionnaire, fileName, body }),
    );
    return {
      id: stored.id,
      fileName: stored.fileName,
      contentType: stored.contentType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      createdAt: stored.createdAt,
    };
  }

  @Post('submit')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Submit the answers, once; the link stops working.' })
  @ApiNoContentResponse()
  async submit(
    @Req() request: FastifyRequest,
    @Param('token') token: string,
    @Body() dto: SaveAnswersDto,
  ): Promise<void> {
    this.throttle.check(request.ip, this.clock.now().getTime());
    await this.audits.publicSubmit(token, dto.answers, String(request.id));
  }
}
