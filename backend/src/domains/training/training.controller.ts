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
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiMethodNotAllowedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { AttachmentDto } from '../../platform/attachments/attachment.dto';
import { ExportFormatQueryDto } from '../../platform/export/table-export';
import { RAW_UPLOAD_ROUTE } from '../../platform/http/raw-upload';
import { Auth, Permission, RecordCompany, SignedIn, target } from '../../platform/access/decorators';
import { UuidPipe } from '../../platform/access/params';
import { expectedVersion } from '../../platform/access/versioning';
import type { AuthContext } from '../../platform/auth/auth-context';
import { VersionedDto } from '../organization/dto/common';
import { CampaignsService } from './campaigns.service';
import { CoursesService } from './courses.service';
import {
  AssignmentListQueryDto,
  AttendeeListDto,
  CampaignDto,
  CampaignListDto,
  CampaignListQueryDto,
  CoverageListDto,
  CoverageExportQueryDto,
  CoverageQueryDto,
  CreateCampaignDto,
  MakeUpDto,
  MakeUpResultDto,
  ProgressDto,
  SummaryDto,
  SyncResultDto,
  UpdateCampaignDto,
} from './dto/campaign.dto';
import {
  CourseDto,
  CourseListDto,
  CourseListQueryDto,
  CourseVersionListDto,
  CreateCourseDto,
  UpdateCourseDto,
} from './dto/course.dto';
import {
  AttemptResultDto,
  AttestationDto,
  MyAssignmentDetailDto,
  MyAssignmentListDto,
  SubmitAttemptDto,
} from './dto/me.dto';
import { MyTrainingService } from './my-training.service';
import { attendeesFile, coverageFile } from './training.export';
import { trainingProblems } from './training.errors';

