/**
 * Pages whose rows PostgreSQL renders as JSON (json_build_object … ::text): for the hottest list reads,
 * so the API neither parses nor re-serialises every column of every row. The service builds the page's
 * JSON bytes; the route declares `@Header('content-type', 'application/json; charset=utf-8')` and keeps
 * documenting the DTO with @ApiOkResponse. A test must hold the items equal to the records' own DTOs.
 */

/** A timestamptz column as the DTOs write it (Date#toISOString: UTC, milliseconds, `Z`). */
export const isoInstantSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A Page<T> as the UTF-8 bytes of its JSON, written straight from its items' JSON texts: no joined
 * string of the whole page, which the response would otherwise flatten and copy twice more (for its
 * length and behind the header). A page is tens of kilobytes; every copy is young-generation garbage.
 * An item may end with `}` replaced by `suffix(item)` (derived fields the service appends).
 */
export function jsonPage(
  items: readonly string[],
  total: number,
  nextCursor: string | null,
  suffix?: (index: number) => string,
): Buffer {
  const head = '{"items":[';
  const tail = `],"total":${total},"nextCursor":${JSON.stringify(nextCursor)}}`;
  const suffixes = suffix ? items.map((_, i) => suffix(i)) : undefined;
  let bytes = head.length + Buffer.byteLength(tail) + Math.max(items.length - 1, 0);
  for (let i = 0; i < items.length; i++) {
    bytes += Buffer.byteLength(items[i]);
    if (suffixes) bytes += Buffer.byteLength(suffixes[i]) - 1;
  }
  const out = Buffer.allocUnsafe(bytes);
  let at = out.write(head, 0, 'latin1');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out[at++] = 0x2c; // ,
    at += out.write(items[i], at, 'utf8');
    if (suffixes) at += out.write(suffixes[i], at - 1, 'utf8') - 1; // over the item's closing }
  }
  at += out.write(tail, at, 'utf8');
  if (at !== bytes) throw new Error(`jsonPage wrote ${at} of ${bytes} bytes`);
  return out;
}
