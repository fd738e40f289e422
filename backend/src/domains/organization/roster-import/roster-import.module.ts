import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AuthModule } from '../../../platform/auth/auth.module';
import { RosterImportController } from './roster-import.controller';
import { RosterImportHooks } from './roster-import.hooks';
import { RosterImportRunner } from './roster-import.runner';
import { RosterImportService } from './roster-import.service';
import { registerRosterUploadParser } from './roster-upload.parser';

/** The staff-roster CSV import (upload, mapping and preview, apply in the background). */
@Module({
  imports: [AuthModule],
  controllers: [RosterImportController],
  providers: [RosterImportService, RosterImportRunner, RosterImportHooks],
  exports: [RosterImportHooks],
})
export class RosterImportModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const server = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (server) registerRosterUploadParser(server);
  }
}
