import { Module, OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../../platform/jobs/job-runner';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { ASSIGNMENT_SOURCE, CampaignsService, DEPARTMENT_SOURCE } from './campaigns.service';
import { CoursesService } from './courses.service';
import { MyTrainingService } from './my-training.service';
import { TrainingContributor } from './training.contributor';
import { CampaignsController, CoursesController, MyTrainingController } from './training.controller';

export const ROSTER_SYNC_JOB = 'training.roster_sync';
export const NOTICES_JOB = 'training.assignment_notices';

/** Staff training and attestations (JIS Q 15001 A.3.4.5, 7.2, 7.3). */
@Module({
  controllers: [CoursesController, CampaignsController, MyTrainingController],
  providers: [CoursesService, CampaignsService, MyTrainingService, TrainingContributor],
  exports: [CampaignsService],
})
export class TrainingModule implements OnModuleInit {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly jobs: JobRunner,
    private readonly campaigns: CampaignsService,
  ) {}

  onModuleInit(): void {
    // The `assigned` notification is sent by this domain (in batches for large campaigns).
    this.deadlines.declareSource({ type: ASSIGNMENT_SOURCE, notifyOnAssign: false });
    this.deadlines.declareSource({ type: DEPARTMENT_SOURCE, notifyOnAssign: false });
    this.jobs.register({
      name: ROSTER_SYNC_JOB,
      schedule: { everyMs: 15 * 60_000 },
      run: () => this.campaigns.syncAll(),
    });
    this.jobs.register({
      name: NOTICES_JOB,
      schedule: { everyMs: 60_000 },
      run: () => this.campaigns.sendPendingNotices(),
    });
  }
}
