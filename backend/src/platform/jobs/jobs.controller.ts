import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Auth, Permission, target } from '../access/decorators';
import { actorOf, AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { JobDto, JobListDto } from './dto/jobs.dto';
import { JobRunner, JobView } from './job-runner';
import { jobProblems } from './jobs.errors';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toJobDto(job: JobView): JobDto {
  return {
    ...job,
    nextRunAt: iso(job.nextRunAt),
    lastStartedAt: iso(job.lastStartedAt),
    lastFinishedAt: iso(job.lastFinishedAt),
  };
}

@ApiTags('admin')
@Controller('admin/jobs')
export class JobsController {
  constructor(
    private readonly jobs: JobRunner,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Permission('operations', 'read', target.group())
  @ApiOperation({ summary: 'Scheduled jobs with their last and next run and the last error.' })
  @ApiOkResponse({ type: JobListDto })
  async list(): Promise<JobListDto> {
    return { items: (await this.jobs.list()).map(toJobDto) };
  }

  @Post(':name/run')
  @HttpCode(200)
  @Permission('operations', 'update', target.group())
  @ApiOperation({ summary: 'Runs a job now, in this API process, and returns its state afterwards.' })
  @ApiOkResponse({ type: JobDto })
  @ApiConflictResponse({ description: 'A run is in progress (JOB_RUNNING).' })
  async run(@Auth() auth: AuthContext, @Param('name') name: string): Promise<JobDto> {
    if (!this.jobs.names().includes(name)) throw jobProblems.unknown();
    await this.dataSource.transaction((manager) =>
      this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: null,
        action: 'job.run_requested',
        entityType: 'job',
        details: { name },
      }),
    );
    return toJobDto(await this.jobs.runNow(name));
  }
}
