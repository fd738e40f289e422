import { TextDecoder } from 'node:util';
import type { RosterEncoding } from './roster-import.entity';

export type RequestedEncoding = RosterEncoding | 'auto';

export type DecodeFailure =
  { kind: 'not_text'; format: 'xlsx' | 'xls' | 'binary' } | { kind: 'invalid'; encoding: RosterEncoding; line: number };

export type DecodeResult = { ok: true; text: string; encoding: RosterEncoding } | { ok: false; failure: DecodeFailure };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
}

/** Excel workbooks (zip or the older compound document) and other binary files are not CSV. */
function binaryFormat(bytes: Uint8Array): 'xlsx' | 'xls' | 'binary' | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  // A NUL byte never appears in UTF-8 or Shift_JIS text (UTF-16 files have them everywhere).
  const probe = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  return probe.includes(0) ? 'binary' : null;
}

function decoder(encoding: RosterEncoding): TextDecoder {
  // WHATWG's Shift_JIS is Windows-31J (CP932): NEC and IBM extensions (①, ㈱, 髙 …) included.
  return new TextDecoder(encoding, { fatal: true });
}

function tryDecode(bytes: Uint8Array, encoding: RosterEncoding): string | null {
  try {
    return decoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The first physical line (1-based) that does not decode. Lines are split on LF, which is safe in both
 * encodings: 0x0A is never part of a UTF-8 sequence nor a Shift_JIS second byte.
 */
export function firstInvalidLine(bytes: Uint8Array, encoding: RosterEncoding): number {
  const d = decoder(encoding);
  let start = hasUtf8Bom(bytes) && encoding === 'utf-8' ? 3 : 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      d.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}

/** Lines that decode and hold at least one non-ASCII byte: evidence that the file is in that encoding. */
function nonAsciiLinesDecoding(bytes: Uint8Array, encoding: RosterEncoding, limit = 200): number {
  const d = decoder(encoding);
  let start = 0;
  let count = 0;
  let seen = 0;
  while (start < bytes.length && seen < limit) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(start, end);
    if (slice.some((b) => b >= 0x80)) {
      seen++;
      try {
        d.decode(slice);
        count++;
      } catch {
        /* not this encoding */
      }
    }
    start = end + 1;
  }
  return count;
}

/**
 * Decodes an uploaded roster. `auto`: a byte order mark or valid UTF-8 means UTF-8, anything else is
 * tried as Shift_JIS (CP932), the encoding Excel uses for CSV on Japanese Windows. Invalid bytes are
 * never replaced: the failure names the encoding and the first line that does not decode.
 */
export function decodeRoster(bytes: Uint8Array, requested: RequestedEncoding): DecodeResult {
  const format = binaryFormat(bytes);
  if (format) return { ok: false, failure: { kind: 'not_text', format } };

  const attempt = (encoding: RosterEncoding): DecodeResult => {
    const text = tryDecode(bytes, encoding);
    return text === null
      ? { ok: false, failure: { kind: 'invalid', encoding, line: firstInvalidLine(bytes, encoding) } }
      : { ok: true, text, encoding };
  };

  if (requested !== 'auto') return attempt(requested);
  if (hasUtf8Bom(bytes)) return attempt('utf-8');
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const sjis = tryDecode(bytes, 'shift_jis');
  if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis' };
  // Neither: report against the encoding most of the file is written in.
  const likely =
    nonAsciiLinesDecoding(bytes, 'utf-8') >= nonAsciiLinesDecoding(bytes, 'shift_jis') ? 'utf-8' : 'shift_jis';
  return { ok: false, failure: { kind: 'invalid', encoding: likely, line: firstInvalidLine(bytes, likely) } };
}
