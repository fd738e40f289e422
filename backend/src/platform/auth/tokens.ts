import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'mamori_session';
/** Angular's HttpClient reads this cookie and sends its value back in the X-XSRF-TOKEN header. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Double-submit check: the header equals the cookie, both well-formed; compared in constant time. */
export function csrfMatches(cookie: string | undefined, header: string | string[] | undefined): boolean {
  if (!isToken(cookie) || !isToken(header)) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}
