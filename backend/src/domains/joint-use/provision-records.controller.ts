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
  Res,
  StreamableFile,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
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
import { companyNames } from '../../platform/export/company-names';
import { tableFile, TableColumn } from '../../platform/export/table-export';
import { tokyoDate } from '../../platform/notifications/notification.rules';
import { Page } from '../../platform/pagination/pagination';
import {
  CreateProvisionRecordDto,
  ProvisionRecordDto,
  ProvisionRecordExportQueryDto,
  ProvisionRecordPageDto,
  ProvisionRecordQueryDto,
  UpdateProvisionRecordDto,
} from './dto/provision-record.dto';
import { ProvisionRecordsService } from './provision-records.service';

const RECORD = target.record('provision_records');

const DIRECTION_JA: Record<string, string> = { provision: '提供', receipt: '受領' };
const BASIS_JA: Record<string, string> = {
  consent: '本人の同意',
  opt_out: 'オプトアウト',
  law_exception: '法令等の例外',
  outsourcing: '委託',
  succession: '事業承継',
  joint_use: '共同利用',
};
const METHOD_JA: Record<string, string> = { per_provision: '提供の都度', bulk: '一括', contract: '契約書等による代替' };

/** The export's columns: Japanese headers with the English in brackets, as the registers are kept. */
export const provisionRecordColumns = (companies: Map<string, string>): readonly TableColumn<ProvisionRecordDto>[] => [
  { header: '会社 (Company)', value: (r) => companies.get(r.companyId) ?? '' },
  { header: '区分 (Direction)', value: (r) => DIRECTION_JA[r.direction] },
  { header: '根拠 (Basis)', value: (r) => BASIS_JA[r.basis] },
  { header: '例外の号 (Exception case)', value: (r) => r.lawExceptionCase },
  { header: '記録の方法 (Recording method)', value: (r) => METHOD_JA[r.recordingMethod] },
  { header: '提供・受領日 (Date)', value: (r) => r.providedOn },
  { header: '最終提供日 (Last provision)', value: (r) => r.lastProvidedOn },
  { header: '記録作成日 (Recorded on)', value: (r) => r.recordedOn },
  { header: '提供先・提供元 (Counterparty)', value: (r) => r.counterpartyName },
  { header: '住所 (Address)', value: (r) => r.counterpartyAddress },
  { header: '代表者 (Representative)', value: (r) => r.counterpartyRepresentative },
  { header: '取得の経緯 (Acquisition)', value: (r) => r.providerAcquisition },
  { header: '本人 (Persons concerned)', value: (r) => r.personsConcerned },
  { header: '項目 (Data items)', value: (r) => r.dataItems },
  { header: '同意 (Consent)', value: (r) => (r.consentObtained ? '有' : '') },
  { header: '保存期限 (Keep until)', value: (r) => r.purgeAfter },
  { header: '備考 (Note)', value: (r) => r.note },
];

@ApiTags('joint-use')
@Controller('provision-records')
export class ProvisionRecordsController {
  constructor(
    private readonly records: ProvisionRecordsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Permission('provision_record', 'read')
  @ApiOperation({ summary: 'Third-party provision and receipt records (確認・記録) of the caller’s companies.' })
  @ApiOkResponse({ type: ProvisionRecordPageDto })
  list(@Auth() auth: AuthContext, @Query() query: ProvisionRecordQueryDto): Promise<Page<ProvisionRecordDto>> {
    return this.records.list(auth, query);
  }

  @Get('export')
  @Permission('provision_record', 'read')
  @ApiOperation({ summary: 'The filtered records as CSV (UTF-8 with BOM) or Excel, at most 50,000 rows.' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment.', schema: { type: 'string', format: 'binary' } })
  async export(
    @Auth() auth: AuthContext,
    @Query() query: ProvisionRecordExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const rows = await this.records.exportRows(auth, query);
    reply.header('cache-control', 'no-store');
    return tableFile({
      fileName: `provision-records-${tokyoDate(new Date())}`,
      sheetName: 'provision-records',
      format: query.format,
      columns: provisionRecordColumns(
        await companyNames(
          this.dataSource,
          rows.map((r) => r.companyId),
        ),
      ),
      rows,
    });
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
