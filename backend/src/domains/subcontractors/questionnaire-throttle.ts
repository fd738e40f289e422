import { Injectable } from '@nestjs/common';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../platform/errors/problem';

/**
 * Per-address limit on the public questionnaire routes (sliding window, in memory like the sign-in
 * throttle): enough for a person answering, saving and attaching files; too little to guess tokens.
 */
@Injectable()
export class QuestionnaireThrottle {
  settings = { maxRequests: 120, windowMs: 10 * 60 * 1000 };
  private readonly hits = new Map<string, number[]>();

  check(ip: string, now: number): void {
    const recent = (this.hits.get(ip) ?? []).filter((t) => t > now - this.settings.windowMs);
    if (recent.length >= this.settings.maxRequests) {
      const retryAfter = Math.ceil((recent[0] + this.settings.windowMs - now) / 1000);
      throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', {
        detail: 'Too many requests from this address. Try again later.',
        headers: { 'retry-after': String(Math.max(1, retryAfter)) },
      });
    }
    recent.push(now);
    this.hits.set(ip, recent);
    if (this.hits.size > 10000) {
      for (const [key, times] of this.hits)
        if (!times.some((t) => t > now - this.settings.windowMs)) this.hits.delete(key);
    }
  }
}
