import { ImprovementActionsModule } from '../improvement-actions/improvement-actions.module';
import { Module, OnModuleInit } from '@nestjs/common';
import { DeadlinesService } from '../../platform/notifications/deadlines.service';
import { IncidentsContributor } from './incidents.contributor';
import { IncidentsController } from './incidents.controller';
import { DEADLINE_CLOCKS, deadlineSourceType, IncidentsService } from './incidents.service';

/** Incidents and leak response: PPC and JIPDEC report clocks, notices, timeline (JIS Q 15001 A.3.3.7). */
@Module({
  imports: [ImprovementActionsModule],
  controllers: [IncidentsController],
  providers: [IncidentsService, IncidentsContributor],
  exports: [IncidentsService],
})
export class IncidentsModule implements OnModuleInit {
  constructor(private readonly deadlines: DeadlinesService) {}

  onModuleInit(): void {
    for (const kind of DEADLINE_CLOCKS)
      this.deadlines.declareSource({ type: deadlineSourceType(kind), notifyOnAssign: false });
  }
}
