import { errorCodes, type FastifyInstance } from 'fastify';

/** Uploaded files (rosters, attachments) up to 20 MiB; the JSON body limit stays small. */
export const RAW_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * The media types an upload route reads as raw bytes. What a file really is is decided from its content
 * (attachments sniff magic bytes), so the declared type only has to be one of these.
 */
export const RAW_UPLOAD_CONTENT_TYPES = [
  'application/octet-stream',
  'text/csv',
  'text/plain',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

/** Route config flag (`@RouteConfig(RAW_UPLOAD_ROUTE)`) of a route that takes a file as its body. */
export const RAW_UPLOAD_ROUTE = { rawUpload: true } as const;

/**
 * Reads raw file bodies into a Buffer, for upload routes only (anywhere else these media types stay
 * 415), with their own limit instead of the API's JSON body limit. A body over the limit is refused as
 * soon as its Content-Length, or the bytes received, exceed it (413).
 */
export function registerRawUploadParser(server: FastifyInstance): void {
  if (server.hasContentTypeParser(RAW_UPLOAD_CONTENT_TYPES[0])) return;
  server.addContentTypeParser(RAW_UPLOAD_CONTENT_TYPES, (request, payload, done) => {
    const config = request.routeOptions.config as { rawUpload?: boolean } | undefined;
    if (!config?.rawUpload) {
      done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), undefined);
      return;
    }
    const declared = Number(request.headers['content-length']);
    if (declared > RAW_UPLOAD_LIMIT_BYTES) {
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
      if (size > RAW_UPLOAD_LIMIT_BYTES) settle(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      else chunks.push(chunk);
    };
    const onEnd = () => settle(null, Buffer.concat(chunks, size));
    const onError = (error: Error) => settle(Object.assign(error, { statusCode: 400 }));
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
  });
}
