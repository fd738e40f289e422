import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post } from '@nestjs/common';
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
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto, DepartmentDto, DepartmentTreeDto, UpdateDepartmentDto } from './dto/department.dto';

@ApiTags('organization')
@Controller('companies/:companyId/departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Permission('department', 'read', target.param('companyId'))
  @ApiOperation({ summary: "The company's departments as a tree." })
  @ApiOkResponse({ type: DepartmentTreeDto })
  tree(@Auth() auth: AuthContext, @Param('companyId', UuidPipe) companyId: string): Promise<DepartmentTreeDto> {
    return this.departments.tree(auth, companyId);
  }

  @Get(':id')
  @Permission('department', 'read', target.param('companyId'))
  @ApiOkResponse({ type: DepartmentDto })
  get(
    @Auth() auth: AuthContext,
    @Param('companyId', UuidPipe) companyId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<DepartmentDto> {
    return this.departments.get(auth, companyId, id);
  }

  @Post()
  @Permission('department', 'create', target.param('companyId'))
  @ApiCreatedResponse({ type: DepartmentDto })
  @ApiConflictResponse({ description: 'DEPARTMENT_CODE_TAKEN' })
  @ApiUnprocessableEntityResponse({ description: 'DEPARTMENT_PARENT_INVALID' })
  create(
    @Auth() auth: AuthContext,
    @Param('companyId', UuidPipe) companyId: string,
    @Body() dto: CreateDepartmentDto,
  ): Promise<DepartmentDto> {
    return this.departments.create(auth, companyId, dto);
  }

  @Patch(':id')
  @Permission('department', 'update', target.param('companyId'))
  @ApiOkResponse({ type: DepartmentDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, DEPARTMENT_CODE_TAKEN' })
  @ApiUnprocessableEntityResponse({
    description: 'DEPARTMENT_PARENT_INVALID (another company, itself or below itself)',
  })
  update(
    @Auth() auth: AuthContext,
    @Param('companyId', UuidPipe) companyId: string,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateDepartmentDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<DepartmentDto> {
    return this.departments.update(auth, companyId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('department', 'delete', target.param('companyId'))
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, DEPARTMENT_NOT_EMPTY' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('companyId', UuidPipe) companyId: string,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.departments.remove(auth, companyId, id, expectedVersion(ifMatch, undefined));
  }
}
