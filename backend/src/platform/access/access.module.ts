import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { AccessGuard } from './access.guard';
import { AccessService } from './access.service';
import { EtagInterceptor } from './etag.interceptor';

/** Registers the global guard and the ETag interceptor; exports the scoping helper to every domain. */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    AccessService,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
  ],
  exports: [AccessService],
})
export class AccessModule {}
