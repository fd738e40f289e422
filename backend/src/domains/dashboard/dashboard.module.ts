import { Module } from '@nestjs/common';
import { ContributorsModule } from './contributors';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { OrganizationContributor } from './organization.contributor';

/** The executive dashboard; domains plug their figures in through the ContributorRegistry. */
@Module({
  imports: [ContributorsModule],
  controllers: [DashboardController],
  providers: [DashboardService, OrganizationContributor],
})
export class DashboardModule {}
