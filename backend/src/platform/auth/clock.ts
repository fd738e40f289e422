import { Injectable } from '@nestjs/common';

/** The time source of sessions, lock-outs and audit events; tests replace `now` to move time. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
