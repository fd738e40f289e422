import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner';
import { JobsController } from './jobs.controller';

/** The job runner, shared by every module that declares a scheduled job. */
@Global()
@Module({ controllers: [JobsController], providers: [JobRunner], exports: [JobRunner] })
export class JobsModule {}
