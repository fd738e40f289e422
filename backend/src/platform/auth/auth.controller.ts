import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AllowedBeforePasswordChange, Auth, Public, SignedIn } from '../access/decorators';
import type { AuthContext } from './auth-context';
import { AuthService } from './auth.service';
import { clearSessionCookie, issueCsrfCookie, setSessionCookie } from './cookie-writer';
import { ChangePasswordDto, CsrfTokenDto, LoginDto, MeDto, UpdateMeDto } from './dto/auth.dto';
import { MeService } from './me.service';
import { SessionService } from './sessions.service';

type RequestWithCsrf = FastifyRequest & { csrfToken?: string };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly me: MeService,
  ) {}

  @Get('csrf')
  @Public()
  @ApiOperation({
    summary:
      'The CSRF token. Sets the XSRF-TOKEN cookie (when missing) and returns its value; send it as X-XSRF-TOKEN on every unsafe request, sign-in included.',
  })
  @ApiOkResponse({ type: CsrfTokenDto })
  csrf(@Req() request: RequestWithCsrf): CsrfTokenDto {
    return { token: request.csrfToken ?? '' };
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password. Sets the session cookie and a fresh XSRF-TOKEN cookie.' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({
    description: 'Unknown e-mail, wrong password, locked or disabled account: always INVALID_CREDENTIALS.',
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed sign-ins from this address (TOO_MANY_ATTEMPTS, Retry-After).',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const requestId = String(request.id);
    const session = await this.auth.login(dto.email, dto.password, request.ip, requestId);
    setSessionCookie(request, reply, session.token);
    issueCsrfCookie(request, reply);
    const auth = await this.sessions.authenticate(session.token, requestId);
    return this.me.describe(auth!);
  }

  @Post('logout')
  @SignedIn()
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out this browser.' })
  @ApiNoContentResponse()
  async logout(
    @Auth() auth: AuthContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(auth, false);
    clearSessionCookie(request, reply);
    issueCsrfCookie(request, reply);
  }

  @Post('logout-all')
  @SignedIn()
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out everywhere: ends every session of the account, this one included.' })
  @ApiNoContentResponse()
  async logoutAll(
    @Auth() auth: AuthContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(auth, true);
    clearSessionCookie(request, reply);
    issueCsrfCookie(request, reply);
  }

  @Post('password')
  @SignedIn()
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the own password. Other sessions of the account end; this one stays.' })
  @ApiNoContentResponse()
  async changePassword(@Auth() auth: AuthContext, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(auth, dto.currentPassword, dto.newPassword);
  }
}

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @SignedIn()
  @AllowedBeforePasswordChange()
  @ApiOperation({
    summary:
      'The signed-in account: person, memberships, effective permissions per company, the permission matrix, language.',
  })
  @ApiOkResponse({ type: MeDto })
  get(@Auth() auth: AuthContext): Promise<MeDto> {
    return this.me.describe(auth);
  }

  @Patch()
  @SignedIn()
  @ApiOperation({ summary: 'Change the own language preference.' })
  @ApiOkResponse({ type: MeDto })
  async update(@Auth() auth: AuthContext, @Body() dto: UpdateMeDto): Promise<MeDto> {
    await this.me.setLanguage(auth, dto.language);
    return this.me.describe(auth);
  }
}
