import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { AccessGuard } from './access.guard';
import { AccessService } from './access.service';

/** Registers the global guard; exports the scoping helper to every domain. (ETags are set by a Fastify hook in create-app.ts.) */
@Global()
@Module({
  imports: [AuthModule],
  providers: [AccessService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessService],
})
export class AccessModule {}
