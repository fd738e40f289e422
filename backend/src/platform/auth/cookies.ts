/**
 * Cookie parsing and writing, kept small and tested here rather than adding @fastify/cookie (whose
 * current release depends on cookie@2, which needs Node 22).
 */

const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 6265 cookie-octet: visible ASCII except DQUOTE, comma, semicolon and backslash.
const VALUE = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

/** Parses a Cookie header. The first occurrence of a name wins; malformed pairs are skipped. */
export function parseCookies(header: string | string[] | undefined): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (!header) return out;
  const text = Array.isArray(header) ? header.join('; ') : header;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!NAME.test(name) || name in out) continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!VALUE.test(value)) continue;
    out[name] = value;
  }
  return out;
}

export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  /** Seconds; 0 deletes the cookie. Omitted: a browser-session cookie. */
  maxAge?: number;
}

/** One Set-Cookie value: always `Path=/` and `SameSite=Strict`. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  if (!NAME.test(name)) throw new Error(`Invalid cookie name: ${name}`);
  if (!VALUE.test(value)) throw new Error(`Invalid cookie value for ${name}`);
  const parts = [`${name}=${value}`, 'Path=/', 'SameSite=Strict'];
  if (options.maxAge !== undefined) {
    parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAge))}`);
    if (options.maxAge <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  }
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Cookies are `Secure` except on plain http to this machine (development and tests), where a browser
 * would drop a Secure cookie. `hostname` is the Host header without its port.
 */
export function useSecureCookies(protocol: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/:\d+$/, '');
  return !(protocol === 'http' && LOCAL_HOSTS.has(host));
}
