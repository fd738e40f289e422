import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
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
import { Page } from '../../platform/pagination/pagination';
import {
  CreateProvisionRecordDto,
  ProvisionRecordDto,
  ProvisionRecordPageDto,
  ProvisionRecordQueryDto,
  UpdateProvisionRecordDto,
} from './dto/provision-record.dto';
import { ProvisionRecordsService } from './provision-records.service';

const RECORD = target.record('provision_records');

@ApiTags('joint-use')
@Controller('provision-records')
export class ProvisionRecordsController {
  constructor(private readonly records: ProvisionRecordsService) {}

  @Get()
  @Permission('provision_record', 'read')
  @ApiOperation({ summary: 'Third-party provision and receipt records (確認・記録) of the caller’s companies.' })
  @ApiOkResponse({ type: ProvisionRecordPageDto })
  list(@Auth() auth: AuthContext, @Query() query: ProvisionRecordQueryDto): Promise<Page<ProvisionRecordDto>> {
    return this.records.list(auth, query);
  }

  @Post()
  @Permission('provision_record', 'create', target.body())
  @ApiCreatedResponse({ type: ProvisionRecordDto })
  @ApiUnprocessableEntityResponse({ description: 'PROVISION_RECORD_INCOMPLETE, PROVISION_RECEIPT_PROVIDER_UNVERIFIED' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateProvisionRecordDto): Promise<ProvisionRecordDto> {
    return this.records.create(auth, dto);
  }

  @Get(':id')
  @Permission('provision_record', 'read', RECORD)
  @ApiOkResponse({ type: ProvisionRecordDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<ProvisionRecordDto> {
    return this.records.get(auth, id);
  }

  @Patch(':id')
  @Permission('provision_record', 'update', RECORD)
  @ApiOkResponse({ type: ProvisionRecordDto })
  @ApiConflictResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'PROVISION_RECORD_INCOMPLETE, PROVISION_RECEIPT_PROVIDER_UNVERIFIED' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateProvisionRecordDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ProvisionRecordDto> {
    return this.records.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('provision_record', 'delete', RECORD)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a record whose retention has run out (If-Match required).' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, RECORD_RETENTION_ACTIVE' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.records.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
