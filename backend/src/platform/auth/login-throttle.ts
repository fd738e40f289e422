import { Injectable } from '@nestjs/common';

export interface ThrottleSettings {
  /** Failed sign-ins allowed from one address within the window. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { maxFailures: 50, windowMs: 15 * 60 * 1000 };

/**
 * Per-IP throttling of failed sign-ins (sliding window), on top of the per-account lock-out. It is held
 * in memory: each API instance counts on its own, so behind N instances an address gets up to N times the
 * allowance. That is acceptable for the brute-force case it guards (the per-account lock-out lives in
 * PostgreSQL and is shared); a shared counter can move to PostgreSQL when more instances run.
 */
@Injectable()
export class LoginThrottle {
  settings: ThrottleSettings = { ...DEFAULT_THROTTLE };
  private readonly failures = new Map<string, number[]>();

  /** Milliseconds until the address may try again, or 0 when it may try now. */
  retryAfterMs(ip: string, now: number): number {
    const recent = this.recent(ip, now);
    if (recent.length < this.settings.maxFailures) return 0;
    return recent[recent.length - this.settings.maxFailures] + this.settings.windowMs - now;
  }

  recordFailure(ip: string, now: number): void {
    const recent = this.recent(ip, now);
    recent.push(now);
    this.failures.set(ip, recent);
    if (this.failures.size > 10000) this.sweep(now);
  }

  private recent(ip: string, now: number): number[] {
    return (this.failures.get(ip) ?? []).filter((t) => t > now - this.settings.windowMs);
  }

  private sweep(now: number): void {
    for (const [ip, times] of this.failures) {
      if (!times.some((t) => t > now - this.settings.windowMs)) this.failures.delete(ip);
    }
  }
}
