import { Module } from '@nestjs/common';
import { ImprovementActionsContributor } from './improvement-actions.contributor';
import { ImprovementActionsController } from './improvement-actions.controller';
import { ImprovementActionsService } from './improvement-actions.service';

/**
 * Improvement actions (A.3.8 是正処置 / 10.1): the register other domains feed through
 * `ImprovementActionsService.createFromSource`.
 */
@Module({
  controllers: [ImprovementActionsController],
  providers: [ImprovementActionsService, ImprovementActionsContributor],
  exports: [ImprovementActionsService],
})
export class ImprovementActionsModule {}
