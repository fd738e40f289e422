import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, Permission, target } from '../../platform/access/decorators';
import { UuidPipe } from '../../platform/access/params';
import { expectedVersion } from '../../platform/access/versioning';
import type { AuthContext } from '../../platform/auth/auth-context';
import { Page } from '../../platform/pagination/pagination';
import { CompaniesService } from './companies.service';
import { CompanyDto, CompanyPageDto, CompanyQueryDto, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';

@ApiTags('organization')
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @Permission('company', 'read')
  @ApiOperation({ summary: 'Companies of the group the caller may see.' })
  @ApiOkResponse({ type: CompanyPageDto })
  list(@Auth() auth: AuthContext, @Query() query: CompanyQueryDto): Promise<Page<CompanyDto>> {
    return this.companies.list(auth, query);
  }

  @Get(':id')
  @Permission('company', 'read', target.record('companies'))
  @ApiOkResponse({ type: CompanyDto, description: 'With ETag: "<version>".' })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<CompanyDto> {
    return this.companies.get(auth, id);
  }

  @Post()
  @Permission('company', 'create', target.group())
  @ApiOperation({ summary: 'Add a company to the group (group-level administrators).' })
  @ApiCreatedResponse({ type: CompanyDto })
  @ApiConflictResponse({ description: 'COMPANY_CORPORATE_NUMBER_TAKEN' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateCompanyDto): Promise<CompanyDto> {
    return this.companies.create(auth, dto);
  }

  @Patch(':id')
  @Permission('company', 'update', target.record('companies'))
  @ApiOkResponse({ type: CompanyDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, COMPANY_CORPORATE_NUMBER_TAKEN' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateCompanyDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CompanyDto> {
    return this.companies.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('company', 'delete', target.record('companies'))
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an empty company (If-Match required).' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, COMPANY_NOT_EMPTY' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.companies.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
