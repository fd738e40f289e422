import { errorCodes, type FastifyInstance } from 'fastify';

/** Roster files up to 20 MiB (a roster of 50,000 people is about 5 MiB). */
export const ROSTER_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const ROSTER_UPLOAD_CONTENT_TYPES = ['text/csv', 'application/octet-stream'];

/** Route config flag (`@RouteConfig(ROSTER_UPLOAD_ROUTE)`) of the one route that takes a raw file. */
export const ROSTER_UPLOAD_ROUTE = { rosterUpload: true } as const;

/**
 * Reads `text/csv` and `application/octet-stream` bodies into a Buffer, for the upload route only
 * (anywhere else they stay 415), with their own limit instead of the API's JSON body limit. A body
 * over the limit is refused as soon as its Content-Length, or the bytes received, exceed it (413).
 */
export function registerRosterUploadParser(server: FastifyInstance): void {
  if (server.hasContentTypeParser(ROSTER_UPLOAD_CONTENT_TYPES[0])) return;
  server.addContentTypeParser(ROSTER_UPLOAD_CONTENT_TYPES, (request, payload, done) => {
    const config = request.routeOptions.config as { rosterUpload?: boolean } | undefined;
    if (!config?.rosterUpload) {
      done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), undefined);
      return;
    }
    const declared = Number(request.headers['content-length']);
    if (declared > ROSTER_UPLOAD_LIMIT_BYTES) {
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: Error | null, body?: Buffer) => {
      if (settled) return;
      settled = true;
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
      done(error, body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > ROSTER_UPLOAD_LIMIT_BYTES) settle(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      else chunks.push(chunk);
    };
    const onEnd = () => settle(null, Buffer.concat(chunks, size));
    const onError = (error: Error) => settle(Object.assign(error, { statusCode: 400 }));
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
  });
}
