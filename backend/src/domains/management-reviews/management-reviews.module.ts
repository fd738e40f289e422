import { Module } from '@nestjs/common';
import { ImprovementActionsModule } from '../improvement-actions/improvement-actions.module';
import { ManagementReviewsContributor } from './management-reviews.contributor';
import { ManagementReviewsController } from './management-reviews.controller';
import { ManagementReviewsService } from './management-reviews.service';

/** Management reviews (9.3 / A.3.7.3): compiled inputs, decisions as actions, signed and frozen minutes. */
@Module({
  imports: [ImprovementActionsModule],
  controllers: [ManagementReviewsController],
  providers: [ManagementReviewsService, ManagementReviewsContributor],
  exports: [ManagementReviewsService],
})
export class ManagementReviewsModule {}
