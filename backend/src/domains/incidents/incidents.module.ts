import { ImprovementActionsModule } from '../improvement-actions/improvement-actions.module';
import { Module, OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../../platform/jobs/job-runner';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { IncidentsContributor } from './incidents.contributor';
import { IncidentsController } from './incidents.controller';
import { CLOCK_RECIPIENTS_JOB, DEADLINE_CLOCKS, deadlineSourceType, IncidentsService } from './incidents.service';

/** Incidents and leak response: PPC and JIPDEC report clocks, notices, timeline (JIS Q 15001 A.3.3.7). */
@Module({
  imports: [ImprovementActionsModule],
  controllers: [IncidentsController],
  providers: [IncidentsService, IncidentsContributor],
  exports: [IncidentsService],
})
export class IncidentsModule implements OnModuleInit {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly jobs: JobRunner,
    private readonly incidents: IncidentsService,
  ) {}

  onModuleInit(): void {
    for (const kind of DEADLINE_CLOCKS)
      this.deadlines.declareSource({ type: deadlineSourceType(kind), notifyOnAssign: false });
    // Officers appointed or leaving after an incident's last change: its running clocks follow them.
    this.jobs.register({
      name: CLOCK_RECIPIENTS_JOB,
      schedule: { everyMs: 15 * 60_000 },
      run: () => this.incidents.syncClockRecipients(),
    });
  }
}
