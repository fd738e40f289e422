import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, Permission, target } from '../../platform/access/decorators';
import type { AuthContext } from '../../platform/auth/auth-context';
import { DashboardService } from './dashboard.service';
import {
  DashboardQueryDto,
  DashboardSummaryDto,
  OfficerPageDto,
  OfficerQueryDto,
  PrivacyMarkPageDto,
  PrivacyMarkQueryDto,
} from './dto/dashboard.dto';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('summary')
  @Permission('dashboard', 'read', target.query('companyId'))
  @ApiOperation({
    summary: 'The executive dashboard: one company, or every company in scope rolled up. Each figure names its list.',
  })
  @ApiOkResponse({ type: DashboardSummaryDto })
  summary(@Auth() auth: AuthContext, @Query() query: DashboardQueryDto): Promise<DashboardSummaryDto> {
    return this.dashboard.summary(auth, query.companyId);
  }

  @Get('privacy-marks')
  @Permission('dashboard', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'PrivacyMark expiry and renewal window (8 to 4 months before expiry) per company.' })
  @ApiOkResponse({ type: PrivacyMarkPageDto })
  privacyMarks(@Auth() auth: AuthContext, @Query() query: PrivacyMarkQueryDto): Promise<PrivacyMarkPageDto> {
    return this.dashboard.privacyMarks(auth, query);
  }

  @Get('officers')
  @Permission('dashboard', 'read', target.query('companyId'))
  @ApiOperation({
    summary:
      "Each company's appointed PMS managers (個人情報保護管理者) and executives; state=missing: none appointed.",
  })
  @ApiOkResponse({ type: OfficerPageDto })
  officers(@Auth() auth: AuthContext, @Query() query: OfficerQueryDto): Promise<OfficerPageDto> {
    return this.dashboard.officers(auth, query);
  }
}
