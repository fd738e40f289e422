import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Auth, Permission, target } from '../../../platform/access/decorators';
import { UuidPipe } from '../../../platform/access/params';
import { expectedVersion } from '../../../platform/access/versioning';
import type { AuthContext } from '../../../platform/auth/auth-context';
import { Page } from '../../../platform/pagination/pagination';
import {
  RosterApplyDto,
  RosterErrorsQueryDto,
  RosterImportDto,
  RosterImportPreviewDto,
  RosterMappingBodyDto,
  RosterRowErrorDto,
  RosterRowErrorPageDto,
  RosterUploadQueryDto,
} from './dto/roster-import.dto';
import { rosterImportProblems } from './roster-import.errors';
import { RosterImportService } from './roster-import.service';
import { RAW_UPLOAD_ROUTE } from '../../../platform/http/raw-upload';

@ApiTags('organization')
@Controller()
export class RosterImportController {
  constructor(private readonly imports: RosterImportService) {}

  @Post('companies/:companyId/roster-imports')
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @Permission('roster_import', 'create', target.param('companyId'))
  @ApiOperation({
    summary:
      'Upload a staff roster (CSV, UTF-8 or Shift_JIS/CP932, at most 20 MiB) as the request body. Returns the headers, the first rows and a suggested column mapping; nothing is written to the roster.',
  })
  @ApiConsumes('text/csv', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: RosterImportDto })
  @ApiBadRequestResponse({
    description:
      'ROSTER_ENCODING_INVALID, ROSTER_FILE_NOT_CSV, ROSTER_CSV_MALFORMED, ROSTER_FILE_EMPTY, ROSTER_FILE_NO_ROWS',
  })
  @ApiPayloadTooLargeResponse({ description: 'PAYLOAD_TOO_LARGE: the file is over 20 MiB.' })
  @ApiUnsupportedMediaTypeResponse({
    description: 'UNSUPPORTED_MEDIA_TYPE: send text/csv or application/octet-stream.',
  })
  @ApiUnprocessableEntityResponse({ description: 'ROSTER_TOO_MANY_ROWS, ROSTER_TOO_MANY_COLUMNS' })
  upload(
    @Auth() auth: AuthContext,
    @Param('companyId', UuidPipe) companyId: string,
    @Query() query: RosterUploadQueryDto,
    @Body() body: Buffer,
  ): Promise<RosterImportDto> {
    if (!Buffer.isBuffer(body)) throw rosterImportProblems.bodyMissing();
    return this.imports.upload(auth, companyId, body, query);
  }

  @Get('roster-imports/:id')
  @Permission('roster_import', 'read', target.record('roster_imports'))
  @ApiOperation({ summary: 'An import: its preview counts, its progress while applying, its result.' })
  @ApiOkResponse({ type: RosterImportDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<RosterImportDto> {
    return this.imports.get(auth, id);
  }

  @Get('roster-imports/:id/errors')
  @Permission('roster_import', 'read', target.record('roster_imports'))
  @ApiOperation({ summary: 'Every row error of the preview, by row: row (header = 1), column, code, message.' })
  @ApiOkResponse({ type: RosterRowErrorPageDto })
  errors(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query() query: RosterErrorsQueryDto,
  ): Promise<Page<RosterRowErrorDto>> {
    return this.imports.errors(auth, id, query);
  }

  @Put('roster-imports/:id/mapping')
  @Permission('roster_import', 'update', target.record('roster_imports'))
  @ApiOperation({
    summary:
      'Map columns to person fields and choose the mode; validates every row and returns the preview with the first page of row errors. Writes no person.',
  })
  @ApiOkResponse({ type: RosterImportPreviewDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, ROSTER_IMPORT_IN_PROGRESS, ROSTER_IMPORT_ALREADY_APPLIED' })
  map(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: RosterMappingBodyDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<RosterImportPreviewDto> {
    const version = ifMatch || body.version !== undefined ? expectedVersion(ifMatch, body.version) : undefined;
    return this.imports.map(auth, id, body, version);
  }

  @Post('roster-imports/:id/apply')
  @HttpCode(202)
  @Permission('roster_import', 'update', target.record('roster_imports'))
  @ApiOperation({
    summary:
      'Apply the valid rows of the checked preview in one transaction, in the background: poll GET /roster-imports/{id} for progress and the result.',
  })
  @ApiAcceptedResponse({ type: RosterImportDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, ROSTER_IMPORT_NOT_MAPPED, ROSTER_IMPORT_ALREADY_APPLIED' })
  apply(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: RosterApplyDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<RosterImportDto> {
    return this.imports.apply(auth, id, expectedVersion(ifMatch, body?.version));
  }

  @Delete('roster-imports/:id')
  @HttpCode(204)
  @Permission('roster_import', 'delete', target.record('roster_imports'))
  @ApiOperation({ summary: 'Discard an import (and the file it holds) that is not being applied.' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, ROSTER_IMPORT_IN_PROGRESS' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.imports.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
