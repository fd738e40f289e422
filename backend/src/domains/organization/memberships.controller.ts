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
import {
  CreateMembershipDto,
  MembershipDto,
  MembershipPageDto,
  MembershipQueryDto,
  UpdateMembershipDto,
} from './dto/membership.dto';
import { MembershipsService } from './memberships.service';

@ApiTags('organization')
@Controller('memberships')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get()
  @Permission('membership', 'read', target.query('companyId'))
  @ApiOkResponse({ type: MembershipPageDto })
  list(@Auth() auth: AuthContext, @Query() query: MembershipQueryDto): Promise<Page<MembershipDto>> {
    return this.memberships.list(auth, query);
  }

  @Get(':id')
  @Permission('membership', 'read', target.record('memberships'))
  @ApiOkResponse({ type: MembershipDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<MembershipDto> {
    return this.memberships.get(auth, id);
  }

  @Post()
  @Permission('membership', 'create', target.body('companyId'))
  @ApiOperation({
    summary: 'Give an account a role in a company, or in the whole group (companyId null; group administrators only).',
  })
  @ApiCreatedResponse({ type: MembershipDto })
  @ApiConflictResponse({ description: 'MEMBERSHIP_EXISTS' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateMembershipDto): Promise<MembershipDto> {
    return this.memberships.create(auth, dto);
  }

  @Patch(':id')
  @Permission('membership', 'update', target.record('memberships'))
  @ApiOkResponse({ type: MembershipDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, MEMBERSHIP_EXISTS, ACCOUNT_SELF_CHANGE_REFUSED' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateMembershipDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<MembershipDto> {
    return this.memberships.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('membership', 'delete', target.record('memberships'))
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, ACCOUNT_SELF_CHANGE_REFUSED' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.memberships.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