@ApiTags('training')
@Controller('training/courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get()
  @Permission('training_course', 'read')
  @ApiOkResponse({ type: CourseListDto })
  list(@Auth() auth: AuthContext, @Query() query: CourseListQueryDto) {
    return this.courses.list(auth, query);
  }

  @Get(':id')
  @Permission('training_course', 'read', target.record('training_courses'))
  @ApiOperation({ summary: 'The course as its editors see it, the quiz with its correct options.' })
  @ApiOkResponse({ type: CourseDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<CourseDto> {
    return this.courses.get(auth, id);
  }

  @Get(':id/versions')
  @Permission('training_course', 'read', target.record('training_courses'))
  @ApiOkResponse({ type: CourseVersionListDto })
  versions(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string) {
    return this.courses.versions(auth, id);
  }

  @Get(':id/attachments')
  @Permission('training_course', 'read', target.record('training_courses'))
  @ApiOperation({ summary: "The course's files (reading material)." })
  @ApiOkResponse({ type: [AttachmentDto] })
  attachments(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<AttachmentDto[]> {
    return this.courses.attachments(auth, id);
  }

  @Post(':id/attachments')
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @Permission('training_course', 'update', target.record('training_courses'))
  @ApiOperation({
    summary:
      'Adds a file: the raw file as the body (application/octet-stream), its name in ?fileName=. On a published course the file is published at once as the next version.',
  })
  @ApiCreatedResponse({ type: AttachmentDto })
  attach(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query('fileName') fileName: string | undefined,
    @Body() body: Buffer,
  ): Promise<AttachmentDto> {
    return this.courses.attach(auth, id, fileName, body);
  }

  @Get(':id/attachments/:attachmentId')
  @Permission('training_course', 'read', target.record('training_courses'))
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  download(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.courses.download(auth, id, attachmentId);
  }

  @Post()
  @Permission('training_course', 'create', target.body())
  @ApiCreatedResponse({ type: CourseDto })
  @ApiUnprocessableEntityResponse({
    description: 'TRAINING_TOPICS_INCOMPLETE (an annual course must cover all four topics)',
  })
  create(@Auth() auth: AuthContext, @Body() dto: CreateCourseDto): Promise<CourseDto> {
    return this.courses.create(auth, dto);
  }

  @Patch(':id')
  @Permission('training_course', 'update', target.record('training_courses'))
  @ApiOperation({ summary: 'Edits a course; a published course is published again as its next version.' })
  @ApiOkResponse({ type: CourseDto })
  @ApiConflictResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'TRAINING_TOPICS_INCOMPLETE' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateCourseDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CourseDto> {
    return this.courses.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/publish')
  @Permission('training_course', 'update', target.record('training_courses'))
  @HttpCode(200)
  @ApiOkResponse({ type: CourseDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, TRAINING_COURSE_ALREADY_PUBLISHED' })
  publish(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: VersionedDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CourseDto> {
    return this.courses.publish(auth, id, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('training_course', 'delete', target.record('training_courses'))
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, TRAINING_COURSE_IN_USE' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.courses.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}

@ApiTags('training')
@Controller('training')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get('campaigns')
  @Permission('training_campaign', 'read')
  @ApiOkResponse({ type: CampaignListDto })
  list(@Auth() auth: AuthContext, @Query() query: CampaignListQueryDto) {
    return this.campaigns.list(auth, query);
  }

  @Get('campaigns/:id')
  @Permission('training_campaign', 'read', target.record('training_campaigns'))
  @ApiOkResponse({ type: CampaignDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<CampaignDto> {
    return this.campaigns.get(auth, id);
  }

  @Post('campaigns')
  @Permission('training_campaign', 'create', target.body())
  @ApiOperation({ summary: 'Creates a campaign and assigns its whole audience at once.' })
  @ApiCreatedResponse({ type: CampaignDto })
  @ApiUnprocessableEntityResponse({ description: 'TRAINING_COURSE_NOT_PUBLISHED, TRAINING_AUDIENCE_INVALID' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.create(auth, dto);
  }

  @Patch('campaigns/:id')
  @Permission('training_campaign', 'update', target.record('training_campaigns'))
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'STALE_VERSION' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateCampaignDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CampaignDto> {
    return this.campaigns.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Get('campaigns/:id/progress')
  @Permission('training_campaign', 'read', target.record('training_campaigns'))
  @ApiOperation({ summary: 'Progress by company, department and employment type (department managers: their own).' })
  @ApiOkResponse({ type: ProgressDto })
  progress(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @RecordCompany() companyId: string,
  ): Promise<ProgressDto> {
    return this.campaigns.progress(auth, id, companyId);
  }

  @Get('campaigns/:id/assignments')
  @Permission('training_campaign', 'read', target.record('training_campaigns'))
  @ApiOperation({ summary: 'Attendees with their results; `state=overdue` is the overdue list.' })
  @ApiOkResponse({ type: AttendeeListDto })
  attendees(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string, @Query() query: AssignmentListQueryDto) {
    return this.campaigns.attendees(auth, id, query);
  }

  @Get('campaigns/:id/assignments/export')
  @Permission('training_campaign', 'read', target.record('training_campaigns'))
  @ApiOperation({ summary: 'The attendee list with results as CSV (UTF-8 with BOM) or XLSX.' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query() query: ExportFormatQueryDto,
  ): Promise<StreamableFile> {
    const page = await this.campaigns.attendees(auth, id, {}, true);
    return attendeesFile(query.format ?? 'csv', `training-attendees-${id.slice(0, 8)}`, page.items);
  }

  @Get('campaigns/:id/summary')
  @Permission('training_campaign', 'read', target.record('training_campaigns'))
  @ApiOperation({ summary: 'The education summary (教育実施サマリー) for the PrivacyMark application.' })
  @ApiOkResponse({ type: SummaryDto })
  summary(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<SummaryDto> {
    return this.campaigns.summary(auth, id);
  }

  @Post('campaigns/:id/makeup')
  @Permission('training_campaign', 'update', target.record('training_campaigns'))
  @ApiOperation({ summary: 'Make-up assignments (補講) for people who missed the due date.' })
  @ApiCreatedResponse({ type: MakeUpResultDto })
  makeUp(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string, @Body() dto: MakeUpDto) {
    return this.campaigns.makeUp(auth, id, dto);
  }

  @Post('campaigns/:id/sync')
  @Permission('training_campaign', 'update', target.record('training_campaigns'))
  @HttpCode(200)
  @ApiOperation({ summary: "Assigns new hires now and withdraws leavers' open assignments (the job does it too)." })
  @ApiOkResponse({ type: SyncResultDto })
  sync(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<SyncResultDto> {
    return this.campaigns.sync(auth, id);
  }

  @Get('coverage')
  @Permission('training_campaign', 'read', target.query())
  @ApiOperation({ summary: 'Active people with no annual course passed in the last 365 days (R-ED-01).' })
  @ApiOkResponse({ type: CoverageListDto })
  coverage(@Auth() auth: AuthContext, @Query() query: CoverageQueryDto) {
    return this.campaigns.coverage(auth, query);
  }

  @Get('coverage/export')
  @Permission('training_campaign', 'read', target.query())
  @ApiOperation({ summary: 'The same people (R-ED-01) as CSV (UTF-8 with BOM) or XLSX, every row.' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment.' })
  async exportCoverage(@Auth() auth: AuthContext, @Query() query: CoverageExportQueryDto): Promise<StreamableFile> {
    const { format, companyId, q, employmentType } = query;
    const page = await this.campaigns.coverage(auth, { companyId, q, employmentType }, true);
    return coverageFile(format ?? 'csv', `training-coverage-${this.campaigns.today()}`, page.items);
  }
}

@ApiTags('training')
@Controller('training')
export class MyTrainingController {
  constructor(private readonly mine: MyTrainingService) {}

  @Get('me/assignments')
  @SignedIn()
  @ApiOperation({ summary: "The caller's own training." })
  @ApiOkResponse({ type: MyAssignmentListDto })
  list(@Auth() auth: AuthContext): Promise<MyAssignmentListDto> {
    return this.mine.list(auth);
  }

  @Get('me/assignments/:id')
  @SignedIn()
  @ApiOperation({ summary: 'The course to read and the quiz (shuffled, without the answers).' })
  @ApiOkResponse({ type: MyAssignmentDetailDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<MyAssignmentDetailDto> {
    return this.mine.get(auth, id);
  }

  @Get('me/assignments/:id/attachments')
  @SignedIn()
  @ApiOperation({ summary: 'The files of the course version the caller reads for this assignment.' })
  @ApiOkResponse({ type: [AttachmentDto] })
  attachments(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<AttachmentDto[]> {
    return this.mine.attachments(auth, id);
  }

  @Get('me/assignments/:id/attachments/:attachmentId')
  @SignedIn()
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment).' })
  download(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.mine.download(auth, id, attachmentId);
  }

  @Post('me/assignments/:id/attempts')
  @SignedIn()
  @ApiOperation({ summary: 'Submits the answers; the server grades them. A pass records the attestation.' })
  @ApiCreatedResponse({ type: AttemptResultDto })
  @ApiConflictResponse({ description: 'TRAINING_ALREADY_PASSED, TRAINING_COURSE_VERSION_CHANGED' })
  submit(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SubmitAttemptDto,
    @Req() request: FastifyRequest,
  ): Promise<AttemptResultDto> {
    return this.mine.submit(auth, id, dto, request.ip ?? null);
  }

  @Get('attestations/:id')
  @SignedIn()
  @ApiOperation({ summary: 'An attestation (certificate): its person, or readers of the campaign records.' })
  @ApiOkResponse({ type: AttestationDto })
  attestation(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<AttestationDto> {
    return this.mine.attestation(auth, id);
  }

  @Patch('attestations/:id')
  @SignedIn()
  @ApiMethodNotAllowedResponse({ description: 'TRAINING_ATTESTATION_IMMUTABLE: attestations are never edited.' })
  edit(): never {
    throw trainingProblems.attestationImmutable();
  }

  @Delete('attestations/:id')
  @SignedIn()
  @ApiMethodNotAllowedResponse({ description: 'TRAINING_ATTESTATION_IMMUTABLE: attestations are never deleted.' })
  remove(): never {
    throw trainingProblems.attestationImmutable();
  }
}
