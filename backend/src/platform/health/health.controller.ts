import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../access/decorators';
import { ProblemException } from '../errors/problem';
import { HealthDto } from './health.dto';

const READY_TIMEOUT_MS = 2000;

@ApiTags('health')
@Public({ csrfCookie: false })
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the API process answers.' })
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the API can reach PostgreSQL.' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({
    description: 'PostgreSQL cannot be reached (problem+json, code DATABASE_UNAVAILABLE).',
  })
  async ready(): Promise<HealthDto> {
    try {
      // A pooled connection that died with the server fails once and is discarded: try a fresh one.
      await this.ping().catch(() => this.ping());
    } catch {
      throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'DATABASE_UNAVAILABLE', {
        detail: 'The database cannot be reached. The API keeps trying and recovers by itself.',
        headers: { 'retry-after': '5' },
      });
    }
    return { status: 'ok' };
  }

  private async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
