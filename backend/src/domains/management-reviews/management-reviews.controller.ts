import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { minutesPdf } from './minutes-pdf';
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
import { VersionedDto } from '../organization/dto/common';
import {
  CompileReviewDto,
  CreateManagementReviewDto,
  ManagementReviewDto,
  ManagementReviewPageDto,
  ReviewFreshnessPageDto,
  ReviewFreshnessQueryDto,
  ReviewQueryDto,
  UpdateManagementReviewDto,
} from './dto/management-review.dto';
import { ManagementReviewsService } from './management-reviews.service';

@ApiTags('management-reviews')
@Controller('management-reviews')
export class ManagementReviewsController {
  constructor(private readonly reviews: ManagementReviewsService) {}

  @Get()
  @Permission('management_review', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'Management reviews of the companies in scope, latest first.' })
  @ApiOkResponse({ type: ManagementReviewPageDto })
  list(@Auth() auth: AuthContext, @Query() query: ReviewQueryDto): Promise<ManagementReviewPageDto> {
    return this.reviews.list(auth, query);
  }

  @Get('freshness')
  @Permission('management_review', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'Per company: the latest review and the days since it (R-MR-01), worst first.' })
  @ApiOkResponse({ type: ReviewFreshnessPageDto })
  freshness(@Auth() auth: AuthContext, @Query() query: ReviewFreshnessQueryDto): Promise<ReviewFreshnessPageDto> {
    return this.reviews.freshness(auth, query);
  }

  @Get(':id')
  @Permission('management_review', 'read', target.record('management_reviews'))
  @ApiOkResponse({ type: ManagementReviewDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<ManagementReviewDto> {
    return this.reviews.get(auth, id);
  }

  @Get(':id/minutes.pdf')
  @Permission('management_review', 'read', target.record('management_reviews'))
  @ApiOperation({ summary: 'The minutes as an A4 PDF in Japanese (Noto Sans JP embedded).' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF file', schema: { type: 'string', format: 'binary' } })
  async minutes(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const review = await this.reviews.get(auth, id);
    const name = `management-review-${review.heldOn}-r${review.revision}.pdf`;
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `attachment; filename="${name}"`);
    reply.header('cache-control', 'no-store');
    return minutesPdf(review);
  }

  @Post()
  @Permission('management_review', 'create', target.body('companyId'))
  @ApiCreatedResponse({ type: ManagementReviewDto })
  @ApiUnprocessableEntityResponse({ description: 'REVIEW_CHAIR_NOT_EXECUTIVE, PERSON_NOT_IN_COMPANY' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateManagementReviewDto): Promise<ManagementReviewDto> {
    return this.reviews.create(auth, dto);
  }

  @Patch(':id')
  @Permission('management_review', 'update', target.record('management_reviews'))
  @ApiOkResponse({ type: ManagementReviewDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, REVIEW_SIGNED (signed minutes are frozen)' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateManagementReviewDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ManagementReviewDto> {
    return this.reviews.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/compile')
  @HttpCode(200)
  @Permission('management_review', 'update', target.record('management_reviews'))
  @ApiOperation({ summary: 'Compile the inputs from the registers at a chosen moment (now by default).' })
  @ApiOkResponse({ type: ManagementReviewDto })
  compile(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CompileReviewDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ManagementReviewDto> {
    return this.reviews.compile(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/sign-off')
  @HttpCode(200)
  @Permission('management_review', 'update', target.record('management_reviews'))
  @ApiOperation({ summary: 'The chair or an executive signs off; decisions become improvement actions.' })
  @ApiOkResponse({ type: ManagementReviewDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, REVIEW_SIGNED' })
  @ApiUnprocessableEntityResponse({
    description: 'REVIEW_INPUTS_BLANK (names them), REVIEW_AUDIT_REPORT_MISSING, REVIEW_DECISION_INCOMPLETE',
  })
  signOff(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: VersionedDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ManagementReviewDto> {
    return this.reviews.signOff(auth, id, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/revisions')
  @Permission('management_review', 'update', target.record('management_reviews'))
  @ApiOperation({ summary: 'Start a new revision of signed minutes; the signed minutes stay unchanged.' })
  @ApiCreatedResponse({ type: ManagementReviewDto })
  @ApiConflictResponse({ description: 'REVIEW_NOT_SIGNED' })
  revise(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<ManagementReviewDto> {
    return this.reviews.revise(auth, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('management_review', 'delete', target.record('management_reviews'))
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, REVIEW_SIGNED' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.reviews.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
