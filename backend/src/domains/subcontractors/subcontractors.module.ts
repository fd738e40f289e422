import { ImprovementActionsModule } from '../improvement-actions/improvement-actions.module';
import { Module } from '@nestjs/common';
import { AuditsService } from './audits.service';
import { QuestionnaireController } from './questionnaire.controller';
import { QuestionnaireThrottle } from './questionnaire-throttle';
import { SubcontractorFiles } from './subcontractor-files';
import { SubcontractorStore } from './subcontractor-store';
import { SubcontractorsContributor } from './subcontractors.contributor';
import { SubcontractorSettingsController, SubcontractorsController } from './subcontractors.controller';
import { SubcontractorsService } from './subcontractors.service';

/** Subcontractor supervision (委託先の監督, JIS Q 15001 A.3.4.3.4): register, evaluations, contracts, audits. */
@Module({
  imports: [ImprovementActionsModule],
  controllers: [SubcontractorsController, SubcontractorSettingsController, QuestionnaireController],
  providers: [
    SubcontractorStore,
    SubcontractorsService,
    AuditsService,
    QuestionnaireThrottle,
    SubcontractorFiles,
    SubcontractorsContributor,
  ],
  exports: [SubcontractorsService],
})
export class SubcontractorsModule {}
