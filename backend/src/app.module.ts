import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from './platform/config/config';
import { dataSourceOptions } from './platform/database/data-source';
import { OrganizationModule } from './domains/organization/organization.module';
import { SubcontractorsModule } from './domains/subcontractors/subcontractors.module';
import { JointUseModule } from './domains/joint-use/joint-use.module';
import { AccessModule } from './platform/access/access.module';
import { AttachmentsModule } from './platform/attachments/attachments.module';
import { AuditModule } from './platform/audit/audit.module';
import { AuthModule } from './platform/auth/auth.module';
import { ClockModule } from './platform/auth/clock.module';
import { HealthModule } from './platform/health/health.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { MailModule } from './platform/mail/mail.module';
import { NotificationsModule } from './platform/notifications/notifications.module';
import { TrainingModule } from './domains/training/training.module';
import { IncidentsModule } from './domains/incidents/incidents.module';
import { ContributorsModule } from './domains/dashboard/contributors';
import { DashboardModule } from './domains/dashboard/dashboard.module';
import { ImprovementActionsModule } from './domains/improvement-actions/improvement-actions.module';
import { ManagementReviewsModule } from './domains/management-reviews/management-reviews.module';

/** The root module. `config` is resolved before the app is built (the embedded database, if any, is running). */
@Module({})
export class AppModule {
  static register(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: config.databaseUrl, poolSize: config.databasePoolSize, ssl: config.databaseSsl }),
          retryAttempts: 0,
        }),
        ClockModule,
        AuditModule,
        AttachmentsModule,
        AuthModule,
        AccessModule,
        HealthModule,
        JobsModule,
        MailModule,
        NotificationsModule,
        OrganizationModule,
        SubcontractorsModule,
        TrainingModule,
        JointUseModule,
        IncidentsModule,
        ContributorsModule,
        ImprovementActionsModule,
        ManagementReviewsModule,
        DashboardModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
