import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, Observable } from 'rxjs';
import { etag } from './versioning';

/** A response that is one versioned record (`{ id, version, … }`) carries `ETag: "<version>"`. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (context.getType() === 'http' && body && typeof body === 'object' && !Array.isArray(body)) {
          const record = body as { id?: unknown; version?: unknown };
          if (typeof record.id === 'string' && typeof record.version === 'number') {
            context.switchToHttp().getResponse<FastifyReply>().header('etag', etag(record.version));
          }
        }
        return body;
      }),
    );
  }
}
