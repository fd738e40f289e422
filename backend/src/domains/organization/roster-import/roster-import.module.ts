import { Module } from '@nestjs/common';
import { AuthModule } from '../../../platform/auth/auth.module';
import { RosterImportController } from './roster-import.controller';
import { RosterImportHooks } from './roster-import.hooks';
import { RosterImportRunner } from './roster-import.runner';
import { RosterImportService } from './roster-import.service';

/** The staff-roster CSV import (upload, mapping and preview, apply in the background). */
@Module({
  imports: [AuthModule],
  controllers: [RosterImportController],
  providers: [RosterImportService, RosterImportRunner, RosterImportHooks],
  exports: [RosterImportHooks],
})
export class RosterImportModule {}
