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
import { AccountsService } from './accounts.service';
import {
  AccountDto,
  AccountPageDto,
  AccountQueryDto,
  AccountWithPasswordDto,
  CreateAccountDto,
  ResetPasswordDto,
  UpdateAccountDto,
} from './dto/account.dto';

@ApiTags('organization')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Permission('account', 'read', target.query('companyId'))
  @ApiOkResponse({ type: AccountPageDto })
  list(@Auth() auth: AuthContext, @Query() query: AccountQueryDto): Promise<Page<AccountDto>> {
    return this.accounts.list(auth, query);
  }

  @Get(':id')
  @Permission('account', 'read', target.record('accounts'))
  @ApiOkResponse({ type: AccountDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<AccountDto> {
    return this.accounts.get(auth, id);
  }

  @Post()
  @Permission('account', 'create', target.bodyRecord('people', 'personId'))
  @ApiOperation({
    summary: 'Create a sign-in account for a person. The person must change the password at first sign-in.',
  })
  @ApiCreatedResponse({ type: AccountWithPasswordDto })
  @ApiConflictResponse({ description: 'ACCOUNT_EMAIL_TAKEN, ACCOUNT_PERSON_TAKEN' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateAccountDto): Promise<AccountWithPasswordDto> {
    return this.accounts.create(auth, dto);
  }

  @Patch(':id')
  @Permission('account', 'update', target.record('accounts'))
  @ApiOperation({ summary: 'Change e-mail, language or disabled. Disabling ends every session of the account.' })
  @ApiOkResponse({ type: AccountDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, ACCOUNT_EMAIL_TAKEN, ACCOUNT_SELF_CHANGE_REFUSED' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateAccountDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<AccountDto> {
    return this.accounts.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/reset-password')
  @Permission('account', 'update', target.record('accounts'))
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Administrator reset: temporary password, change forced at next sign-in, lock-out cleared, sessions ended.',
  })
  @ApiOkResponse({ type: AccountWithPasswordDto })
  resetPassword(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ResetPasswordDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<AccountWithPasswordDto> {
    return this.accounts.resetPassword(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @Permission('account', 'delete', target.record('accounts'))
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, ACCOUNT_SELF_CHANGE_REFUSED' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.accounts.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
