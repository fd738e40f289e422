import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { problems } from '../errors/problem';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** `limit`, and either `offset` or `cursor` (the `nextCursor` of the previous page). */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000, description: 'Rows to skip; ignored when `cursor` is given.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (`nextCursor`).', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/** A page of a list already read whole (a short list: companies, notice versions), by `offset`/`limit`. */
export function pageOf<T>(rows: T[], query: Pick<PageQueryDto, 'offset' | 'limit'>): Page<T> {
  const offset = query.offset ?? 0;
  return { items: rows.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT)), total: rows.length, nextCursor: null };
}

/** A response class `{ items: Item[], total, nextCursor }` for the OpenAPI document. */
export function PageDto<T>(item: ClassType<T>, name: string): ClassType<Page<T>> {
  class PageOf {
    @ApiProperty({ type: [item] })
    items!: T[];
    @ApiProperty({ description: 'Rows matching the filters, over all pages.', example: 1 })
    total!: number;
    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` to get the next page; null on the last page.',
    })
    nextCursor!: string | null;
  }
  Object.defineProperty(PageOf, 'name', { value: name });
  return PageOf;
}

/** Cursors carry the sort key of the last row (and its id) so the next page continues after it. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  const refuse = () =>
    problems.validation([{ field: 'cursor', code: 'BAD_CURSOR', message: 'cursor is not a cursor of this list' }]);
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((v) => v === null || ['string', 'number'].includes(typeof v))
  ) {
    throw refuse();
  }
  return values as (string | number | null)[];
}

/** Collects SQL conditions with numbered parameters (`$1`, `$2` …) for hand-written list queries. */
export class SqlConditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a parameter and returns its placeholder. */
  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.map((c) => `(${c})`).join(' AND ')}` : '';
  }
}

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
