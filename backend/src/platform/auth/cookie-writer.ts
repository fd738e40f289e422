import type { FastifyReply, FastifyRequest } from 'fastify';
import { serializeCookie, useSecureCookies } from './cookies';
import { newToken, SESSION_COOKIE, XSRF_COOKIE } from './tokens';

function secure(request: FastifyRequest): boolean {
  return useSecureCookies(request.protocol, request.hostname);
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('set-cookie', serializeCookie(SESSION_COOKIE, token, { httpOnly: true, secure: secure(request) }));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header(
    'set-cookie',
    serializeCookie(SESSION_COOKIE, '', { httpOnly: true, secure: secure(request), maxAge: 0 }),
  );
}

/** Sets a new XSRF-TOKEN cookie (readable by the web app, hence not HttpOnly) and returns its value. */
export function issueCsrfCookie(request: FastifyRequest, reply: FastifyReply): string {
  const token = newToken();
  reply.header('set-cookie', serializeCookie(XSRF_COOKIE, token, { httpOnly: false, secure: secure(request) }));
  return token;
}
