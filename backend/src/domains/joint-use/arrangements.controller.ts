import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiProduces,
  ApiUnsupportedMediaTypeResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Auth, Permission, target } from '../../platform/access/decorators';
import { UuidPipe } from '../../platform/access/params';
import { expectedVersion } from '../../platform/access/versioning';
import type { AuthContext } from '../../platform/auth/auth-context';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { RAW_UPLOAD_ROUTE } from '../../platform/http/raw-upload';
import { Page, PageQueryDto } from '../../platform/pagination/pagination';
import { ArrangementsService } from './arrangements.service';
import {
  ArrangementDto,
  ArrangementPageDto,
  ArrangementQueryDto,
  ChangeArrangementDto,
  ChangePreviewDto,
  ContractUploadQueryDto,
  CreateArrangementDto,
  JointUseNoticeDto,
  NoticeQueryDto,
  NoticeVersionDto,
  NoticeVersionPageDto,
} from './dto/arrangement.dto';

const ARRANGEMENT = target.record('joint_use_arrangements');

@ApiTags('joint-use')
@Controller('joint-use/arrangements')
export class ArrangementsController {
  constructor(private readonly arrangements: ArrangementsService) {}

  @Get()
  @Permission('joint_use', 'read')
  @ApiOperation({ summary: 'Joint-use arrangements (共同利用) of the caller’s companies.' })
  @ApiOkResponse({ type: ArrangementPageDto })
  list(@Auth() auth: AuthContext, @Query() query: ArrangementQueryDto): Promise<Page<ArrangementDto>> {
    return this.arrangements.list(auth, query);
  }

  @Post()
  @Permission('joint_use', 'create', target.body())
  @ApiOperation({ summary: 'Start a draft arrangement.' })
  @ApiCreatedResponse({ type: ArrangementDto })
  create(@Auth() auth: AuthContext, @Body() dto: CreateArrangementDto): Promise<ArrangementDto> {
    return this.arrangements.create(auth, dto);
  }

  @Get(':id')
  @Permission('joint_use', 'read', ARRANGEMENT)
  @ApiOkResponse({ type: ArrangementDto, description: 'With completeness (R-JU-01, R-JU-02) and the group review.' })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<ArrangementDto> {
    return this.arrangements.get(auth, id);
  }

  @Patch(':id')
  @Permission('joint_use', 'update', ARRANGEMENT)
  @ApiOperation({ summary: 'Change the arrangement; a published one follows R-JU-03.' })
  @ApiOkResponse({ type: ArrangementDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, JOINT_USE_ENDED' })
  @ApiUnprocessableEntityResponse({
    description:
      'JOINT_USE_SCOPE_CHANGE_FORBIDDEN, JOINT_USE_EXCEPTION_JUSTIFICATION_REQUIRED, JOINT_USE_PRIOR_NOTICE_REQUIRED, JOINT_USE_COMPANY_UNKNOWN',
  })
  change(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ChangeArrangementDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ArrangementDto> {
    return this.arrangements.change(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/changes/preview')
  @Permission('joint_use', 'update', ARRANGEMENT)
  @HttpCode(200)
  @ApiOperation({ summary: 'Which rule of R-JU-03 a change falls under, and whether it may be made; saves nothing.' })
  @ApiOkResponse({ type: ChangePreviewDto })
  preview(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ChangeArrangementDto,
  ): Promise<ChangePreviewDto> {
    return this.arrangements.preview(auth, id, dto);
  }

  @Post(':id/publish')
  @Permission('joint_use', 'update', ARRANGEMENT)
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the next notice version (If-Match required).' })
  @ApiOkResponse({ type: ArrangementDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, JOINT_USE_ENDED, JOINT_USE_NOTHING_TO_PUBLISH' })
  @ApiUnprocessableEntityResponse({
    description:
      'JOINT_USE_NOTICE_INCOMPLETE (with `missing`), JOINT_USE_CONTRACT_MISSING, JOINT_USE_PRIOR_NOTICE_REQUIRED',
  })
  publish(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ArrangementDto> {
    return this.arrangements.publish(auth, id, expectedVersion(ifMatch, undefined));
  }

  @Post(':id/end')
  @Permission('joint_use', 'update', ARRANGEMENT)
  @HttpCode(200)
  @ApiOperation({ summary: 'End a published arrangement (If-Match required); its versions stay readable.' })
  @ApiOkResponse({ type: ArrangementDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, JOINT_USE_ENDED, JOINT_USE_NOT_DRAFT' })
  end(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ArrangementDto> {
    return this.arrangements.end(auth, id, expectedVersion(ifMatch, undefined));
  }

  @Delete(':id')
  @Permission('joint_use', 'delete', ARRANGEMENT)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft (If-Match required).' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, JOINT_USE_NOT_DRAFT' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.arrangements.remove(auth, id, expectedVersion(ifMatch, undefined));
  }

  @Get(':id/notice')
  @Permission('joint_use', 'read', ARRANGEMENT)
  @ApiOperation({ summary: 'The current public text, as it stands in the privacy policy.' })
  @ApiOkResponse({ type: JointUseNoticeDto })
  notice(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query() query: NoticeQueryDto,
  ): Promise<JointUseNoticeDto> {
    return this.arrangements.notice(auth, id, query.lang ?? 'ja');
  }

  @Get(':id/contracts')
  @Permission('joint_use', 'read', ARRANGEMENT)
  @ApiOperation({ summary: 'The signed joint-use contracts on file (R-JU-02).' })
  @ApiOkResponse({ type: [AttachmentDto] })
  contracts(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<AttachmentDto[]> {
    return this.arrangements.contracts(auth, id);
  }

  @Post(':id/contracts')
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @Permission('joint_use', 'update', ARRANGEMENT)
  @ApiOperation({
    summary: 'Keep a signed joint-use contract (PDF, image or Office file, at most 20 MiB) as the body.',
  })
  @ApiConsumes('application/octet-stream', 'application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiUnsupportedMediaTypeResponse({ description: 'FILE_TYPE_NOT_ALLOWED' })
  addContract(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query() query: ContractUploadQueryDto,
    @Body() body: Buffer,
  ): Promise<AttachmentDto> {
    return this.arrangements.addContract(auth, id, query.fileName, body);
  }

  @Get(':id/contracts/:attachmentId')
  @Permission('joint_use', 'read', ARRANGEMENT)
  @ApiOperation({ summary: 'Download a contract (as an attachment).' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file.', schema: { type: 'string', format: 'binary' } })
  contractFile(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.arrangements.contractFile(auth, id, attachmentId);
  }

  @Get(':id/versions')
  @Permission('joint_use', 'read', ARRANGEMENT)
  @ApiOperation({ summary: 'Published versions, newest first, each with its field-by-field diff.' })
  @ApiOkResponse({ type: NoticeVersionPageDto })
  versions(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<NoticeVersionDto>> {
    return this.arrangements.versions(auth, id, query);
  }
}
