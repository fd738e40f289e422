import { Module } from '@nestjs/common';
import { ArrangementsController } from './arrangements.controller';
import { ArrangementsService } from './arrangements.service';
import { JointUseContributor } from './joint-use.contributor';
import { ProvisionRecordsController } from './provision-records.controller';
import { ProvisionRecordsService } from './provision-records.service';

/** Joint use (共同利用) and third-party provision records (JIS Q 15001 A.3.4.2.8; APPI Arts. 27, 29, 30). */
@Module({
  controllers: [ArrangementsController, ProvisionRecordsController],
  providers: [ArrangementsService, ProvisionRecordsService, JointUseContributor],
  exports: [ArrangementsService],
})
export class JointUseModule {}
