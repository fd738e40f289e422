import { Injectable, PipeTransform } from '@nestjs/common';
import type { ArgumentMetadata } from '@nestjs/common';
import { problems } from '../errors/problem';
import { isUuid } from './access.service';

/** Path ids must be uuids: anything else is 400 on that parameter (never a database error). */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      const field = metadata.data ?? 'id';
      throw problems.validation([{ field, code: 'NOT_A_UUID', message: `${field} must be a UUID` }]);
    }
    return value.toLowerCase();
  }
}
