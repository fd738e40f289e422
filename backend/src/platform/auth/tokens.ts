import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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

/** Drawn when the API starts and never stored: see unlinkableDigest. */
const PROCESS_KEY = randomBytes(32);

/**
 * A digest of something a visitor typed that is not anyone's known data (an e-mail address no account
 * has), for the audit trail: equal for equal input while this API process runs, so repeated attempts
 * show as such, and keyed with a key that is never stored, so nobody can test guesses against it
 * afterwards. The trail refuses deletion; a plain SHA-256 of an address would stay there for good and
 * give the address away to anyone who guesses it.
 */
export function unlinkableDigest(text: string): string {
  return createHmac('sha256', PROCESS_KEY).update(text, 'utf8').digest('hex');
}

/** Double-submit check: the header equals the cookie, both well-formed; compared in constant time. */
export function csrfMatches(cookie: string | undefined, header: string | string[] | undefined): boolean {
  if (!isToken(cookie) || !isToken(header)) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}
