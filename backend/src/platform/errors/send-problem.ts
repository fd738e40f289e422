import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './to-problem';

/** Hook for serving the single-page app's index.html on unknown non-API paths. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;
const fallbacks = new WeakMap<FastifyInstance, NotFoundFallback>();
export function setNotFoundFallback(server: FastifyInstance, fallback: NotFoundFallback): void {
  fallbacks.set(server, fallback);
}

/** Writes the problem document for `exception`; used by the Nest filter and by Fastify's error handler. */
export function sendProblem(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, headers, serverFault } = toProblem(exception);
  if (problem.status === 404 && fallbacks.get(request.server)?.(request, reply)) return;
  problem.instance = request.url.split('?')[0];
  problem.requestId = String(request.id);
  if (serverFault) {
    request.log.error({ err: exception, code: problem.code }, 'request failed');
  } else {
    request.log.debug({ code: problem.code, status: problem.status }, 'request refused');
  }
  if (reply.sent) return;
  reply.status(problem.status).headers(headers).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}
