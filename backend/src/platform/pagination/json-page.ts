/**
 * Pages whose rows PostgreSQL renders as JSON (json_build_object … ::text): for the hottest list reads,
 * so the API neither parses nor re-serialises every column of every row. The service builds the page's
 * JSON text; the route declares `@Header('content-type', 'application/json; charset=utf-8')` and keeps
 * documenting the DTO with @ApiOkResponse. A test must hold the items equal to the records' own DTOs.
 */

/** A timestamptz column as the DTOs write it (Date#toISOString: UTC, milliseconds, `Z`). */
export const isoInstantSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A Page<T> as JSON text from its items' JSON texts. */
export function jsonPage(items: readonly string[], total: number, nextCursor: string | null): string {
  return `{"items":[${items.join(',')}],"total":${total},"nextCursor":${JSON.stringify(nextCursor)}}`;
}
