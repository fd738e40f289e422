import { Module } from '@nestjs/common';
import { AuthModule } from '../../platform/auth/auth.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { RosterImportModule } from './roster-import/roster-import.module';

/** Companies, departments, the staff roster, accounts and memberships (JIS Q 15001 A.3.3.4). */
@Module({
  imports: [AuthModule, RosterImportModule],
  controllers: [
    CompaniesController,
    DepartmentsController,
    PeopleController,
    AccountsController,
    MembershipsController,
  ],
  providers: [CompaniesService, DepartmentsService, PeopleService, AccountsService, MembershipsService],
  exports: [CompaniesService, PeopleService],
})
export class OrganizationModule {}
