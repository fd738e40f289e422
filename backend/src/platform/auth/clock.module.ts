import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** One clock for the whole app, so a test can move time for sessions, lock-outs and audit events at once. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
