import { Module } from '@nestjs/common';
import { AuthController, MeController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { MeService } from './me.service';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './sessions.service';

@Module({
  controllers: [AuthController, MeController],
  providers: [AuthService, MeService, SessionService, PasswordHasher, LoginThrottle],
  exports: [SessionService, PasswordHasher],
})
export class AuthModule {}
